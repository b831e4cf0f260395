import type { Period } from '../../api/generated/graphql';

/** One period of the cycle's schedule, as the API exposes it (`Cycle.deadlines.schedule`). */
export interface PeriodSchedule {
  period: Period;
  /** First day its evaluation may be finalised (YYYY-MM-DD, Asia/Jakarta). */
  finalizableFrom: string;
  /** Its evaluation is final by (YYYY-MM-DD, Asia/Jakarta); past it, overdue. */
  evaluationDueOn: string;
}

/**
 * The period the supervisors' Penilaian opens on, `today` (YYYY-MM-DD, Asia/Jakarta): the oldest
 * period past its evaluation deadline that still has members without a final evaluation; if none
 * is overdue, the finalisable period with members still to evaluate that is due first; if every
 * finalisable period is done, the latest of them. Never a period still running (it cannot be
 * finalised yet): null when no period has ended. `pending` counts, per period, the members without
 * a final evaluation. `schedule` is in the API's order (TW1 to TW4, then ANNUAL).
 */
export function openingPeriod({
  schedule,
  today,
  pending,
}: {
  schedule: readonly PeriodSchedule[];
  today: string;
  pending: Partial<Record<Period, number>>;
}): Period | null {
  const finalizable = schedule.filter((entry) => entry.finalizableFrom <= today);
  const open = finalizable.filter((entry) => (pending[entry.period] ?? 0) > 0);
  const overdue = open.find((entry) => entry.evaluationDueOn < today);
  if (overdue) return overdue.period;
  const dueFirst = [...open].sort((a, b) => a.evaluationDueOn.localeCompare(b.evaluationDueOn))[0];
  if (dueFirst) return dueFirst.period;
  return finalizable.at(-1)?.period ?? null;
}

/** Per period, the plans with no final evaluation (none yet, or still a draft). */
export function pendingPerPeriod({
  planIds,
  evaluations,
}: {
  planIds: readonly string[];
  evaluations: readonly { period: Period; status: string; planId: string | null }[];
}): Partial<Record<Period, number>> {
  const finalOf = new Map<Period, Set<string>>();
  for (const evaluation of evaluations) {
    if (evaluation.status === 'DRAFT' || !evaluation.planId) continue;
    const plans = finalOf.get(evaluation.period) ?? new Set<string>();
    plans.add(evaluation.planId);
    finalOf.set(evaluation.period, plans);
  }
  const pending: Partial<Record<Period, number>> = {};
  for (const period of ['TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL'] as const) {
    const final = finalOf.get(period);
    pending[period] = planIds.filter((id) => !final?.has(id)).length;
  }
  return pending;
}
