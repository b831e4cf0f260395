import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../platform/graphql/ids';
import { Period } from '../cycle/cycle.enums';
import { Employee } from '../org/employee.entity';
import {
  DistributionGroup,
  DistributionGroupBy,
  PendingAction,
  TeamDashboard,
  TeamMember,
  TrendPoint,
} from './analytics.types';

@Resolver(() => TeamDashboard)
export class AnalyticsResolver {
  @Query(() => [TrendPoint], {
    description: 'One point per final evaluation of the employee, oldest first',
  })
  performanceTrend(@Ctx() context: Context, @Arg('employeeId', () => ID) employeeId: string) {
    return context.services.analytics.performanceTrend(context, parseId(employeeId, 'employeeId'));
  }

  @Query(() => TeamDashboard, {
    description: 'A unit and everything below it, limited to the viewer’s own line for supervisors',
  })
  teamDashboard(
    @Ctx() context: Context,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('cycleId', () => ID) cycleId: string,
  ) {
    return context.services.analytics.teamDashboard(
      context,
      parseId(unitId, 'unitId'),
      parseId(cycleId, 'cycleId'),
    );
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

@Resolver(() => PendingAction)
export class PendingActionResolver {
  @FieldResolver(() => Employee, { nullable: true })
  employee(@Root() action: PendingAction, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(action.employeeId);
  }
}
