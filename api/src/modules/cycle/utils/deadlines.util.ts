import { dateProblem } from '../../../platform/graphql/dates';
import type { FieldProblem } from '../../../platform/graphql/errors';
import { planCoversPeriod } from '../../staffing/utils/staffing-dates.util';
import { CycleStatus, OverdueKind, Period } from '../cycle.enums';
import { periodsOf } from './periods.util';

/**
 * The deadlines (tenggat) of a performance year and their documented defaults. All dates are
 * YYYY-MM-DD on the Asia/Jakarta calendar; "due on D" means done by the end of D, late from D + 1.
 *
 * - SKP approved by 31 January of the year (`skpDueOn`). An SKP that starts later in the year (the
 *   TMT of a mutasi) has as many days from its first day as the cycle gives from 1 January
 *   (`skpDueOnFor`).
 * - Realisations of a triwulan: reportable from its first day until `reportingWindowDays` (30)
 *   after it ends, due `realizationDueDays` (10) after it ends. The annual realisation is only a
 *   correction of the figure derived from the quarters: reportable from 1 October (with TW4) until
 *   the window after 31 December, never due.
 * - A periodic evaluation may be drafted once its period is reportable, finalised only after the
 *   period ends, and is due `evaluationDueDays` (15) after the triwulan ends; the annual one by
 *   31 January of the next year (`annualEvaluationDueOn`).
 */
export const DEADLINE_DEFAULTS = {
  realizationDueDays: 10,
  reportingWindowDays: 30,
  evaluationDueDays: 15,
  skpDueMonthDay: '01-31',
  annualEvaluationDueMonthDay: '01-31',
} as const;

/** The largest day count HR may set for a deadline or the reporting window. */
export const MAX_DEADLINE_DAYS = 90;

export interface CycleDeadlineSettings {
  year: number;
  /** null: the default, 31 January of the year. */
  skpDueOn: string | null;
  realizationDueDays: number;
  reportingWindowDays: number;
  evaluationDueDays: number;
  /** null: the default, 31 January of the next year. */
  annualEvaluationDueOn: string | null;
}

export interface PeriodSchedule {
  period: Period;
  startsOn: string;
  endsOn: string;
  /** First day realisations (and evaluation drafts) may be saved for the period. */
  reportingOpensOn: string;
  /** Last day realisations may be reported for the period. */
  reportingClosesOn: string;
  /** Realisations due; null for ANNUAL (an optional correction of the derived figure). */
  realizationsDueOn: string | null;
  evaluationDueOn: string;
  /** First day the period's evaluation may be finalised: the day after the period ends. */
  finalizableFrom: string;
}

export interface CycleDeadlines {
  year: number;
  skpDueOn: string;
  annualEvaluationDueOn: string;
  realizationDueDays: number;
  reportingWindowDays: number;
  evaluationDueDays: number;
  schedule: PeriodSchedule[];
}

const DAY_MS = 24 * 3600 * 1000;
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** The effective deadlines of a cycle (defaults filled in) and the schedule of each period. */
export function computeCycleDeadlines(settings: CycleDeadlineSettings): CycleDeadlines {
  const { year, realizationDueDays, reportingWindowDays, evaluationDueDays } = settings;
  const annualEvaluationDueOn =
    settings.annualEvaluationDueOn ??
    `${year + 1}-${DEADLINE_DEFAULTS.annualEvaluationDueMonthDay}`;
  const schedule = periodsOf({ year }).map((range): PeriodSchedule => {
    const annual = range.period === Period.ANNUAL;
    return {
      ...range,
      // The annual correction opens with the last triwulan.
      reportingOpensOn: annual ? `${year}-10-01` : range.startsOn,
      reportingClosesOn: addDays(range.endsOn, reportingWindowDays),
      realizationsDueOn: annual ? null : addDays(range.endsOn, realizationDueDays),
      evaluationDueOn: annual ? annualEvaluationDueOn : addDays(range.endsOn, evaluationDueDays),
      finalizableFrom: addDays(range.endsOn, 1),
    };
  });
  return {
    year,
    skpDueOn: settings.skpDueOn ?? `${year}-${DEADLINE_DEFAULTS.skpDueMonthDay}`,
    annualEvaluationDueOn,
    realizationDueDays,
    reportingWindowDays,
    evaluationDueDays,
    schedule,
  };
}

export function scheduleOf(deadlines: CycleDeadlines, period: Period): PeriodSchedule {
  return deadlines.schedule.find((entry) => entry.period === period)!;
}

export type ReportingState = 'NOT_OPEN' | 'OPEN' | 'CLOSED';

/** Whether realisations for a period may be reported on `today`. */
export function reportingState(entry: PeriodSchedule, today: string): ReportingState {
  if (today < entry.reportingOpensOn) return 'NOT_OPEN';
  return today > entry.reportingClosesOn ? 'CLOSED' : 'OPEN';
}

/** The periods realisations may be reported for on `today`, in period order. */
export function openReportingPeriods(deadlines: CycleDeadlines, today: string): Period[] {
  return deadlines.schedule
    .filter((entry) => reportingState(entry, today) === 'OPEN')
    .map((entry) => entry.period);
}

/** Whether an evaluation of the period may be saved as a draft on `today` (reporting has opened). */
export function canDraftEvaluation(entry: PeriodSchedule, today: string): boolean {
  return today >= entry.reportingOpensOn;
}

/** Whether an evaluation of the period may be finalised on `today` (the period has ended). */
export function canFinalizeEvaluation(entry: PeriodSchedule, today: string): boolean {
  return today >= entry.finalizableFrom;
}

/** Days past `dueOn` on `today`, or null when it is not yet late (the due day itself is not). */
export function daysLate(dueOn: string | null, today: string): number | null {
  if (dueOn === null) return null;
  const late = daysBetween(dueOn, today);
  return late > 0 ? late : null;
}

export interface DeadlineInput {
  skpDueOn?: string | null;
  annualEvaluationDueOn?: string | null;
  realizationDueDays?: number | null;
  reportingWindowDays?: number | null;
  evaluationDueDays?: number | null;
}

/**
 * What is wrong with HR's new deadlines for a cycle year (after merging with the current ones):
 * the SKP is due within the year, the annual evaluation after it ends and within the next year,
 * day counts are whole numbers from 0 to 90, and reporting stays open at least until realisations
 * are due.
 */
export function deadlineProblems({
  year,
  settings,
}: {
  year: number;
  settings: Omit<CycleDeadlineSettings, 'year'>;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const dateWithin = (field: string, value: string | null, from: string, to: string) => {
    if (value === null) return;
    const notADate = dateProblem(field, value);
    if (notADate) problems.push(notADate);
    else if (value < from || value > to)
      problems.push({
        field,
        reason: 'DATE_RANGE',
        message: `must be from ${from} to ${to}`,
        params: { from, to },
      });
  };
  dateWithin('skpDueOn', settings.skpDueOn, `${year}-01-01`, `${year}-12-31`);
  dateWithin(
    'annualEvaluationDueOn',
    settings.annualEvaluationDueOn,
    `${year + 1}-01-01`,
    `${year + 1}-12-31`,
  );
  const days = (field: keyof typeof settings, value: number) => {
    if (!Number.isInteger(value) || value < 0 || value > MAX_DEADLINE_DAYS) {
      problems.push({
        field,
        reason: 'DAYS_RANGE',
        message: `must be a whole number of days from 0 to ${MAX_DEADLINE_DAYS}`,
        params: { min: 0, max: MAX_DEADLINE_DAYS },
      });
      return false;
    }
    return true;
  };
  const dueOk = days('realizationDueDays', settings.realizationDueDays);
  const windowOk = days('reportingWindowDays', settings.reportingWindowDays);
  days('evaluationDueDays', settings.evaluationDueDays);
  if (dueOk && windowOk && settings.reportingWindowDays < settings.realizationDueDays)
    problems.push({
      field: 'reportingWindowDays',
      reason: 'REPORTING_WINDOW_TOO_SHORT',
      message:
        'must be at least realizationDueDays: reporting may not close before realisations are due',
    });
  return problems;
}

// ---- overdue ----------------------------------------------------------------------------------

/** Only a running year makes anyone late: nothing is overdue while PLANNING or once CLOSED. */
export const OVERDUE_CYCLE_STATUSES: readonly CycleStatus[] = [
  CycleStatus.ACTIVE,
  CycleStatus.CALIBRATION,
];

export interface OverdueFact {
  kind: OverdueKind;
  /** The period concerned; null for the SKP. */
  period: Period | null;
  dueOn: string;
  daysLate: number;
}

const QUARTERS = [Period.TW1, Period.TW2, Period.TW3, Period.TW4];

/**
 * The days of the cycle year an SKP covers; null bounds are the year's first and last day. A mutasi
 * closes the current SKP the day before its TMT and starts the next one on the TMT.
 */
export interface PlanSpan {
  startsOn: string | null;
  endsOn: string | null;
}

/** The SKP that covers the whole year: the first of the cycle, while no mutasi has split it. */
export const WHOLE_YEAR: PlanSpan = { startsOn: null, endsOn: null };

/**
 * When an SKP is to be approved by: the cycle's `skpDueOn` for one that covers the year from its
 * start; one that starts later (the TMT of a mutasi) gets as many days from its first day as the
 * cycle gives from 1 January (30 by default). Whoever moves in November is not late since January.
 */
export function skpDueOnFor(deadlines: CycleDeadlines, startsOn: string | null): string {
  if (startsOn === null) return deadlines.skpDueOn;
  return addDays(startsOn, daysBetween(`${deadlines.year}-01-01`, deadlines.skpDueOn));
}

/**
 * Those of `periods` of the cycle year that belong to an SKP of `span` (each period to the SKP in
 * force on its last day).
 */
export function periodsCovered(
  year: number,
  span: PlanSpan,
  periods: readonly Period[],
): readonly Period[] {
  // The SKP of a whole year (nearly every one) covers them all.
  if (span.startsOn === null && span.endsOn === null) return periods;
  return periods.filter((period) =>
    planCoversPeriod({ year, period, startsOn: span.startsOn, endsOn: span.endsOn }),
  );
}

/**
 * The SKP is late when it is not APPROVED (or not even created: `approved` false) after its due
 * date (`skpDueOnFor`: the cycle's, or later for an SKP that starts with a mutasi).
 */
export function skpOverdue({
  deadlines,
  approved,
  today,
  startsOn = null,
}: {
  deadlines: CycleDeadlines;
  approved: boolean;
  today: string;
  /** The SKP's first day; null (or left out) from the start of the year. */
  startsOn?: string | null;
}): OverdueFact | null {
  if (approved) return null;
  const dueOn = skpDueOnFor(deadlines, startsOn);
  const late = daysLate(dueOn, today);
  return late === null
    ? null
    : {
        kind: OverdueKind.SKP_NOT_APPROVED,
        period: null,
        dueOn,
        daysLate: late,
      };
}

/**
 * The triwulan whose realisations are late: past their due date with at least one indicator of
 * the approved SKP unreported (`missing` counts them per quarter), among those the SKP covers
 * (`span`: the whole year unless a mutasi split it). The annual figure is derived.
 */
export function realizationsOverdue({
  deadlines,
  missing,
  today,
  span = WHOLE_YEAR,
}: {
  deadlines: CycleDeadlines;
  missing: Partial<Record<Period, number>>;
  today: string;
  span?: PlanSpan;
}): OverdueFact[] {
  return periodsCovered(deadlines.year, span, QUARTERS).flatMap((period) => {
    const dueOn = scheduleOf(deadlines, period).realizationsDueOn!;
    const late = daysLate(dueOn, today);
    return late !== null && (missing[period] ?? 0) > 0
      ? [{ kind: OverdueKind.REALIZATION_MISSING, period, dueOn, daysLate: late }]
      : [];
  });
}

/** A period's evaluation is late when it is not final (missing or DRAFT) after its due date. */
export function evaluationOverdue({
  deadlines,
  period,
  final,
  today,
}: {
  deadlines: CycleDeadlines;
  period: Period;
  final: boolean;
  today: string;
}): OverdueFact | null {
  const { evaluationDueOn } = scheduleOf(deadlines, period);
  const late = final ? null : daysLate(evaluationDueOn, today);
  if (late === null) return null;
  return {
    kind:
      period === Period.ANNUAL
        ? OverdueKind.ANNUAL_EVALUATION_NOT_FINAL
        : OverdueKind.EVALUATION_NOT_FINAL,
    period,
    dueOn: evaluationDueOn,
    daysLate: late,
  };
}

/** The triwulan whose realisations are past due on `today` (to ask the database what is missing). */
export function realizationsDue(deadlines: CycleDeadlines, today: string): Period[] {
  return deadlines.schedule
    .filter((entry) => daysLate(entry.realizationsDueOn, today) !== null)
    .map((entry) => entry.period);
}

/** The periods whose evaluation is past due on `today` (to ask the database which are final). */
export function evaluationsDue(deadlines: CycleDeadlines, today: string): Period[] {
  return deadlines.schedule
    .filter((entry) => daysLate(entry.evaluationDueOn, today) !== null)
    .map((entry) => entry.period);
}

/** The most pressing of several overdue facts: the longest late, then period order. */
export function mostOverdue(facts: readonly OverdueFact[]): OverdueFact | null {
  return facts.reduce<OverdueFact | null>(
    (worst, fact) => (worst === null || fact.daysLate > worst.daysLate ? fact : worst),
    null,
  );
}
