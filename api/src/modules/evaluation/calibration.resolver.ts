import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { PageArgs } from '../../platform/graphql/pagination';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { EmployeeConnection } from '../org/employee.resolver';
import { OrgUnit } from '../org/org-unit.entity';
import { CurveRuleCheck, DistributionCheck } from './calibration.types';
import { OrganizationPredicateValue, Predicate } from './evaluation.enums';
import { OrganizationPredicate } from './organization-predicate.entity';
import { CalibrationService } from './calibration.service';

@Resolver(() => DistributionCheck)
export class CalibrationResolver {
  constructor(private readonly calibrationService: CalibrationService) {}

  @Mutation(() => OrganizationPredicate, {
    description:
      'Records a unit’s organisation predicate for a cycle: the Camat for the units below the kecamatan; HR for the kecamatan itself, as decided by the city, with the decision’s number and date (required there); kept once the cycle is CLOSED',
  })
  setOrganizationPredicate(
    @Ctx() context: Context,
    @Arg('unitId', () => ID, { description: 'The unit judged' }) unitId: string,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
    @Arg('predicate', () => OrganizationPredicateValue, {
      description: 'The predikat kinerja organisasi (ISTIMEWA … SANGAT_KURANG)',
    })
    predicate: OrganizationPredicateValue,
    @Arg('referenceNumber', () => String, {
      nullable: true,
      description: 'Nomor keputusan, 1–100 characters; required for the kecamatan',
    })
    referenceNumber?: string | null,
    @Arg('referenceDate', () => String, {
      nullable: true,
      description:
        'Date of the decision, YYYY-MM-DD, not in the future; required for the kecamatan',
    })
    referenceDate?: string | null,
  ) {
    return this.calibrationService.setOrganizationPredicate(
      context,
      parseId(unitId, 'unitId'),
      parseId(cycleId, 'cycleId'),
      predicate,
      { referenceNumber, referenceDate },
    );
  }

  @Query(() => DistributionCheck, {
    description: 'Annual predicates of a unit and its sub-units against the distribution curve',
  })
  distributionCheck(
    @Ctx() context: Context,
    @Arg('unitId', () => ID, { description: 'The unit; its sub-units are included' })
    unitId: string,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
  ) {
    return this.calibrationService.distributionCheck(
      context,
      parseId(unitId, 'unitId'),
      parseId(cycleId, 'cycleId'),
    );
  }

  @Query(() => EmployeeConnection, {
    description:
      'The employees of a unit and its sub-units whose annual predicate of the cycle is one of `predicates` (what a curve rule counts), by name, paged',
  })
  distributionCheckEmployees(
    @Ctx() context: Context,
    @Arg('unitId', () => ID, { description: 'The unit; its sub-units are included' })
    unitId: string,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
    @Arg('predicates', () => [Predicate], { description: 'The annual predicates to list' })
    predicates: Predicate[],
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return this.calibrationService.employeePage(
      context,
      { unitId: parseId(unitId, 'unitId'), cycleId: parseId(cycleId, 'cycleId'), predicates },
      page,
    );
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit checked' })
  unit(@Root() check: DistributionCheck, @Ctx() context: Context) {
    return context.loaders.byId(OrgUnit).load(check.unitId);
  }

  @FieldResolver(() => PerformanceCycle, { nullable: true, description: 'The cycle checked' })
  cycle(@Root() check: DistributionCheck, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(check.cycleId);
  }

  @FieldResolver(() => OrganizationPredicate, {
    nullable: true,
    description:
      'The recorded organisation predicate with its reference (for the kecamatan: the city’s decision)',
  })
  async organizationPredicateRecord(@Root() check: DistributionCheck, @Ctx() context: Context) {
    const recorded = await context.loaders
      .manyBy(OrganizationPredicate, 'unitId')
      .load(check.unitId);
    return recorded.find((row) => row.cycleId === check.cycleId) ?? null;
  }
}

@Resolver(() => CurveRuleCheck)
export class CurveRuleCheckResolver {
  constructor(private readonly calibrationService: CalibrationService) {}

  @FieldResolver(() => EmployeeConnection, {
    description: 'The employees whose predicate this rule counts, by name, paged',
  })
  employeePage(
    @Root() rule: CurveRuleCheck,
    @Ctx() context: Context,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return this.calibrationService.employeePage(context, rule, page);
  }
}

@Resolver(() => OrganizationPredicate)
export class OrganizationPredicateResolver {
  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit judged' })
  unit(@Root() record: OrganizationPredicate, @Ctx() context: Context) {
    return context.loaders.byId(OrgUnit).load(record.unitId);
  }

  @FieldResolver(() => PerformanceCycle, {
    nullable: true,
    description: 'The cycle (year) of the predicate',
  })
  cycle(@Root() record: OrganizationPredicate, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(record.cycleId);
  }
}
