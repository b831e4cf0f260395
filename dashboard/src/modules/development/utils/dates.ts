import { jakartaToday } from '../../ui/utils/dates';

export { formatDay, jakartaToday } from '../../ui/utils/dates';

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

/** Past its due date and not finished. */
export const isOverdue = (dueDate: string | null, today: string = jakartaToday()) =>
  Boolean(dueDate && dueDate < today);
