import { Period } from '../cycle.enums';

export interface PeriodRange {
  period: Period;
  /** First day, YYYY-MM-DD, Asia/Jakarta calendar. */
  startsOn: string;
  /** Last day, YYYY-MM-DD, Asia/Jakarta calendar. */
  endsOn: string;
}

const QUARTERS: [Period, string, string][] = [
  [Period.TW1, '01-01', '03-31'],
  [Period.TW2, '04-01', '06-30'],
  [Period.TW3, '07-01', '09-30'],
  [Period.TW4, '10-01', '12-31'],
];

/** Each period's last day in its year, as `MM-DD` (the annual period ends with the fourth triwulan). */
export const PERIOD_LAST_DAY: Readonly<Record<Period, string>> = {
  ...(Object.fromEntries(QUARTERS.map(([period, , end]) => [period, end])) as Record<
    Period,
    string
  >),
  [Period.ANNUAL]: '12-31',
};

/** A period's place within its year: the four triwulan, then the annual evaluation. */
export const PERIOD_RANK: Readonly<Record<Period, number>> = {
  [Period.TW1]: 1,
  [Period.TW2]: 2,
  [Period.TW3]: 3,
  [Period.TW4]: 4,
  [Period.ANNUAL]: 5,
};

/** The four triwulan and the annual period of a cycle year. */
export function periodsOf({ year }: { year: number }): PeriodRange[] {
  return [
    ...QUARTERS.map(([period, start, end]) => ({
      period,
      startsOn: `${year}-${start}`,
      endsOn: `${year}-${end}`,
    })),
    { period: Period.ANNUAL, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` },
  ];
}

/** Today's date on the Asia/Jakarta calendar (UTC+7, no daylight saving), as YYYY-MM-DD. */
export function jakartaDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The triwulan a Jakarta date falls in, or null when it is outside the cycle's year. */
export function quarterOn({ year, date }: { year: number; date: string }): Period | null {
  const found = periodsOf({ year }).find(
    (range) => range.period !== Period.ANNUAL && range.startsOn <= date && date <= range.endsOn,
  );
  return found?.period ?? null;
}

/**
 * Periods a realisation may be reported for on `date`: every triwulan that has started, and the
 * annual period once the last triwulan has started. A past cycle year allows them all.
 */
export function reportablePeriods({ year, date }: { year: number; date: string }): Period[] {
  return periodsOf({ year })
    .filter((range) =>
      range.period === Period.ANNUAL ? `${year}-10-01` <= date : range.startsOn <= date,
    )
    .map((range) => range.period);
}
