import type { FieldProblem } from './errors';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// DATE columns hold years 1000–9999 on MySQL/MariaDB; SQLite keeps the text as given.
const EARLIEST_YEAR = 1000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const DATE_MESSAGE = 'must be a date as YYYY-MM-DD';

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Whether the day exists on the Gregorian calendar: no month 13, no 30 February. */
export function isCalendarDate({ year, month, day }: CalendarDate): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1)
    return false;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= days;
}

/** A `YYYY-MM-DD` input as a calendar date both databases store, or null when it is not one. */
export function parseDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return date.year >= EARLIEST_YEAR && isCalendarDate(date) ? date : null;
}

/** The one check of every date input: the problem naming `field`, or null for a real date. */
export function dateProblem(field: string, value: string): FieldProblem | null {
  return parseDate(value) ? null : { field, reason: 'INVALID_DATE', message: DATE_MESSAGE };
}
