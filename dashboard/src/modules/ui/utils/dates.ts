// WIB is UTC+7 all year (no daylight saving): plain arithmetic, not an Intl formatter with a time
// zone, whose first use loads the zone data (a long task on a slow phone, on Beranda's first render).
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const inJakarta = (now: Date) => new Date(now.getTime() + WIB_OFFSET_MS);

/** Today on the Surabaya (WIB, Asia/Jakarta) calendar as YYYY-MM-DD, whatever the device's zone. */
export function jakartaToday(now: Date = new Date()): string {
  return inJakarta(now).toISOString().slice(0, 10);
}

/** The hour (0-23) in Surabaya (WIB), whatever the device's zone. */
export function jakartaHour(now: Date = new Date()): number {
  return inJakarta(now).getUTCHours();
}

// Short month names as CLDR gives them for the dashboard's two languages ("31 Des 2026",
// "31 Dec 2026"): formatting without Intl, whose first use loads the ICU data (a long task on a
// phone, on Beranda's first render). Other locales go to Intl.
const SHORT_MONTHS: Readonly<Record<string, readonly string[]>> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  'en-gb': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};
const monthsOf = (locale: string) =>
  SHORT_MONTHS[locale.toLowerCase()] ?? SHORT_MONTHS[locale.slice(0, 2).toLowerCase()];

/** "31 Des 2026" in the user's language; the text as given when it is not a date. */
export function formatDay(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const months = monthsOf(locale);
  if (!months)
    return new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  // The calendar's own day, month and year (an impossible day such as 31 April rolls over as it did).
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
