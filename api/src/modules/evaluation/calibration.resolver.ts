import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../platform/graphql/ids';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { CurveRuleCheck, DistributionCheck } from './calibration.types';
import { OrganizationPredicateValue } from './evaluation.enums';
import { OrganizationPredicate } from './organization-predicate.entity';

@Resolver(() => DistributionCheck)
export class CalibrationResolver {
  @Mutation(() => OrganizationPredicate, {
    description: 'The Camat records a unit’s organisation predicate for a cycle',
  })
  setOrganizationPredicate(
    @Ctx() context: Context,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('predicate', () => OrganizationPredicateValue) predicate: OrganizationPredicateValue,
  ) {
    return context.services.calibration.setOrganizationPredicate(
      context,
      parseId(unitId, 'unitId'),
      parseId(cycleId, 'cycleId'),
      predicate,
    );
  }

  @Query(() => DistributionCheck, {
    description: 'Annual predicates of a unit and its sub-units against the distribution curve',
  })
  distributionCheck(
    @Ctx() context: Context,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('cycleId', () => ID) cycleId: string,
  ) {
    return context.services.calibration.distributionCheck(
      context,
      parseId(unitId, 'unitId'),
      parseId(cycleId, 'cycleId'),
    );
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Root() check: DistributionCheck, @Ctx() context: Context) {
    return context.loaders.byId(OrgUnit).load(check.unitId);
  }

  @FieldResolver(() => PerformanceCycle, { nullable: true })
  cycle(@Root() check: DistributionCheck, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(check.cycleId);
  }
}

@Resolver(() => CurveRuleCheck)
export class CurveRuleCheckResolver {
  @FieldResolver(() => [Employee], {
    description: 'The employees whose predicate this rule counts',
  })
  async employees(@Root() rule: CurveRuleCheck, @Ctx() context: Context) {
    const ids = await context.services.calibration.employeesOf(rule);
    const employees = await context.loaders.byId(Employee).loadMany(ids);
    return employees.filter((employee): employee is Employee => employee instanceof Employee);
  }
}

@Resolver(() => OrganizationPredicate)
export class OrganizationPredicateResolver {
  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Root() record: OrganizationPredicate, @Ctx() context: Context) {
    return context.loaders.byId(OrgUnit).load(record.unitId);
  }

  @FieldResolver(() => PerformanceCycle, { nullable: true })
  cycle(@Root() record: OrganizationPredicate, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(record.cycleId);
  }
}
