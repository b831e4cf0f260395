import type { Period } from '../../api/generated/graphql';
import { openingPeriod, type PeriodSchedule } from '../utils/opening-period';

// 2026 with the default deadlines: evaluations due 15 days after each quarter, the annual one by
// 31 January 2027.
const SCHEDULE: PeriodSchedule[] = [
  { period: 'TW1', finalizableFrom: '2026-04-01', evaluationDueOn: '2026-04-15' },
  { period: 'TW2', finalizableFrom: '2026-07-01', evaluationDueOn: '2026-07-15' },
  { period: 'TW3', finalizableFrom: '2026-10-01', evaluationDueOn: '2026-10-15' },
  { period: 'TW4', finalizableFrom: '2027-01-01', evaluationDueOn: '2027-01-15' },
  { period: 'ANNUAL', finalizableFrom: '2027-01-01', evaluationDueOn: '2027-01-31' },
];
const none = { TW1: 0, TW2: 0, TW3: 0, TW4: 0, ANNUAL: 0 };
const all = { TW1: 4, TW2: 4, TW3: 4, TW4: 4, ANNUAL: 4 };

describe('openingPeriod', () => {
  it.each<[string, string, Partial<Record<Period, number>>, Period | null]>([
    ['nothing has ended yet: no period (never the running TW1)', '2026-03-31', all, null],
    ['TW1 just ended and is due', '2026-04-01', all, 'TW1'],
    ['TW1 on its deadline day is due, not yet overdue', '2026-04-15', all, 'TW1'],
    ['TW1 overdue stays first while TW2 runs', '2026-05-20', all, 'TW1'],
    ['TW1 done: the latest finalisable, not the running TW2', '2026-05-20', none, 'TW1'],
    [
      'the oldest overdue wins over a later overdue',
      '2026-12-03',
      { ...none, TW1: 1, TW3: 2 },
      'TW1',
    ],
    [
      'the oldest overdue wins over the one currently due',
      '2026-10-05',
      { ...none, TW2: 1, TW3: 4 },
      'TW2',
    ],
    ['nothing overdue: the one currently due', '2026-10-05', { ...none, TW3: 4 }, 'TW3'],
    ['all evaluated in December: TW3, never the running TW4', '2026-12-03', none, 'TW3'],
    [
      'after the year: TW4 is due before the annual one',
      '2027-01-05',
      { ...none, TW4: 4, ANNUAL: 4 },
      'TW4',
    ],
    ['TW4 done: the annual one', '2027-01-05', { ...none, ANNUAL: 2 }, 'ANNUAL'],
    [
      'TW4 overdue beats the annual one still in time',
      '2027-01-20',
      { ...none, TW4: 1, ANNUAL: 4 },
      'TW4',
    ],
    ['everything done after the year: the latest (annual)', '2027-02-10', none, 'ANNUAL'],
  ])('%s', (_case, today, pending, expected) => {
    expect(openingPeriod({ schedule: SCHEDULE, today, pending })).toBe(expected);
  });

  it('follows the deadlines the cycle has, not the defaults', () => {
    // HR gave TW1 evaluations 60 days: on 20 May it is due, not overdue, and TW1 is still it.
    const schedule = SCHEDULE.map((entry) =>
      entry.period === 'TW1' ? { ...entry, evaluationDueOn: '2026-05-30' } : entry,
    );
    expect(openingPeriod({ schedule, today: '2026-07-02', pending: { TW1: 1, TW2: 3 } })).toBe(
      'TW1',
    );
    // With TW1 due later than TW2, TW2 (due first) opens when neither is overdue.
    const late = SCHEDULE.map((entry) =>
      entry.period === 'TW1' ? { ...entry, evaluationDueOn: '2026-07-31' } : entry,
    );
    expect(
      openingPeriod({ schedule: late, today: '2026-07-02', pending: { TW1: 1, TW2: 3 } }),
    ).toBe('TW2');
  });
});
