import { dateProblem, isCalendarDate, parseDate } from '../dates';

describe('parseDate', () => {
  it.each([
    ['2026-01-01', { year: 2026, month: 1, day: 1 }],
    ['2026-12-31', { year: 2026, month: 12, day: 31 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['1000-01-01', { year: 1000, month: 1, day: 1 }],
    ['9999-12-31', { year: 9999, month: 12, day: 31 }],
  ])('reads %s', (value, expected) => {
    expect(parseDate(value)).toEqual(expected);
  });

  it.each([
    ['2026-13-45', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-02-30', '30 February'],
    ['2026-02-29', '29 February outside a leap year'],
    ['1900-02-29', '29 February of a century year that is not a leap year'],
    ['2026-04-31', '31 April'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
    ['0999-12-31', 'a year before 1000, which MySQL does not store'],
    ['0000-01-01', 'year 0'],
    ['26-01-01', 'a two-digit year'],
    ['2026-1-1', 'no leading zeros'],
    ['2026/01/01', 'slashes'],
    ['2026-01-01T00:00:00Z', 'a time'],
    [' 2026-01-01', 'a leading space'],
    ['', 'nothing'],
    ['tomorrow', 'words'],
  ])('rejects %s (%s)', (value) => {
    expect(parseDate(value)).toBeNull();
  });
});

describe('isCalendarDate', () => {
  it.each([
    [{ year: 2028, month: 2, day: 29 }, true],
    [{ year: 2100, month: 2, day: 29 }, false],
    [{ year: 2026, month: 6, day: 30 }, true],
    [{ year: 2026, month: 6, day: 31 }, false],
    [{ year: 2026, month: 1.5, day: 1 }, false],
    [{ year: 2026, month: Number.NaN, day: 1 }, false],
  ])('%j is %s', (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
  });
});

describe('dateProblem', () => {
  it('names the field for an impossible date and passes a real one', () => {
    expect(dateProblem('dueDate', '2026-13-45')).toEqual({
      field: 'dueDate',
      reason: 'INVALID_DATE',
      message: 'must be a date as YYYY-MM-DD',
    });
    expect(dateProblem('dueDate', '2026-03-31')).toBeNull();
  });
});
