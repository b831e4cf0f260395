import { type Period } from '../../cycle/cycle.enums';
import { periodsOf } from '../../cycle/utils/periods.util';

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** The last day of a period of a cycle year. */
export function periodEnd(year: number, period: Period): string {
  return periodsOf({ year }).find((range) => range.period === period)!.endsOn;
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
