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

// One formatter per language: building one costs far more than formatting with it.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "31 Des 2026" in the user's language; the text as given when it is not a date. */
export function formatDay(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(locale, format);
  }
  return format.format(date);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
