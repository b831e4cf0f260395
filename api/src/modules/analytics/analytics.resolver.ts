import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../platform/graphql/ids';
import { Period } from '../cycle/cycle.enums';
import { DistributionCheck } from '../evaluation/calibration.types';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import {
  DistributionGroup,
  DistributionGroupBy,
  PendingAction,
  TeamDashboard,
  TeamMember,
  TrendPoint,
  UnitSummary,
} from './analytics.types';

@Resolver(() => TeamDashboard)
export class AnalyticsResolver {
  @Query(() => [TrendPoint], {
    description: 'One point per final evaluation of the employee, oldest first',
  })
  performanceTrend(@Ctx() context: Context, @Arg('employeeId', () => ID) employeeId: string) {
    return context.services.performanceTrend.ofEmployee(context, parseId(employeeId, 'employeeId'));
  }

  @Query(() => TeamDashboard, {
    description: 'A unit and everything below it, limited to the viewer’s own line for supervisors',
  })
  teamDashboard(
    @Ctx() context: Context,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('cycleId', () => ID) cycleId: string,
  ) {
    return context.services.teamDashboards.forUnit(
      context,
      parseId(unitId, 'unitId'),
      parseId(cycleId, 'cycleId'),
    );
  }

  @Query(() => [UnitSummary], { description: 'Top-level units side by side for the Camat and HR' })
  kecamatanSummary(@Ctx() context: Context, @Arg('cycleId', () => ID) cycleId: string) {
    return context.services.analytics.kecamatanSummary(context, parseId(cycleId, 'cycleId'));
  }

  @FieldResolver(() => DistributionCheck, {
    nullable: true,
    description: 'The curve check of the unit, for viewers who calibrate (Camat, HR)',
  })
  curveCheck(@Root() dashboard: TeamDashboard, @Ctx() context: Context) {
    return context.ability.can('read', 'Calibration')
      ? context.services.calibration.distributionCheck(context, dashboard.unitId, dashboard.cycleId)
      : null;
  }

  @Query(() => [DistributionGroup], {
    description: 'De-identified predicate distribution; groups under 5 people are suppressed',
  })
  predicateDistribution(
    @Ctx() context: Context,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('period', () => Period) period: Period,
    @Arg('groupBy', () => DistributionGroupBy) groupBy: DistributionGroupBy,
  ) {
    return context.services.analytics.predicateDistribution(
      context,
      parseId(cycleId, 'cycleId'),
      period,
      groupBy,
    );
  }
}

@Resolver(() => TeamMember)
export class TeamMemberResolver {
  @FieldResolver(() => Employee, { nullable: true })
  employee(@Root() member: TeamMember, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(member.employeeId);
  }
}

@Resolver(() => UnitSummary)
export class UnitSummaryResolver {
  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Root() summary: UnitSummary, @Ctx() context: Context) {
    return context.loaders.byId(OrgUnit).load(summary.unitId);
  }
}

@Resolver(() => PendingAction)
export class PendingActionResolver {
  @FieldResolver(() => Employee, { nullable: true })
  employee(@Root() action: PendingAction, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(action.employeeId);
  }
}
