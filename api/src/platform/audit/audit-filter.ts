import { dateProblem, parseDate } from '../graphql/dates';
import type { FieldProblem } from '../graphql/errors';

/** Asia/Jakarta keeps UTC+7 all year (no daylight saving). */
const JAKARTA_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The first instant of a Jakarta calendar day, as a UTC Date. */
function jakartaDayStart(date: string): Date {
  const day = parseDate(date);
  if (!day) throw new Error(`not a date: ${date}`);
  return new Date(Date.UTC(day.year, day.month - 1, day.day) - JAKARTA_OFFSET_MS);
}

/** The problems of a date range filter (`from`, `to` inclusive, YYYY-MM-DD in Asia/Jakarta). */
export function dateRangeProblems(
  { from, to }: { from?: string | null; to?: string | null },
  prefix = 'filter',
): FieldProblem[] {
  const problems = [
    from ? dateProblem(`${prefix}.from`, from) : null,
    to ? dateProblem(`${prefix}.to`, to) : null,
  ].filter((problem): problem is FieldProblem => problem !== null);
  if (problems.length === 0 && from && to && to < from)
    problems.push({
      field: `${prefix}.to`,
      reason: 'DATE_BEFORE_START',
      message: 'must not be before from',
      params: { from },
    });
  return problems;
}

/**
 * The instants a valid Jakarta date range covers: from the start of `from` (inclusive) to the
 * start of the day after `to` (exclusive), so `createdAt` compares against an index directly.
 */
export function jakartaDayBounds({ from, to }: { from?: string | null; to?: string | null }): {
  since: Date | null;
  until: Date | null;
} {
  return {
    since: from ? jakartaDayStart(from) : null,
    until: to ? new Date(jakartaDayStart(to).getTime() + DAY_MS) : null,
  };
}
