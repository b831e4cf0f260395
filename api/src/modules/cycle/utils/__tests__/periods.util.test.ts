import { Period } from '../../cycle.enums';
import { jakartaDate, periodsOf, quarterOn, reportablePeriods } from '../periods.util';

describe('periods', () => {
  it('lists the four triwulan and the annual period of a year', () => {
    expect(periodsOf({ year: 2026 })).toEqual([
      { period: Period.TW1, startsOn: '2026-01-01', endsOn: '2026-03-31' },
      { period: Period.TW2, startsOn: '2026-04-01', endsOn: '2026-06-30' },
      { period: Period.TW3, startsOn: '2026-07-01', endsOn: '2026-09-30' },
      { period: Period.TW4, startsOn: '2026-10-01', endsOn: '2026-12-31' },
      { period: Period.ANNUAL, startsOn: '2026-01-01', endsOn: '2026-12-31' },
    ]);
  });

  it.each([
    ['2026-03-31T16:59:59Z', '2026-03-31'],
    ['2026-03-31T17:00:00Z', '2026-04-01'],
    ['2025-12-31T17:30:00Z', '2026-01-01'],
  ])('reads %s as %s in Jakarta', (instant, date) => {
    expect(jakartaDate(new Date(instant))).toBe(date);
  });

  it.each([
    [2026, '2026-01-01', Period.TW1],
    [2026, '2026-06-30', Period.TW2],
    [2026, '2026-07-01', Period.TW3],
    [2026, '2026-11-27', Period.TW4],
    [2026, '2026-03-31', Period.TW1],
    [2026, '2026-04-01', Period.TW2],
    [2026, '2026-09-30', Period.TW3],
    [2026, '2026-10-01', Period.TW4],
    [2026, '2026-12-31', Period.TW4],
    [2026, '2027-01-01', null],
    [2026, '2027-01-02', null],
    [2026, '2025-12-31', null],
  ])('in cycle %d, %s falls in %p', (year, date, expected) => {
    expect(quarterOn({ year, date })).toBe(expected);
  });

  it.each([
    [2026, '2026-02-10', [Period.TW1]],
    [2026, '2026-08-01', [Period.TW1, Period.TW2, Period.TW3]],
    [2026, '2026-11-27', [Period.TW1, Period.TW2, Period.TW3, Period.TW4, Period.ANNUAL]],
    // A triwulan is reportable from its first day; the annual period from 1 October, when TW4 starts.
    [2026, '2026-01-01', [Period.TW1]],
    [2026, '2026-03-31', [Period.TW1]],
    [2026, '2026-04-01', [Period.TW1, Period.TW2]],
    [2026, '2026-06-30', [Period.TW1, Period.TW2]],
    [2026, '2026-07-01', [Period.TW1, Period.TW2, Period.TW3]],
    [2026, '2026-09-30', [Period.TW1, Period.TW2, Period.TW3]],
    [2026, '2026-10-01', [Period.TW1, Period.TW2, Period.TW3, Period.TW4, Period.ANNUAL]],
    [2026, '2025-12-31', []],
    [2026, '2025-12-01', []],
    [2025, '2026-03-01', [Period.TW1, Period.TW2, Period.TW3, Period.TW4, Period.ANNUAL]],
  ])('in cycle %d on %s the reportable periods are %j', (year, date, expected) => {
    expect(reportablePeriods({ year, date })).toEqual(expected);
  });
});
