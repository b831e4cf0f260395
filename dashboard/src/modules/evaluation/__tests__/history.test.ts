import type { Period, Predicate } from '../../api/generated/graphql';
import { groupByYear, yearOf } from '../utils/history';

const evaluation = (
  id: string,
  year: number,
  period: Period,
  predicate: Predicate,
  { revision = 0, supersededAt = null as string | null } = {},
) => ({ id, period, predicate, revision, supersededAt, cycle: { year } });

const HISTORY = [
  evaluation('a', 2025, 'TW1', 'BAIK'),
  evaluation('b', 2026, 'TW1', 'BAIK'),
  evaluation('c', 2025, 'ANNUAL', 'BUTUH_PERBAIKAN', { supersededAt: '2026-01-20T00:00:00Z' }),
  evaluation('d', 2025, 'ANNUAL', 'BAIK', { revision: 1 }),
  evaluation('e', 2026, 'TW2', 'SANGAT_BAIK'),
  evaluation('f', 2024, 'ANNUAL', 'KURANG'),
];

describe('groupByYear', () => {
  it('puts the newest year first, its latest period and revision first', () => {
    const groups = groupByYear(HISTORY);
    expect(groups.map((group) => group.year)).toEqual([2026, 2025, 2024]);
    expect(groups[0].evaluations.map((item) => item.id)).toEqual(['e', 'b']);
    expect(groups[1].evaluations.map((item) => item.id)).toEqual(['d', 'c', 'a']);
  });

  it('lists each year’s in-force predicates in period order for one line', () => {
    expect(groupByYear(HISTORY)[1].predicates).toEqual([
      { period: 'TW1', predicate: 'BAIK' },
      { period: 'ANNUAL', predicate: 'BAIK' },
    ]);
  });

  it('finds the year of a linked evaluation', () => {
    const groups = groupByYear(HISTORY);
    expect(yearOf(groups, 'c')).toBe(2025);
    expect(yearOf(groups, 'zz')).toBeNull();
    expect(yearOf(groups, null)).toBeNull();
  });

  it('has no group without evaluations', () => {
    expect(groupByYear([])).toEqual([]);
  });
});
