import type { CycleDeadlines, OverdueItem } from '../types';
import {
  daysBetween,
  formatDay,
  jakartaToday,
  sortByDaysLate,
  finalizableFrom,
  startedPeriods,
  upcomingDeadlines,
} from '../utils/deadlines';
import { DEFAULT_DEADLINES } from './fixtures';

const quarter = (
  period: 'TW1' | 'TW2' | 'TW3' | 'TW4',
  end: string,
  due: string,
  evalDue: string,
) => ({
  __typename: 'PeriodDeadline' as const,
  period,
  startsOn: '',
  endsOn: end,
  reportingOpensOn: '',
  reportingClosesOn: '',
  realizationsDueOn: due,
  evaluationDueOn: evalDue,
  finalizableFrom: '',
});
const deadlines: CycleDeadlines = {
  ...DEFAULT_DEADLINES,
  schedule: [
    quarter('TW1', '2026-03-31', '2026-04-10', '2026-04-15'),
    quarter('TW2', '2026-06-30', '2026-07-10', '2026-07-15'),
    quarter('TW3', '2026-09-30', '2026-10-10', '2026-10-15'),
    quarter('TW4', '2026-12-31', '2027-01-10', '2027-01-15'),
    {
      ...quarter('TW4', '2026-12-31', '', '2027-01-31'),
      period: 'ANNUAL',
      realizationsDueOn: null,
    },
  ],
};

describe('deadline helpers', () => {
  it('reads today on the Jakarta calendar', () => {
    expect(jakartaToday(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
    expect(jakartaToday(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02');
  });

  it('counts days and formats a day in the reader’s language', () => {
    expect(daysBetween('2026-12-02', '2027-01-10')).toBe(39);
    expect(formatDay('2027-01-31', 'id-ID')).toBe('31 Jan 2027');
    expect(formatDay('2027-01-31', 'en-GB')).toBe('31 Jan 2027');
    expect(formatDay('not a day', 'id-ID')).toBe('not a day');
  });

  it('lists the next deadlines from today, nearest first, today included', () => {
    expect(upcomingDeadlines(deadlines, '2026-12-02')).toEqual([
      { kind: 'REALIZATIONS', period: 'TW4', dueOn: '2027-01-10', inDays: 39 },
      { kind: 'EVALUATION', period: 'TW4', dueOn: '2027-01-15', inDays: 44 },
      { kind: 'ANNUAL_EVALUATION', period: 'ANNUAL', dueOn: '2027-01-31', inDays: 60 },
    ]);
    expect(upcomingDeadlines(deadlines, '2026-01-31', 2)).toEqual([
      { kind: 'SKP', period: null, dueOn: '2026-01-31', inDays: 0 },
      { kind: 'REALIZATIONS', period: 'TW1', dueOn: '2026-04-10', inDays: 69 },
    ]);
    expect(upcomingDeadlines(deadlines, '2027-02-01')).toEqual([]);
  });

  it.each([
    [2026, '2025-12-31', []],
    [2026, '2026-01-01', ['TW1']],
    [2026, '2026-09-30', ['TW1', 'TW2', 'TW3']],
    [2026, '2026-10-01', ['TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL']],
    [2025, '2026-12-02', ['TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL']],
  ])('in %d on %s the periods that may be evaluated are %j', (year, today, expected) => {
    expect(startedPeriods(year, today)).toEqual(expected);
  });

  it.each([
    [2026, 'TW1', '2026-04-01'],
    [2026, 'TW2', '2026-07-01'],
    [2026, 'TW3', '2026-10-01'],
    [2026, 'TW4', '2027-01-01'],
    [2026, 'ANNUAL', '2027-01-01'],
    [2028, 'TW1', '2028-04-01'],
  ] as const)('a %d %s evaluation may be finalised from %s', (year, period, day) => {
    expect(finalizableFrom(year, period)).toBe(day);
  });

  it('sorts overdue items by days late either way, then by name', () => {
    const item = (name: string, daysLate: number): OverdueItem => ({
      __typename: 'OverdueItem',
      kind: 'REALIZATION_MISSING',
      period: 'TW3',
      dueOn: '2026-10-10',
      daysLate,
      employee: { __typename: 'Employee', id: name, name },
      responsible: null,
    });
    const items = [item('Budi', 5), item('Ani', 53), item('Citra', 5)];
    expect(sortByDaysLate(items, 'descending').map((i) => i.employee?.name)).toEqual([
      'Ani',
      'Budi',
      'Citra',
    ]);
    expect(sortByDaysLate(items, 'ascending').map((i) => i.employee?.name)).toEqual([
      'Budi',
      'Citra',
      'Ani',
    ]);
  });
});
