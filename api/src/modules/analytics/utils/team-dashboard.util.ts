import type { Period } from '../../cycle/cycle.enums';
import { PERIOD_RANK, periodsOf } from '../../cycle/utils/periods.util';
import { Predicate } from '../../evaluation/evaluation.enums';
import { PREDICATE_LEVEL } from '../../evaluation/utils/predicate.util';
import { PlanStatus } from '../../plan/plan.enums';
import { periodsCovered } from '../../cycle/utils/deadlines.util';
import type { PendingAction, TeamDashboard } from '../analytics.types';
import { decimalValue } from '../../../platform/database/decimal.transformer';
import { numberOrNull } from './rows.util';

/**
 * A member of the team, in the order the dashboard lists them, with their current SKP of the cycle
 * (`startsOn`: its first day, the TMT of a mutasi; null from the start of the year).
 */
export interface TeamMemberRow {
  employeeId: number;
  plan: {
    id: number;
    status: PlanStatus;
    evaluatorId: number | null;
    startsOn: string | null;
  } | null;
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

/**
 * `PERIOD_RANK` and `PREDICATE_LEVEL` as maps: each row's strings are looked up once, by
 * value (the read's strings are new on every row: as property names each lookup cost V8 more than
 * the rest of the row's work), and the summary works with the numbers.
 */
const RANK_OF = new Map(Object.entries(PERIOD_RANK) as [Period, number][]);
const LEVEL_OF = new Map(Object.entries(PREDICATE_LEVEL) as [Predicate, number][]);

/** Where the cycle's count of a period (by rank) and predicate (by level) sits in `tally`. */
const tallyIndex = (periodRank: number, predicateLevel: number) => periodRank * 8 + predicateLevel;

/** One member's finals as the dashboard needs them (see `summarizeFinals`). */
export interface MemberFinals {
  /** Predicate levels, oldest first (by year, then period): the sparkline. */
  levels: number[];
  /** The latest final of the cycle, and its period's `PERIOD_RANK` (0 while none). */
  latest: FinalEvaluationRow | null;
  latestRank: number;
  /** The periods of the cycle with a final: bit `PERIOD_RANK` set. */
  evaluated: number;
}

/** What the dashboard derives from the final evaluations alone (see `summarizeFinals`). */
export interface FinalsSummary {
  /** Per member with at least one final. */
  finalsOf: Map<number, MemberFinals>;
  /** The cycle's finals counted per period and predicate, at `tallyIndex`. */
  tally: number[];
  averageTrend: TeamDashboard['averageTrend'];
}

/** One point in time (a year's period): whose finals it holds with their levels, and the sums behind its average. */
interface PeriodTotals {
  /** Orders the points: year, then `PERIOD_RANK`. */
  key: number;
  cycleYear: number;
  period: Period;
  /** The member of each final, and its level, in the same order. */
  members: MemberFinals[];
  levels: number[];
  levelSum: number;
  achieved: number;
  achievements: number;
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
  // One pass over the rows (a few hundred per team, on every request): numbers only, no key
  // strings, no copies, two lookups by number a row (its member, its point in time). Rows are
  // grouped per point (year and period); the few points are then sorted, and each member's levels
  // are laid out point after point: oldest first, in linear time.
  const finalsOf = new Map<number, MemberFinals>();
  const tally = new Array<number>(tallyIndex(RANK_OF.size + 1, 0)).fill(0);
  const pointOf = new Map<number, PeriodTotals>();
  for (const row of finals) {
    const periodRank = RANK_OF.get(row.period)!;
    const predicateLevel = LEVEL_OF.get(row.predicate)!;
    let member = finalsOf.get(row.employeeId);
    if (!member) {
      member = { levels: [], latest: null, latestRank: 0, evaluated: 0 };
      finalsOf.set(row.employeeId, member);
    }
    if (row.cycleId === cycleId) {
      member.evaluated |= 1 << periodRank;
      tally[tallyIndex(periodRank, predicateLevel)] += 1;
      if (member.latestRank <= periodRank) {
        member.latest = row;
        member.latestRank = periodRank;
      }
    }
    const key = row.cycleYear * 8 + periodRank;
    let totals = pointOf.get(key);
    if (!totals) {
      totals = {
        key,
        cycleYear: row.cycleYear,
        period: row.period,
        members: [],
        levels: [],
        levelSum: 0,
        achieved: 0,
        achievements: 0,
      };
      pointOf.set(key, totals);
    }
    totals.members.push(member);
    totals.levels.push(predicateLevel);
    totals.levelSum += predicateLevel;
    if (row.achievement !== null) {
      totals.achieved += 1;
      totals.achievements += decimalValue(row.achievement);
    }
  }
  const periodTotals = [...pointOf.values()].sort((a, b) => a.key - b.key);
  for (const { members, levels } of periodTotals)
    for (let index = 0; index < members.length; index += 1)
      members[index].levels.push(levels[index]);

  const averageTrend = periodTotals.map((totals) => ({
    cycleYear: totals.cycleYear,
    period: totals.period,
    averagePredicateLevel: numberOrNull(totals.levelSum / totals.levels.length)!,
    averageAchievement: totals.achieved
      ? numberOrNull(totals.achievements / totals.achieved)
      : null,
    evaluated: totals.levels.length,
  }));
  return { finalsOf, tally, averageTrend };
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
 * the indicator reports each member owes on the current SKP for ended quarters it covers;
 * `endedPeriods` the periods of the cycle past their evaluation due date, of which each member's
 * current SKP owes those it covers (after a mutasi the earlier ones belong to the closed SKP and
 * its pejabat penilai); the viewer's own pending actions as the evaluator of the members' plans,
 * followed by `objectionsToDecide`.
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
  summary: { finalsOf, tally, averageTrend },
}: ShapeArgs & { year: number; summary: FinalsSummary }): TeamDashboard {
  const missingOf = new Map(missingReports.map((row) => [row.employeeId, row.missing]));
  const notEvaluated = (employeeId: number, startsOn: string | null) => {
    const evaluated = finalsOf.get(employeeId)?.evaluated ?? 0;
    return periodsCovered(year, { startsOn, endsOn: null }, endedPeriods).filter(
      (period) => (evaluated & (1 << PERIOD_RANK[period])) === 0,
    );
  };

  const teamMembers = members.map(({ employeeId, plan, jp }) => {
    const own = finalsOf.get(employeeId);
    const latest = own?.latest ?? null;
    return {
      employeeId,
      planStatus: plan?.status ?? null,
      latestPredicate: latest?.predicate ?? null,
      latestPeriod: latest?.period ?? null,
      latestAchievement: numberOrNull(latest?.achievement),
      overdueRealizations: missingOf.get(employeeId) ?? 0,
      overdueEvaluations:
        plan?.status === PlanStatus.APPROVED && plan.evaluatorId !== null
          ? notEvaluated(employeeId, plan.startsOn).length
          : 0,
      predicateLevels: own?.levels ?? [],
      ...(jp && { jpDone: jp.done, belowJpTarget: jp.belowTarget }),
    };
  });

  const mine = (status: PlanStatus) =>
    viewerEmployeeId === null
      ? []
      : members.flatMap(({ employeeId, plan }) =>
          plan?.status === status && plan.evaluatorId === viewerEmployeeId
            ? [{ employeeId, planId: plan.id, startsOn: plan.startsOn }]
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
    ...mine(PlanStatus.APPROVED).flatMap(({ employeeId, planId, startsOn }) =>
      notEvaluated(employeeId, startsOn).map((period) => ({
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
      count: tally[tallyIndex(PERIOD_RANK[period], PREDICATE_LEVEL[predicate])],
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
