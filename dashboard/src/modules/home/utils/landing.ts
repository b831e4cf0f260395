import type { TeamMember, TrendPoint, UnitSummary } from '../../analytics/types';
import type { CycleStatus, EvaluationStatus, Period, Predicate } from '../../api/generated/graphql';
import { PERIODS } from '../../cycles/utils/cycles';

/** The newest cycle whose numbers are settled enough to check against the curve. */
export function pickSettledCycle<C extends { year: number; status: CycleStatus }>(
  cycles: readonly C[],
): C | null {
  return (
    [...cycles]
      .filter((cycle) => cycle.status === 'CALIBRATION' || cycle.status === 'CLOSED')
      .sort((a, b) => b.year - a.year)[0] ?? null
  );
}

export type Direction = 'up' | 'down' | 'same';

export interface TrendSummary {
  latest: TrendPoint;
  /** Predicate levels of the last points, oldest first (for the sparkline). */
  levels: number[];
  /** How the latest predicate level compares with the point before it (null: first point). */
  change: Direction | null;
}

/** The latest final evaluation and the few before it; null before any evaluation is final. */
export function summarizeTrend({
  points,
  lastCount = 8,
}: {
  points: readonly TrendPoint[];
  lastCount?: number;
}): TrendSummary | null {
  const latest = points[points.length - 1];
  if (!latest) return null;
  const previous = points[points.length - 2];
  const change: Direction | null = previous
    ? latest.predicateLevel > previous.predicateLevel
      ? 'up'
      : latest.predicateLevel < previous.predicateLevel
        ? 'down'
        : 'same'
    : null;
  return {
    latest,
    levels: points.slice(-lastCount).map((point) => point.predicateLevel),
    change,
  };
}

const WEAK_PREDICATES: readonly Predicate[] = ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

export type AttentionReason = 'overdueRealizations' | 'overdueEvaluations' | 'weakPredicate';

type AttentionFields = Pick<
  TeamMember,
  'latestPredicate' | 'overdueRealizations' | 'overdueEvaluations'
>;

export interface MemberAttention<M extends AttentionFields = TeamMember> {
  member: M;
  reasons: AttentionReason[];
}

/** Members with something overdue or a weak latest predicate, most reasons first. */
export function membersNeedingAttention<M extends AttentionFields>({
  members,
}: {
  members: readonly M[];
}): MemberAttention<M>[] {
  return members
    .map((member) => {
      const reasons: AttentionReason[] = [];
      if (member.overdueRealizations > 0) reasons.push('overdueRealizations');
      if (member.overdueEvaluations > 0) reasons.push('overdueEvaluations');
      if (member.latestPredicate && WEAK_PREDICATES.includes(member.latestPredicate))
        reasons.push('weakPredicate');
      return { member, reasons };
    })
    .filter((entry) => entry.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length);
}

export interface CompletionTotals {
  members: number;
  approvedPlans: number;
  /** Approved SKP per active employee, 0–100; null without members. */
  planCompletion: number | null;
  evaluationsDone: number;
  evaluationsExpected: number;
  /** Final evaluations per evaluation due, 0–100; null while none is due. */
  evaluationCompletion: number | null;
}

/** The kecamatan as a whole: the units' counts added up (not their percentages averaged). */
/** The counts a unit's completion is summed from. */
type CompletionCounts = Pick<
  UnitSummary,
  'members' | 'approvedPlans' | 'evaluationsDone' | 'evaluationsExpected'
>;

export function totalCompletion({
  units,
}: {
  units: readonly CompletionCounts[];
}): CompletionTotals {
  const sum = (pick: (unit: CompletionCounts) => number) =>
    units.reduce((total, unit) => total + pick(unit), 0);
  const members = sum((unit) => unit.members);
  const approvedPlans = sum((unit) => unit.approvedPlans);
  const evaluationsDone = sum((unit) => unit.evaluationsDone);
  const evaluationsExpected = sum((unit) => unit.evaluationsExpected);
  return {
    members,
    approvedPlans,
    planCompletion: members > 0 ? (approvedPlans / members) * 100 : null,
    evaluationsDone,
    evaluationsExpected,
    evaluationCompletion:
      evaluationsExpected > 0 ? (evaluationsDone / evaluationsExpected) * 100 : null,
  };
}

/** Final evaluations the employee has not acknowledged yet. */
export const countUnacknowledged = (evaluations: readonly { status: EvaluationStatus | null }[]) =>
  evaluations.filter((evaluation) => evaluation.status === 'FINAL').length;

/** Penilaian Saya opened on the oldest evaluation still to acknowledge (the one to read first). */
export function acknowledgeLink(
  evaluations: readonly {
    id: string;
    status: EvaluationStatus | null;
    period?: Period | null;
    cycle?: { year: number } | null;
  }[],
): string {
  const waiting = evaluations
    .filter((evaluation) => evaluation.status === 'FINAL')
    .sort(
      (a, b) =>
        (a.cycle?.year ?? 0) - (b.cycle?.year ?? 0) ||
        PERIODS.indexOf(a.period ?? 'TW1') - PERIODS.indexOf(b.period ?? 'TW1'),
    );
  return waiting[0] ? `/penilaian-saya?evaluasi=${waiting[0].id}` : '/penilaian-saya';
}
