import type { Period } from '../../cycle/cycle.enums';
import { periodsOf } from '../../cycle/utils/periods.util';
import { Predicate } from '../../evaluation/evaluation.enums';
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

/** A final evaluation in force of a member, in any cycle. */
export interface FinalEvaluationRow {
  employeeId: number;
  cycleId: number;
  cycleYear: number;
  period: Period;
  predicate: Predicate;
  predicateLevel: number;
  achievement: number | null;
}

/** What the dashboard derives from the final evaluations alone (see `summarizeFinals`). */
export interface FinalsSummary {
  finalsOf: Map<number, FinalEvaluationRow[]>;
  evaluatedPeriodsOf: Map<number, Set<Period>>;
  predicateDistribution: TeamDashboard['predicateDistribution'];
  averageTrend: TeamDashboard['averageTrend'];
}

/**
 * The part of the dashboard that needs only `finals` (oldest first, by year, then period): each
 * member's evaluations, the periods of the cycle they were evaluated for, the distribution per
 * period and the average trend. Split out so a service can derive it while other reads are still
 * under way.
 */
export function summarizeFinals({
  cycleId,
  year,
  finals,
}: {
  cycleId: number;
  year: number;
  finals: FinalEvaluationRow[];
}): FinalsSummary {
  // One pass over the rows (a few hundred per team, on every request): no key strings, no copies.
  const finalsOf = new Map<number, FinalEvaluationRow[]>();
  const evaluatedPeriodsOf = new Map<number, Set<Period>>();
  const tally = new Map<Period, Map<Predicate, number>>();
  // Oldest first: the rows come ordered by year and period, and a Map keeps first-seen order.
  const byPeriod = new Map<number, Map<Period, PeriodTotals>>();
  const periodTotals: PeriodTotals[] = [];
  for (const row of finals) {
    const own = finalsOf.get(row.employeeId);
    if (own) own.push(row);
    else finalsOf.set(row.employeeId, [row]);
    if (row.cycleId === cycleId) {
      const evaluated = evaluatedPeriodsOf.get(row.employeeId);
      if (evaluated) evaluated.add(row.period);
      else evaluatedPeriodsOf.set(row.employeeId, new Set([row.period]));
      let counts = tally.get(row.period);
      if (!counts) tally.set(row.period, (counts = new Map<Predicate, number>()));
      counts.set(row.predicate, (counts.get(row.predicate) ?? 0) + 1);
    }
    let ofYear = byPeriod.get(row.cycleYear);
    if (!ofYear) byPeriod.set(row.cycleYear, (ofYear = new Map<Period, PeriodTotals>()));
    let totals = ofYear.get(row.period);
    if (!totals) {
      totals = {
        cycleYear: row.cycleYear,
        period: row.period,
        rows: 0,
        levels: 0,
        achieved: 0,
        achievements: 0,
      };
      ofYear.set(row.period, totals);
      periodTotals.push(totals);
    }
    totals.rows += 1;
    totals.levels += row.predicateLevel;
    if (row.achievement !== null) {
      totals.achieved += 1;
      totals.achievements += row.achievement;
    }
  }

  const predicateDistribution = periodsOf({ year }).map(({ period }) => ({
    period,
    counts: PREDICATES.map((predicate) => ({
      predicate,
      count: tally.get(period)?.get(predicate) ?? 0,
    })),
  }));
  const averageTrend = periodTotals.map((totals) => ({
    cycleYear: totals.cycleYear,
    period: totals.period,
    averagePredicateLevel: numberOrNull(totals.levels / totals.rows)!,
    averageAchievement: totals.achieved
      ? numberOrNull(totals.achievements / totals.achieved)
      : null,
    evaluated: totals.rows,
  }));
  return { finalsOf, evaluatedPeriodsOf, predicateDistribution, averageTrend };
}

/** The sums behind one point of the average trend, in the order the rows add them. */
interface PeriodTotals {
  cycleYear: number;
  period: Period;
  rows: number;
  levels: number;
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
 * The team dashboard from its rows: `finals` oldest first (by year, then period); `missingReports`
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
    summary: summarizeFinals({ cycleId: rest.cycleId, year, finals }),
  });
}

/** `shapeTeamDashboard` with the finals already summarised. */
export function shapeTeamDashboardFromSummary({
  unitId,
  cycleId,
  members,
  missingReports,
  endedPeriods,
  viewerEmployeeId,
  objectionsToDecide,
  summary: { finalsOf, evaluatedPeriodsOf, predicateDistribution, averageTrend },
}: ShapeArgs & { summary: FinalsSummary }): TeamDashboard {
  const missingOf = new Map(missingReports.map((row) => [row.employeeId, row.missing]));
  const notEvaluated = (employeeId: number) =>
    endedPeriods.filter((period) => !evaluatedPeriodsOf.get(employeeId)?.has(period));

  const teamMembers = members.map(({ employeeId, plan, jp }) => {
    const own = finalsOf.get(employeeId) ?? [];
    const latest = own.findLast((row) => row.cycleId === cycleId) ?? null;
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
      predicateLevels: own.map((row) => row.predicateLevel),
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
  return {
    unitId,
    cycleId,
    members: teamMembers,
    predicateDistribution,
    averageTrend,
    pendingActions,
  };
}
