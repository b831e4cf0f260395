import type { Period } from '../../cycle/cycle.enums';
import { PERIOD_RANK, periodsOf } from '../../cycle/utils/periods.util';
import { Predicate } from '../../evaluation/evaluation.enums';
import { PREDICATE_LEVEL } from '../../evaluation/utils/predicate.util';
import { PlanStatus } from '../../plan/plan.enums';
import type { PendingAction, TeamDashboard } from '../analytics.types';
import { numberOrNull } from './rows.util';

/** A member of the team, in the order the dashboard lists them, with their SKP of the cycle. */
export interface TeamMemberRow {
  employeeId: number;
  plan: { id: number; status: PlanStatus; evaluatorId: number | null } | null;
  /** JP done in the cycle, and whether that leaves a PNS below the yearly target (when read). */
  jp: { done: number; belowTarget: boolean } | null;
}

/**
 * A final evaluation in force of a member, in any cycle, as the read returns it: MariaDB gives the
 * DECIMAL achievement as a string, SQLite as a number. The predicate's level is not read: every
 * evaluation stores the level of its predicate (`computePredicate`), so it is derived.
 */
export interface FinalEvaluationRow {
  employeeId: number;
  cycleId: number;
  cycleYear: number;
  period: Period;
  predicate: Predicate;
  achievement: number | string | null;
}

/** What the dashboard derives from the final evaluations alone (see `summarizeFinals`). */
export interface FinalsSummary {
  /** Each member's predicate levels, oldest first (by year, then period): the sparkline. */
  levelsOf: Map<number, number[]>;
  /** Each member's latest final of the cycle. */
  latestOf: Map<number, FinalEvaluationRow>;
  evaluatedPeriodsOf: Map<number, Set<Period>>;
  /** The cycle's finals counted per period and predicate. */
  tally: Map<Period, Map<Predicate, number>>;
  averageTrend: TeamDashboard['averageTrend'];
}

/**
 * The part of the dashboard that needs only `finals` (and the cycle's id), in whatever order they
 * come: each member's levels oldest first (by year, then period) and latest final of the cycle,
 * the periods of the cycle they were evaluated for, the cycle's counts per period and the average
 * trend, oldest first. Split out so a service derives it as soon as the finals arrive, while its
 * other reads are still under way. The read need not sort: ordering a team's few hundred rows in
 * SQL took MariaDB a temporary table and a filesort, more than this grouping costs. The rows are
 * only read, never changed or copied.
 */
export function summarizeFinals({
  cycleId,
  finals,
}: {
  cycleId: number;
  finals: readonly FinalEvaluationRow[];
}): FinalsSummary {
  // One pass over the rows (a few hundred per team, on every request): no key strings, no copies.
  // Rows are grouped per point in time (year and period); the few points are then sorted, and each
  // member's evaluations are laid out point after point: oldest first, in linear time.
  const evaluatedPeriodsOf = new Map<number, Set<Period>>();
  const tally = new Map<Period, Map<Predicate, number>>();
  const pointOf = new Map<number, PeriodTotals>();
  for (const row of finals) {
    if (row.cycleId === cycleId) {
      const evaluated = evaluatedPeriodsOf.get(row.employeeId);
      if (evaluated) evaluated.add(row.period);
      else evaluatedPeriodsOf.set(row.employeeId, new Set([row.period]));
      let counts = tally.get(row.period);
      if (!counts) tally.set(row.period, (counts = new Map<Predicate, number>()));
      counts.set(row.predicate, (counts.get(row.predicate) ?? 0) + 1);
    }
    const key = row.cycleYear * 8 + PERIOD_RANK[row.period];
    let totals = pointOf.get(key);
    if (!totals) {
      totals = {
        key,
        cycleYear: row.cycleYear,
        period: row.period,
        finals: [],
        levels: [],
        levelSum: 0,
        achieved: 0,
        achievements: 0,
      };
      pointOf.set(key, totals);
    }
    const level = PREDICATE_LEVEL[row.predicate];
    totals.finals.push(row);
    totals.levels.push(level);
    totals.levelSum += level;
    if (row.achievement !== null) {
      totals.achieved += 1;
      totals.achievements += Number(row.achievement);
    }
  }
  const periodTotals = [...pointOf.values()].sort((a, b) => a.key - b.key);
  const levelsOf = new Map<number, number[]>();
  const latestOf = new Map<number, FinalEvaluationRow>();
  for (const totals of periodTotals)
    for (let index = 0; index < totals.finals.length; index += 1) {
      const row = totals.finals[index];
      const own = levelsOf.get(row.employeeId);
      if (own) own.push(totals.levels[index]);
      else levelsOf.set(row.employeeId, [totals.levels[index]]);
      if (row.cycleId === cycleId) latestOf.set(row.employeeId, row);
    }

  const averageTrend = periodTotals.map((totals) => ({
    cycleYear: totals.cycleYear,
    period: totals.period,
    averagePredicateLevel: numberOrNull(totals.levelSum / totals.finals.length)!,
    averageAchievement: totals.achieved
      ? numberOrNull(totals.achievements / totals.achieved)
      : null,
    evaluated: totals.finals.length,
  }));
  return { levelsOf, latestOf, evaluatedPeriodsOf, tally, averageTrend };
}

/** One point in time (a year's period): its finals with their levels, and the sums behind its average. */
interface PeriodTotals {
  /** Orders the points: year, then `PERIOD_RANK`. */
  key: number;
  cycleYear: number;
  period: Period;
  finals: FinalEvaluationRow[];
  /** The level of each of `finals`, in the same order. */
  levels: number[];
  levelSum: number;
  achieved: number;
  achievements: number;
}

const PREDICATES = Object.values(Predicate);

interface ShapeArgs {
  unitId: number;
  cycleId: number;
  members: TeamMemberRow[];
  missingReports: { employeeId: number; missing: number }[];
  endedPeriods: Period[];
  viewerEmployeeId: number | null;
  objectionsToDecide: PendingAction[];
}

/**
 * The team dashboard from its rows: `finals` in any order (see `summarizeFinals`); `missingReports`
 * the indicator reports each member owes for ended quarters; `endedPeriods` the periods of the
 * cycle past their evaluation due date; the viewer's own pending actions as the evaluator of the
 * members' plans, followed by `objectionsToDecide`.
 */
export function shapeTeamDashboard({
  year,
  finals,
  ...rest
}: ShapeArgs & { year: number; finals: FinalEvaluationRow[] }): TeamDashboard {
  return shapeTeamDashboardFromSummary({
    ...rest,
    year,
    summary: summarizeFinals({ cycleId: rest.cycleId, finals }),
  });
}

/** `shapeTeamDashboard` with the finals already summarised; `year` is the cycle's. */
export function shapeTeamDashboardFromSummary({
  unitId,
  cycleId,
  year,
  members,
  missingReports,
  endedPeriods,
  viewerEmployeeId,
  objectionsToDecide,
  summary: { levelsOf, latestOf, evaluatedPeriodsOf, tally, averageTrend },
}: ShapeArgs & { year: number; summary: FinalsSummary }): TeamDashboard {
  const missingOf = new Map(missingReports.map((row) => [row.employeeId, row.missing]));
  const notEvaluated = (employeeId: number) =>
    endedPeriods.filter((period) => !evaluatedPeriodsOf.get(employeeId)?.has(period));

  const teamMembers = members.map(({ employeeId, plan, jp }) => {
    const latest = latestOf.get(employeeId) ?? null;
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
      predicateLevels: levelsOf.get(employeeId) ?? [],
      ...(jp && { jpDone: jp.done, belowJpTarget: jp.belowTarget }),
    };
  });

  const mine = (status: PlanStatus) =>
    viewerEmployeeId === null
      ? []
      : members.flatMap(({ employeeId, plan }) =>
          plan?.status === status && plan.evaluatorId === viewerEmployeeId
            ? [{ employeeId, planId: plan.id }]
            : [],
        );
  const pendingActions = [
    ...mine(PlanStatus.SUBMITTED).map(({ employeeId, planId }) => ({
      kind: 'APPROVE_PLAN',
      employeeId,
      planId,
      period: null,
      objectionId: null,
    })),
    ...mine(PlanStatus.APPROVED).flatMap(({ employeeId, planId }) =>
      notEvaluated(employeeId).map((period) => ({
        kind: 'EVALUATE',
        employeeId,
        planId,
        period,
        objectionId: null,
      })),
    ),
    ...objectionsToDecide,
  ];
  const predicateDistribution = periodsOf({ year }).map(({ period }) => ({
    period,
    counts: PREDICATES.map((predicate) => ({
      predicate,
      count: tally.get(period)?.get(predicate) ?? 0,
    })),
  }));
  return {
    unitId,
    cycleId,
    members: teamMembers,
    predicateDistribution,
    averageTrend,
    pendingActions,
  };
}
