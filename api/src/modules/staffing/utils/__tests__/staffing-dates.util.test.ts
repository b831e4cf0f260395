import Database from 'better-sqlite3';
import { Period } from '../../../cycle/cycle.enums';
import { periodsOf } from '../../../cycle/utils/periods.util';
import { addDays, periodEnd, planCoversPeriod, planCoversPeriodSql } from '../staffing-dates.util';

describe('addDays', () => {
  it.each([
    ['2026-05-15', -1, '2026-05-14'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s %d → %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));
});

describe('periodEnd', () => {
  it.each([2024, 2026, 2100])('is the last day periodsOf gives each period of %d', (year) => {
    for (const range of periodsOf({ year }))
      expect(periodEnd(year, range.period)).toBe(range.endsOn);
  });
});

describe('planCoversPeriod (TMT 2026-05-15: old SKP to 05-14, new from 05-15)', () => {
  const old = { year: 2026, startsOn: null, endsOn: '2026-05-14' };
  const next = { year: 2026, startsOn: '2026-05-15', endsOn: null };
  it.each([
    [Period.TW1, true, false],
    [Period.TW2, false, true],
    [Period.TW3, false, true],
    [Period.TW4, false, true],
    [Period.ANNUAL, false, true],
  ])('%s: old %s, new %s', (period, inOld, inNew) => {
    expect(planCoversPeriod({ ...old, period })).toBe(inOld);
    expect(planCoversPeriod({ ...next, period })).toBe(inNew);
  });
  it('an SKP of the whole year covers every period', () => {
    for (const period of Object.values(Period))
      expect(planCoversPeriod({ year: 2026, period, startsOn: null, endsOn: null })).toBe(true);
  });
});

describe('planCoversPeriodSql', () => {
  // On SQLite here; the MariaDB side runs in evaluation-backlog.api.test.ts.
  const db = new Database(':memory:');
  afterAll(() => db.close());
  const spans = [
    [null, null],
    [null, '2026-05-14'],
    ['2026-05-15', null],
    [null, '2026-03-31'],
    ['2026-04-01', null],
    ['2026-03-31', '2026-06-29'],
    ['2026-01-02', '2026-12-30'],
    ['2026-12-31', null],
  ] as const;
  it.each(
    spans.flatMap(([startsOn, endsOn]) =>
      Object.values(Period).map((period) => [startsOn, endsOn, period] as const),
    ),
  )('an SKP %p – %p covers %s as planCoversPeriod says', (startsOn, endsOn, period) => {
    const row = db
      .prepare(
        `SELECT CASE WHEN ${planCoversPeriodSql('plan', period)} THEN 1 ELSE 0 END AS covers
           FROM (SELECT ? AS startsOn, ? AS endsOn) plan`,
      )
      .get(startsOn, endsOn) as { covers: number };
    expect(row.covers === 1).toBe(planCoversPeriod({ year: 2026, period, startsOn, endsOn }));
  });
});
