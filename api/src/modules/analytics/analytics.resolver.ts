import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { assertNoProblems } from '../../platform/graphql/errors';
import { readFilterTexts } from '../../platform/graphql/text';
import type { Context } from '../../platform/graphql/context';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { fieldsAt, selectsField } from '../../platform/graphql/selection';
import { Period } from '../cycle/cycle.enums';
import { DistributionCheck } from '../evaluation/calibration.types';
import { leanEmployeeOf } from '../org/employee-page';
import { OrgUnit } from '../org/org-unit.entity';
import {
  DistributionGroup,
  DistributionGroupBy,
  TeamDashboard,
  TeamMemberFilter,
  TeamMemberPage,
  TeamMemberSort,
  TrendPoint,
  UnitSummary,
} from './analytics.types';
import { AnalyticsService } from './analytics.service';
import { CalibrationService } from '../evaluation/calibration.service';
import { PerformanceTrendService } from './performance-trend.service';
import { TeamDashboardService } from './team-dashboard.service';
import {
  DEFAULT_TEAM_PAGE_SIZE,
  MAX_TEAM_PAGE_SIZE,
  teamPageProblems,
} from './utils/team-member-page.util';

/** What reads the members' JP: the fields themselves, and a page (it may filter or sort by JP). */
const JP_FIELDS = [['members', 'jpDone'], ['members', 'belowJpTarget'], ['memberPage']] as const;
/** Where the dashboard answers its members' employees. */
const EMPLOYEE_PATHS = [
  ['members', 'employee'],
  ['pendingActions', 'employee'],
  ['memberPage', 'members', 'employee'],
] as const;

/**
 * The fields of its members' employees the dashboard itself reads, whatever the operation asks:
 * names and NIPs (the member page's search and order), units (its unit filter, `memberUnits`) and
 * employment type (only PNS owe the yearly JP).
 */
const READ_BY_THE_DASHBOARD: ReadonlySet<string> = new Set([
  'name',
  'nip',
  'unit',
  'employmentType',
]);

/**
 * What the team dashboard reads for the operation: the members' JP where asked, and of their
 * employees what the operation and the dashboard read (whole rows when a field is not a lean one).
 */
export function teamDashboardReads(info: GraphQLResolveInfo) {
  return {
    withJp: JP_FIELDS.some((path) => selectsField(info, path)),
    lean: leanEmployeeOf([
      READ_BY_THE_DASHBOARD,
      ...EMPLOYEE_PATHS.map((path) => fieldsAt(info, path)),
    ]),
  };
}

@Resolver(() => TeamDashboard)
export class AnalyticsResolver {
  constructor(
    private readonly analyticsService: AnalyticsService,
    private readonly performanceTrendService: PerformanceTrendService,
    private readonly teamDashboardService: TeamDashboardService,
    private readonly calibrationService: CalibrationService,
  ) {}

  @Query(() => [TrendPoint], {
    description: 'One point per final evaluation of the employee, oldest first',
  })
  performanceTrend(
    @Ctx() context: Context,
    @Arg('employeeId', () => ID, { description: 'The employee whose trend to read' })
    employeeId: string,
  ) {
    return this.performanceTrendService.ofEmployee(context, parseId(employeeId, 'employeeId'));
  }

  @Query(() => TeamDashboard, {
    description: 'A unit and everything below it, limited to the viewer’s own line for supervisors',
  })
  teamDashboard(
    @Ctx() context: Context,
    @Arg('unitId', () => ID, { description: 'The unit; its sub-units are included' })
    unitId: string,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.teamDashboardService.forUnit(
      context,
      parseId(unitId, 'unitId'),
      parseId(cycleId, 'cycleId'),
      teamDashboardReads(info),
    );
  }

  @Query(() => [UnitSummary], { description: 'Top-level units side by side for the Camat and HR' })
  kecamatanSummary(
    @Ctx() context: Context,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
  ) {
    return this.analyticsService.kecamatanSummary(context, parseId(cycleId, 'cycleId'));
  }

  @FieldResolver(() => DistributionCheck, {
    nullable: true,
    description: 'The curve check of the unit, for viewers who calibrate (Camat, HR)',
  })
  curveCheck(@Root() dashboard: TeamDashboard, @Ctx() context: Context) {
    return context.ability.can('read', 'Calibration')
      ? this.calibrationService.distributionCheck(context, dashboard.unitId, dashboard.cycleId)
      : null;
  }

  @FieldResolver(() => TeamMemberPage, {
    description:
      'One page of the members, filtered and ordered; counts only members the viewer may see',
  })
  async memberPage(
    @Root() dashboard: TeamDashboard,
    @Ctx() context: Context,
    @Arg('filter', () => TeamMemberFilter, { nullable: true, description: 'Which members' })
    filter: TeamMemberFilter | null,
    @Arg('sort', () => TeamMemberSort, {
      defaultValue: TeamMemberSort.NAME,
      description: 'The column to order by',
    })
    sort: TeamMemberSort,
    @Arg('descending', { defaultValue: false, description: 'Largest (or Z) first' })
    descending: boolean,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'How many members to skip' })
    offset: number,
    @Arg('limit', () => Int, {
      defaultValue: DEFAULT_TEAM_PAGE_SIZE,
      description: `How many members to return, from 1 to ${MAX_TEAM_PAGE_SIZE}`,
    })
    limit: number,
  ): Promise<TeamMemberPage> {
    assertNoProblems(teamPageProblems({ offset, limit }));
    const { search } = readFilterTexts(filter, ['search']);
    const unitId = parseOptionalId(filter?.unitId, 'filter.unitId') ?? null;
    return this.teamDashboardService.memberPage(dashboard, {
      filter: { ...filter, search },
      unitId,
      sort,
      descending,
      offset,
      limit,
    });
  }

  @FieldResolver(() => [OrgUnit], {
    description:
      'The units the members sit in (each once, by name): the choices of memberPage’s unit filter',
  })
  memberUnits(@Root() dashboard: TeamDashboard, @Ctx() context: Context) {
    return this.teamDashboardService.memberUnits(context, dashboard);
  }

  @Query(() => [DistributionGroup], {
    description: 'De-identified predicate distribution; groups under 5 people are suppressed',
  })
  predicateDistribution(
    @Ctx() context: Context,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
    @Arg('period', () => Period, { description: 'The triwulan (TW1–TW4) or ANNUAL' })
    period: Period,
    @Arg('groupBy', () => DistributionGroupBy, {
      description: 'What to group employees by (unit, rank, position level, type or gender)',
    })
    groupBy: DistributionGroupBy,
  ) {
    return this.analyticsService.predicateDistribution(
      context,
      parseId(cycleId, 'cycleId'),
      period,
      groupBy,
    );
  }
}

@Resolver(() => UnitSummary)
export class UnitSummaryResolver {
  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The top-level unit summarised' })
  unit(@Root() summary: UnitSummary, @Ctx() context: Context) {
    return context.loaders.byId(OrgUnit).load(summary.unitId);
  }
}
