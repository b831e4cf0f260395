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
 * a final evaluation (the API's `Cycle.evaluationBacklog`). `schedule` is in the API's order (TW1
 * to TW4, then ANNUAL).
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
