import { Period } from '../../../cycle/cycle.enums';
import { addDays, planCoversPeriod } from '../staffing-dates.util';

describe('addDays', () => {
  it.each([
    ['2026-05-15', -1, '2026-05-14'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s %d → %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));
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
