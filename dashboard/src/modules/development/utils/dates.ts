/** Today in Asia/Jakarta as YYYY-MM-DD. */
export function jakartaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * A due date to suggest: three months from today, but inside the cycle year (its last day when
 * the year is nearly over, its 31 March when the year is still ahead).
 */
export function suggestedDueDate(cycleYear: number, today: string = jakartaToday()): string {
  const yearEnd = `${cycleYear}-12-31`;
  const [year, month, day] = today.split('-').map(Number);
  const inThreeMonths = new Date(Date.UTC(year, month - 1 + 3, Math.min(day, 28)));
  const candidate = inThreeMonths.toISOString().slice(0, 10);
  if (candidate > yearEnd) return yearEnd;
  if (candidate < `${cycleYear}-01-01`) return `${cycleYear}-03-31`;
  return candidate;
}

/** "31 Des 2026" in the user's language; the text as given when it is not a date. */
export function formatDay(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Past its due date and not finished. */
export const isOverdue = (dueDate: string | null, today: string = jakartaToday()) =>
  Boolean(dueDate && dueDate < today);
