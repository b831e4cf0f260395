import { subject as asSubject } from '@casl/ability';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../context';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { conditionAttributes } from '../../platform/authz/policy';
import { rulesToSql } from '../../platform/authz/rules-to-sql';
import { forbidden, notFound } from '../../platform/graphql/errors';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { periodAchievementSql } from '../plan/achievement.sql';
import { teamDashboardSqlFields } from './analytics.permissions';
import { EMPLOYEE_GROUP_COLUMNS } from './utils/group-columns';
import { type Period } from '../cycle/cycle.enums';
import { jakartaDate, periodsOf } from '../cycle/utils/periods.util';
import { deadlinesOf } from '../cycle/timing';
import { evaluationsDue, realizationsDue } from '../cycle/utils/deadlines.util';
import {
  EvaluationStatus,
  Predicate,
  type Rating,
  IN_FORCE_STATUSES,
} from '../evaluation/evaluation.enums';
import { evaluationSqlFields } from '../evaluation/evaluation.permissions';
import { Employee } from '../org/employee.entity';
import { PlanStatus } from '../plan/plan.enums';
import type {
  DistributionGroup,
  DistributionGroupBy,
  TeamDashboard,
  TrendPoint,
  UnitSummary,
} from './analytics.types';
import { suppressSmallGroups } from './utils/suppression.util';

const PERIOD_ORDER = `CASE evaluation.period WHEN 'TW1' THEN 1 WHEN 'TW2' THEN 2 WHEN 'TW3' THEN 3 WHEN 'TW4' THEN 4 ELSE 5 END`;
const RATING_LEVEL: Record<Rating, number> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

// Indicator achievement in SQL against the period's target (the year derived from the quarters); unreported = NULL.
const ACHIEVEMENT_SQL = periodAchievementSql({
  indicator: 'indicator',
  report: 'report',
  period: 'evaluation.period',
});

const numberOrNull = (value: unknown) =>
  value === null || value === undefined ? null : Math.round(Number(value) * 100) / 100;
/** Rows grouped by a key, each group in the rows' order; the groups in first-seen order. */
function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Team dashboards and analytics: aggregates in SQL over the rows the viewer may read. */
export class AnalyticsService {
  /** A cycle's year never changes once created, so it is read once per process. */
  private readonly cycleYears = new Map<number, number>();

  constructor(private readonly dataSource: DataSource) {}

  private async cycleYear(cycleId: number): Promise<number> {
    const known = this.cycleYears.get(cycleId);
    if (known !== undefined) return known;
    const cycle = await this.dataSource.getRepository(PerformanceCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle', cycleId);
    this.cycleYears.set(cycleId, cycle.year);
    return cycle.year;
  }

  async performanceTrend(context: Context, employeeId: number): Promise<TrendPoint[]> {
    const rows = rulesToSql(
      context.ability,
      'read',
      'Evaluation',
      'predicate',
      evaluationSqlFields('evaluation'),
    );
    // The three reads share one filter (the employee's final evaluations the viewer may read), so
    // they run side by side instead of waiting for each other's ids.
    const readable = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) =>
      query
        .andWhere(
          'evaluation.employeeId = :employeeId AND evaluation.supersededAt IS NULL AND evaluation.status IN (:...final)',
          { employeeId, final: IN_FORCE_STATUSES },
        )
        .andWhere(rows.sql, rows.params);
    // The reads are filtered by the viewer's rules in SQL, so rows mean the viewer may read them;
    // only an empty answer needs the explicit check (FORBIDDEN, or just no evaluations yet).
    const [points, areas, feedback] = await Promise.all([
      readable(
        this.dataSource
          .createQueryBuilder()
          .select([
            'evaluation.id AS id',
            'cycle.year AS cycleYear',
            'evaluation.period AS period',
            'evaluation.predicate AS predicate',
          ])
          .addSelect([
            'evaluation.predicateLevel AS predicateLevel',
            'evaluation.resultRating AS resultRating',
            'evaluation.behaviorRating AS behaviorRating',
            'evaluation.achievement AS achievement',
          ])
          .from('evaluation', 'evaluation')
          .innerJoin('performance_cycle', 'cycle', 'cycle.id = evaluation.cycleId'),
      )
        .orderBy('cycle.year', 'ASC')
        .addOrderBy(PERIOD_ORDER, 'ASC')
        .getRawMany<{
          id: number;
          cycleYear: number;
          period: Period;
          predicate: Predicate;
          predicateLevel: number;
          resultRating: Rating;
          behaviorRating: Rating;
          achievement: string | null;
        }>(),
      readable(
        this.dataSource
          .createQueryBuilder()
          .select('evaluation.id', 'id')
          .addSelect(
            `AVG(CASE WHEN indicator.aspect = 'KUALITAS' THEN NULL ELSE ${ACHIEVEMENT_SQL} END)`,
            'productivity',
          )
          .addSelect(
            `AVG(CASE WHEN indicator.aspect = 'KUALITAS' THEN ${ACHIEVEMENT_SQL} ELSE NULL END)`,
            'quality',
          )
          .from('evaluation', 'evaluation')
          .innerJoin('work_target', 'target', 'target.planId = evaluation.planId')
          .innerJoin('indicator', 'indicator', 'indicator.workTargetId = target.id')
          .leftJoin(
            'realization',
            'report',
            'report.indicatorId = indicator.id AND report.period = evaluation.period AND report.replacedAt IS NULL',
          ),
      )
        .groupBy('evaluation.id')
        .getRawMany<{ id: number; productivity: string | null; quality: string | null }>(),
      readable(
        this.dataSource
          .createQueryBuilder()
          .select([
            'item.evaluationId AS id',
            'item.coreValue AS coreValue',
            'item.rating AS rating',
            'COUNT(*) AS count',
          ])
          .from('evaluation_feedback', 'item')
          .innerJoin('evaluation', 'evaluation', 'evaluation.id = item.evaluationId')
          .where('item.coreValue IS NOT NULL AND item.rating IS NOT NULL'),
      )
        .groupBy('item.evaluationId')
        .addGroupBy('item.coreValue')
        .addGroupBy('item.rating')
        .getRawMany<{ id: number; coreValue: string; rating: Rating; count: string }>(),
    ]);
    if (points.length === 0) {
      const facts = await conditionAttributes(
        'Evaluation',
        { employeeId, status: EvaluationStatus.FINAL },
        context,
      );
      if (!context.ability.can('read', asSubject('Evaluation', facts), 'predicate'))
        throw forbidden('You may not read this employee’s evaluations');
    }
    const areaOf = new Map(areas.map((row) => [Number(row.id), row]));
    const feedbackOf = groupBy(feedback, (row) => Number(row.id));
    return points.map((point) => {
      const area = areaOf.get(Number(point.id));
      return {
        cycleYear: Number(point.cycleYear),
        period: point.period,
        predicate: point.predicate,
        predicateLevel: Number(point.predicateLevel),
        resultRating: point.resultRating,
        behaviorRating: point.behaviorRating,
        achievement: numberOrNull(point.achievement),
        productivity: numberOrNull(area?.productivity),
        qualityOfWork: numberOrNull(area?.quality),
        professionalAttitude: RATING_LEVEL[point.behaviorRating],
        behaviorFeedback: (feedbackOf.get(Number(point.id)) ?? []).map((row) => ({
          coreValue: row.coreValue as never,
          rating: row.rating,
          count: Number(row.count),
        })),
      };
    });
  }

  /** Members are the unit's people the viewer may see as a team: everyone for the Camat and HR, the own line for supervisors. */
  private memberScope(context: Context) {
    const scope = rulesToSql(
      context.ability,
      'read',
      'TeamDashboard',
      undefined,
      teamDashboardSqlFields('member'),
    );
    return scope;
  }

  async teamDashboard(context: Context, unitId: number, cycleId: number): Promise<TeamDashboard> {
    // The cycle's deadlines decide what is overdue (read per request: HR may change them).
    const cycle = await context.loaders.byId(PerformanceCycle).load(cycleId);
    if (!cycle) throw notFound('Cycle', cycleId);
    const year = cycle.year;
    const scope = this.memberScope(context);
    const inTeam = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) =>
      query
        .where(`member.active = :active AND ${inUnitSubtree('member.unitId', ':unitId')}`, {
          active: true,
          unitId,
        })
        .andWhere(scope.sql, scope.params);
    const memberSql = inTeam(
      this.dataSource.createQueryBuilder().select('member.id').from('employee', 'member'),
    );
    const memberIn = `IN (${memberSql.getQuery()})`;
    const memberParams = memberSql.getParameters();

    // Overdue as on Beranda and in overdueItems: past the cycle's due dates, not just ended.
    const today = jakartaDate(context.now);
    const deadlines = deadlinesOf(cycle);
    const endedPeriods = evaluationsDue(deadlines, today);
    const endedQuarters = realizationsDue(deadlines, today);
    const me = context.viewer?.employeeId ?? null;

    // Every read below is filtered by the same member scope in SQL, so they need nothing from each
    // other and run side by side (one round trip of waiting instead of six).
    const [memberQuery, finals, missingReports, objections] = await Promise.all([
      // Whole rows, with the member's plan of the cycle: they answer `members { employee { … } }`
      // through the loader without another read.
      inTeam(this.dataSource.getRepository(Employee).createQueryBuilder('member'))
        .leftJoin(
          'performance_plan',
          'plan',
          'plan.employeeId = member.id AND plan.cycleId = :cycleId',
          {
            cycleId,
          },
        )
        .addSelect([
          'plan.status AS planStatus',
          'plan.id AS planId',
          'plan.evaluatorId AS planEvaluatorId',
        ])
        .orderBy('member.name', 'ASC')
        .addOrderBy('member.id', 'ASC')
        .getRawAndEntities<{
          member_id: number;
          planStatus: PlanStatus | null;
          planId: number | null;
          planEvaluatorId: number | null;
        }>(),
      this.dataSource
        .createQueryBuilder()
        .select([
          'evaluation.employeeId AS employeeId',
          'evaluation.cycleId AS cycleId',
          'cycle.year AS cycleYear',
          'evaluation.period AS period',
        ])
        .addSelect([
          'evaluation.predicate AS predicate',
          'evaluation.predicateLevel AS predicateLevel',
          'evaluation.achievement AS achievement',
        ])
        .from('evaluation', 'evaluation')
        .innerJoin('performance_cycle', 'cycle', 'cycle.id = evaluation.cycleId')
        .where(
          `evaluation.supersededAt IS NULL AND evaluation.status IN (:...final) AND evaluation.employeeId ${memberIn}`,
          { ...memberParams, final: IN_FORCE_STATUSES },
        )
        .orderBy('cycle.year', 'ASC')
        .addOrderBy(PERIOD_ORDER, 'ASC')
        .getRawMany<{
          employeeId: number;
          cycleId: number;
          cycleYear: number;
          period: Period;
          predicate: Predicate;
          predicateLevel: number;
          achievement: string | null;
        }>(),
      // Per member: for each indicator of the approved SKP, the ended quarters it has no report for
      // (the year is derived from the quarters: no annual report is due).
      endedQuarters.length
        ? this.dataSource
            .createQueryBuilder()
            .select('plan.employeeId', 'employeeId')
            .addSelect(
              `SUM(${endedQuarters.length} - (SELECT COUNT(*) FROM realization report WHERE report.indicatorId = indicator.id AND report.replacedAt IS NULL AND report.period IN (:...ended)))`,
              'missing',
            )
            .from('performance_plan', 'plan')
            .innerJoin('work_target', 'target', 'target.planId = plan.id')
            .innerJoin('indicator', 'indicator', 'indicator.workTargetId = target.id')
            .where(
              `plan.cycleId = :cycleId AND plan.status = :approved AND plan.employeeId ${memberIn}`,
              { ...memberParams, cycleId, approved: PlanStatus.APPROVED },
            )
            .setParameter('ended', endedQuarters)
            .groupBy('plan.employeeId')
            .getRawMany<{ employeeId: number; missing: string }>()
        : Promise.resolve([]),
      me === null ? Promise.resolve([]) : this.objectionsToDecide(me, memberIn, memberParams),
    ]);
    const memberRows = memberQuery.entities;
    const plans = memberQuery.raw
      .filter((row) => row.planId !== null)
      .map((row) => ({
        employeeId: Number(row.member_id),
        status: row.planStatus!,
        planId: Number(row.planId),
        evaluatorId: row.planEvaluatorId === null ? null : Number(row.planEvaluatorId),
      }));
    // A unit with members exists; only an empty answer needs the check.
    if (
      memberRows.length === 0 &&
      !(await this.dataSource.getRepository(OrgUnit).existsBy({ id: unitId }))
    )
      throw notFound('OrgUnit', unitId);
    if (memberRows.length === 0) throw forbidden('You have no team in this unit');
    const employees = context.loaders.byId(Employee);
    for (const member of memberRows) employees.prime(Number(member.id), member);

    const planOf = new Map(plans.map((row) => [Number(row.employeeId), row]));
    const missingOf = new Map(
      missingReports.map((row) => [Number(row.employeeId), Number(row.missing)]),
    );
    const finalsOf = groupBy(finals, (row) => Number(row.employeeId));
    const inCycle = finals.filter((row) => Number(row.cycleId) === cycleId);
    const evaluatedPeriodsOf = new Map<number, Set<Period>>();
    for (const row of inCycle) {
      const employeeId = Number(row.employeeId);
      evaluatedPeriodsOf.set(
        employeeId,
        (evaluatedPeriodsOf.get(employeeId) ?? new Set()).add(row.period),
      );
    }
    const notEvaluated = (employeeId: number) =>
      endedPeriods.filter((period) => !evaluatedPeriodsOf.get(employeeId)?.has(period));

    const members = memberRows.map(({ id }) => {
      const employeeId = Number(id);
      const plan = planOf.get(employeeId);
      const own = finalsOf.get(employeeId) ?? [];
      const latest = own.findLast((row) => Number(row.cycleId) === cycleId) ?? null;
      return {
        employeeId,
        planStatus: plan?.status ?? null,
        latestPredicate: latest?.predicate ?? null,
        latestPeriod: latest?.period ?? null,
        latestAchievement: numberOrNull(latest?.achievement),
        overdueRealizations: missingOf.get(employeeId) ?? 0,
        overdueEvaluations:
          plan?.status === PlanStatus.APPROVED && plan.evaluatorId !== null
            ? notEvaluated(employeeId).length
            : 0,
        predicateLevels: own.map((row) => Number(row.predicateLevel)),
      };
    });

    const tally = new Map<string, number>();
    for (const row of inCycle) {
      const key = `${row.period}|${row.predicate}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    const predicateDistribution = periodsOf({ year }).map(({ period }) => ({
      period,
      counts: Object.values(Predicate).map((predicate) => ({
        predicate,
        count: tally.get(`${period}|${predicate}`) ?? 0,
      })),
    }));

    // Oldest first: the rows come ordered by year and period, and a Map keeps first-seen order.
    const byPeriod = groupBy(finals, (row) => `${row.cycleYear}-${row.period}`);
    const averageTrend = [...byPeriod.values()].map((rows) => {
      const achievements = rows
        .map((row) => row.achievement)
        .filter((value): value is string => value !== null)
        .map(Number);
      return {
        cycleYear: Number(rows[0].cycleYear),
        period: rows[0].period,
        averagePredicateLevel: numberOrNull(
          rows.reduce((sum, row) => sum + Number(row.predicateLevel), 0) / rows.length,
        )!,
        averageAchievement: achievements.length
          ? numberOrNull(achievements.reduce((a, b) => a + b, 0) / achievements.length)
          : null,
        evaluated: rows.length,
      };
    });

    const mine = (status: PlanStatus) =>
      me === null
        ? []
        : plans.filter((row) => row.status === status && Number(row.evaluatorId) === me);
    const pendingActions = [
      ...mine(PlanStatus.SUBMITTED).map((row) => ({
        kind: 'APPROVE_PLAN',
        employeeId: Number(row.employeeId),
        planId: Number(row.planId),
        period: null,
        objectionId: null,
      })),
      ...mine(PlanStatus.APPROVED).flatMap((row) =>
        notEvaluated(Number(row.employeeId)).map((period) => ({
          kind: 'EVALUATE',
          employeeId: Number(row.employeeId),
          planId: Number(row.planId),
          period,
          objectionId: null,
        })),
      ),
      ...objections,
    ];
    return { unitId, cycleId, members, predicateDistribution, averageTrend, pendingActions };
  }

  private async objectionsToDecide(
    me: number,
    memberIn: string,
    memberParams: Record<string, unknown>,
  ) {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select([
        'objection.id AS id',
        'objection.employeeId AS employeeId',
        'evaluation.planId AS planId',
        'evaluation.period AS period',
      ])
      .from('objection', 'objection')
      .innerJoin('evaluation', 'evaluation', 'evaluation.id = objection.evaluationId')
      .innerJoin('employee', 'evaluator', 'evaluator.id = evaluation.evaluatorId')
      .where(
        `objection.status = 'FILED' AND evaluator.supervisorId = :me AND objection.employeeId ${memberIn}`,
        { ...memberParams, me },
      )
      .getRawMany<{ id: number; employeeId: number; planId: number; period: Period }>();
    return rows.map((row) => ({
      kind: 'DECIDE_OBJECTION',
      employeeId: Number(row.employeeId),
      planId: Number(row.planId),
      period: row.period,
      objectionId: Number(row.id),
    }));
  }

  /** Units side by side for the Camat and HR: completion of plans and evaluations, achievement, predicate mix. */
  async kecamatanSummary(context: Context, cycleId: number): Promise<UnitSummary[]> {
    if (!context.ability.can('read', 'Calibration'))
      throw forbidden('The kecamatan summary is for the Camat and HR');
    const cycle = await this.dataSource.getRepository(PerformanceCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle', cycleId);
    const ended = periodsOf({ year: cycle.year })
      .filter((range) => range.endsOn < jakartaDate(new Date()))
      .map((range) => range.period);
    const topUnits = () =>
      this.dataSource
        .createQueryBuilder()
        .from('org_unit', 'top')
        .innerJoin('org_unit_closure', 'tree', 'tree.ancestorId = top.id')
        .innerJoin(
          'employee',
          'member',
          'member.unitId = tree.descendantId AND member.active = :active',
          { active: true },
        )
        .where('top.depth = 1')
        .groupBy('top.id');
    const staffing = await topUnits()
      .select('top.id', 'unitId')
      .addSelect('COUNT(DISTINCT member.id)', 'members')
      .addSelect(
        `COUNT(DISTINCT CASE WHEN plan.status = '${PlanStatus.APPROVED}' THEN plan.id END)`,
        'approvedPlans',
      )
      .addSelect(
        `COUNT(DISTINCT CASE WHEN plan.status = '${PlanStatus.APPROVED}' AND plan.evaluatorId IS NOT NULL THEN plan.id END)`,
        'evaluatedPlans',
      )
      .leftJoin(
        'performance_plan',
        'plan',
        'plan.employeeId = member.id AND plan.cycleId = :cycleId',
        { cycleId },
      )
      .orderBy('top.id', 'ASC')
      .getRawMany<{
        unitId: number;
        members: string;
        approvedPlans: string;
        evaluatedPlans: string;
      }>();
    const results = ended.length
      ? await topUnits()
          .select('top.id', 'unitId')
          .addSelect('evaluation.predicate', 'predicate')
          .addSelect('COUNT(*)', 'count')
          .addSelect('SUM(evaluation.achievement)', 'achievementSum')
          .addSelect('COUNT(evaluation.achievement)', 'achievementCount')
          .innerJoin('evaluation', 'evaluation', 'evaluation.employeeId = member.id')
          .andWhere(
            'evaluation.cycleId = :cycleId AND evaluation.supersededAt IS NULL AND evaluation.status IN (:...final) AND evaluation.period IN (:...ended)',
            { cycleId, final: IN_FORCE_STATUSES, ended },
          )
          .addGroupBy('evaluation.predicate')
          .getRawMany<{
            unitId: number;
            predicate: Predicate;
            count: string;
            achievementSum: string | null;
            achievementCount: string;
          }>()
      : [];
    return staffing.map((row) => {
      const unitId = Number(row.unitId);
      const own = results.filter((result) => Number(result.unitId) === unitId);
      const done = own.reduce((sum, result) => sum + Number(result.count), 0);
      const expected = Number(row.evaluatedPlans) * ended.length;
      const achievementCount = own.reduce(
        (sum, result) => sum + Number(result.achievementCount),
        0,
      );
      const achievementSum = own.reduce(
        (sum, result) => sum + Number(result.achievementSum ?? 0),
        0,
      );
      const members = Number(row.members);
      return {
        unitId,
        members,
        approvedPlans: Number(row.approvedPlans),
        planCompletion: members ? numberOrNull((Number(row.approvedPlans) / members) * 100)! : 0,
        evaluationsDone: done,
        evaluationsExpected: expected,
        evaluationCompletion: expected ? numberOrNull((done / expected) * 100) : null,
        averageAchievement: achievementCount
          ? numberOrNull(achievementSum / achievementCount)
          : null,
        predicateCounts: Object.values(Predicate).map((predicate) => ({
          predicate,
          count: own
            .filter((r) => r.predicate === predicate)
            .reduce((sum, r) => sum + Number(r.count), 0),
        })),
      };
    });
  }

  /**
   * De-identified predicate distribution, over the final evaluations the viewer may count (those they
   * may read; every final one for analysts, whose rows are limited to large anonymity sets); small
   * groups suppressed.
   */
  async predicateDistribution(
    context: Context,
    cycleId: number,
    period: Period,
    groupBy: DistributionGroupBy,
  ): Promise<DistributionGroup[]> {
    const rows = rulesToSql(
      context.ability,
      'aggregate',
      'Evaluation',
      'predicate',
      evaluationSqlFields('evaluation'),
    );
    const column = EMPLOYEE_GROUP_COLUMNS[groupBy];
    const tallies = await this.dataSource
      .createQueryBuilder()
      .select(`${column}`, 'groupKey')
      .addSelect('evaluation.predicate', 'predicate')
      .addSelect('COUNT(*)', 'count')
      .from('evaluation', 'evaluation')
      .innerJoin('employee', 'member', 'member.id = evaluation.employeeId')
      .innerJoin('position', 'position', 'position.id = member.positionId')
      .innerJoin('org_unit', 'unit', 'unit.id = member.unitId')
      .where(
        'evaluation.cycleId = :cycleId AND evaluation.period = :period AND evaluation.supersededAt IS NULL AND evaluation.status IN (:...final)',
        { cycleId, period, final: IN_FORCE_STATUSES },
      )
      .andWhere(rows.sql, rows.params)
      .groupBy(column)
      .addGroupBy('evaluation.predicate')
      .orderBy(column, 'ASC')
      .getRawMany<{ groupKey: string; predicate: Predicate; count: string }>();
    const groups = [...new Set(tallies.map((row) => String(row.groupKey)))].map((group) => ({
      group,
      counts: Object.fromEntries(
        Object.values(Predicate).map((p) => [
          p,
          Number(
            tallies.find((row) => String(row.groupKey) === group && row.predicate === p)?.count ??
              0,
          ),
        ]),
      ) as Record<Predicate, number>,
    }));
    return suppressSmallGroups({ groups });
  }
}
