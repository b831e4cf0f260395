import { dateProblem } from '../../../platform/graphql/dates';
import type { FieldProblem } from '../../../platform/graphql/errors';
import { type Period } from '../../cycle/cycle.enums';
import { PERIOD_LAST_DAY } from '../../cycle/utils/periods.util';

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** The last day of a period of a cycle year (no list of the year's periods: a hot read's loop calls it). */
export function periodEnd(year: number, period: Period): string {
  return `${year}-${PERIOD_LAST_DAY[period]}`;
}

/**
 * Whether an SKP covering `startsOn`–`endsOn` (null: from the start / to the end of the year)
 * evaluates `period`: each period belongs to the SKP in force on its last day, so after a mutasi
 * the old SKP keeps the periods that ended before the TMT and the new one takes the rest.
 */
export function planCoversPeriod({
  year,
  period,
  startsOn,
  endsOn,
}: {
  year: number;
  period: Period;
  startsOn: string | null;
  endsOn: string | null;
}): boolean {
  const last = periodEnd(year, period);
  return (startsOn === null || startsOn <= last) && (endsOn === null || last <= endsOn);
}

/**
 * What is wrong with a TMT (a mutasi's, or a new employee's first day), or nothing (null: none
 * given): a date, not after `today` (a change is recorded on or after its TMT).
 */
export function tmtProblems(tmt: string | null, today: string): FieldProblem[] {
  if (tmt === null) return [];
  const badDate = dateProblem('tmt', tmt);
  if (badDate) return [badDate];
  return tmt > today
    ? [
        {
          field: 'tmt',
          reason: 'TMT_IN_FUTURE',
          message: `must not be after today (${today}); record the change on or after its TMT`,
          params: { today },
        },
      ]
    : [];
}

/**
 * The problem of reporting or evaluating `period` on an SKP that does not cover it (after a mutasi,
 * or an arrival during the year, the period belongs to another SKP or to none), or null.
 */
export function periodOutsidePlanProblem(
  year: number,
  period: Period,
  plan: { startsOn: string | null; endsOn: string | null },
): FieldProblem | null {
  if (planCoversPeriod({ year, period, startsOn: plan.startsOn, endsOn: plan.endsOn })) return null;
  return {
    field: 'period',
    reason: 'PERIOD_OUTSIDE_PLAN',
    message: `is not covered by this SKP (${plan.startsOn ?? 'cycle start'} – ${plan.endsOn ?? 'cycle end'})`,
    params: { startsOn: plan.startsOn ?? '', endsOn: plan.endsOn ?? '' },
  };
}

/**
 * `planCoversPeriod` as an SQL condition on the plan rows of `alias`. An SKP's first and last days
 * lie in its cycle's year, so the period's last day compares by month and day (`MM-DD`: a DATE reads
 * as `YYYY-MM-DD` text on both engines).
 */
export function planCoversPeriodSql(alias: string, period: Period): string {
  const last = PERIOD_LAST_DAY[period];
  return `(${alias}.startsOn IS NULL OR SUBSTR(${alias}.startsOn, 6) <= '${last}') AND (${alias}.endsOn IS NULL OR '${last}' <= SUBSTR(${alias}.endsOn, 6))`;
}
