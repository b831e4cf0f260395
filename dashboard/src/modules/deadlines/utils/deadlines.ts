import { daysBetween } from '../../ui/utils/dates';
import type { CycleDeadlines, OverdueItem } from '../types';
import type { Period } from '../../api/generated/graphql';

export { daysBetween, formatDay, jakartaToday } from '../../ui/utils/dates';

const QUARTER_STARTS: [Period, string][] = [
  ['TW1', '01-01'],
  ['TW2', '04-01'],
  ['TW3', '07-01'],
  ['TW4', '10-01'],
];

/**
 * The periods of a cycle year that have started on `today`: their evaluation may be saved (as the
 * API's Cycle.evaluablePeriods), also after reporting closed; ANNUAL opens with TW4 (1 October).
 */
export function startedPeriods(year: number, today: string): Period[] {
  const started = QUARTER_STARTS.filter(([, start]) => `${year}-${start}` <= today).map(
    ([period]) => period,
  );
  return started.includes('TW4') ? [...started, 'ANNUAL'] : started;
}

const PERIOD_ENDS: Record<Period, string> = {
  TW1: '03-31',
  TW2: '06-30',
  TW3: '09-30',
  TW4: '12-31',
  ANNUAL: '12-31',
};

/** The first day an evaluation of the period may be finalised: the day after the period ends. */
export function finalizableFrom(year: number, period: Period): string {
  const end = new Date(`${year}-${PERIOD_ENDS[period]}T00:00:00Z`);
  return new Date(end.getTime() + 86_400_000).toISOString().slice(0, 10);
}

export type DeadlineKind = 'SKP' | 'REALIZATIONS' | 'EVALUATION' | 'ANNUAL_EVALUATION';

export interface UpcomingDeadline {
  kind: DeadlineKind;
  period: Period | null;
  dueOn: string;
  /** Days from today; 0 is today. */
  inDays: number;
}

/** The next deadlines of a cycle from `today` on (today included), nearest first. */
export function upcomingDeadlines(
  deadlines: CycleDeadlines,
  today: string,
  limit = 3,
): UpcomingDeadline[] {
  type Deadline = Omit<UpcomingDeadline, 'inDays'>;
  const all: Deadline[] = [{ kind: 'SKP', period: null, dueOn: deadlines.skpDueOn }];
  for (const entry of deadlines.schedule) {
    if (entry.period === 'ANNUAL') {
      all.push({ kind: 'ANNUAL_EVALUATION', period: entry.period, dueOn: entry.evaluationDueOn });
      continue;
    }
    if (entry.realizationsDueOn)
      all.push({ kind: 'REALIZATIONS', period: entry.period, dueOn: entry.realizationsDueOn });
    all.push({ kind: 'EVALUATION', period: entry.period, dueOn: entry.evaluationDueOn });
  }
  return (
    all
      .filter((deadline) => deadline.dueOn >= today)
      .map((deadline) => ({ ...deadline, inDays: daysBetween(today, deadline.dueOn) }))
      // ISO dates sort as plain strings; localeCompare would build an ICU collator on Beranda's render.
      .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
      .slice(0, limit)
  );
}

export type SortDirection = 'ascending' | 'descending';

/** Items by days late (then name), in either direction. */
export function sortByDaysLate(items: readonly OverdueItem[], direction: SortDirection) {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...items].sort(
    (a, b) =>
      sign * (a.daysLate - b.daysLate) ||
      (a.employee?.name ?? '').localeCompare(b.employee?.name ?? ''),
  );
}
