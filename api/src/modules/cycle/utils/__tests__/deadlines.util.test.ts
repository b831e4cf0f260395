import { OverdueKind, Period } from '../../cycle.enums';
import {
  addDays,
  canDraftEvaluation,
  canFinalizeEvaluation,
  computeCycleDeadlines,
  type CycleDeadlineSettings,
  daysBetween,
  daysLate,
  deadlineProblems,
  evaluationOverdue,
  evaluationsDue,
  mostOverdue,
  openReportingPeriods,
  periodsCovered,
  realizationsDue,
  realizationsOverdue,
  reportingState,
  scheduleOf,
  skpDueOnFor,
  skpOverdue,
  WHOLE_YEAR,
} from '../deadlines.util';

const DEFAULTS: CycleDeadlineSettings = {
  year: 2026,
  skpDueOn: null,
  realizationDueDays: 10,
  reportingWindowDays: 30,
  evaluationDueDays: 15,
  annualEvaluationDueOn: null,
};
const defaults2026 = computeCycleDeadlines(DEFAULTS);

describe('deadline dates', () => {
  it.each([
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-12-31', 31, '2027-01-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-31', 0, '2026-03-31'],
    ['2026-03-31', -31, '2026-02-28'],
  ])('%s + %d days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-04-10', '2026-04-10', 0],
    ['2026-04-10', '2026-04-11', 1],
    ['2026-04-11', '2026-04-10', -1],
    ['2026-10-15', '2026-12-02', 48],
    // Across the change of year and a leap day.
    ['2027-12-31', '2028-03-01', 61],
  ])('from %s to %s is %d days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each([
    [null, '2026-12-02', null],
    ['2026-04-10', '2026-04-09', null],
    // Due on a day means done by its end: late only from the next day.
    ['2026-04-10', '2026-04-10', null],
    ['2026-04-10', '2026-04-11', 1],
    ['2026-10-15', '2026-12-02', 48],
  ])('due %p, on %s it is %p days late', (dueOn, today, expected) => {
    expect(daysLate(dueOn, today)).toBe(expected);
  });
});

describe('computeCycleDeadlines', () => {
  it('fills in the documented defaults and schedules every period', () => {
    expect(defaults2026).toEqual({
      year: 2026,
      skpDueOn: '2026-01-31',
      annualEvaluationDueOn: '2027-01-31',
      realizationDueDays: 10,
      reportingWindowDays: 30,
      evaluationDueDays: 15,
      schedule: [
        {
          period: Period.TW1,
          startsOn: '2026-01-01',
          endsOn: '2026-03-31',
          reportingOpensOn: '2026-01-01',
          reportingClosesOn: '2026-04-30',
          realizationsDueOn: '2026-04-10',
          evaluationDueOn: '2026-04-15',
          finalizableFrom: '2026-04-01',
        },
        {
          period: Period.TW2,
          startsOn: '2026-04-01',
          endsOn: '2026-06-30',
          reportingOpensOn: '2026-04-01',
          reportingClosesOn: '2026-07-30',
          realizationsDueOn: '2026-07-10',
          evaluationDueOn: '2026-07-15',
          finalizableFrom: '2026-07-01',
        },
        {
          period: Period.TW3,
          startsOn: '2026-07-01',
          endsOn: '2026-09-30',
          reportingOpensOn: '2026-07-01',
          reportingClosesOn: '2026-10-30',
          realizationsDueOn: '2026-10-10',
          evaluationDueOn: '2026-10-15',
          finalizableFrom: '2026-10-01',
        },
        {
          period: Period.TW4,
          startsOn: '2026-10-01',
          endsOn: '2026-12-31',
          reportingOpensOn: '2026-10-01',
          reportingClosesOn: '2027-01-30',
          realizationsDueOn: '2027-01-10',
          evaluationDueOn: '2027-01-15',
          finalizableFrom: '2027-01-01',
        },
        {
          period: Period.ANNUAL,
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          reportingOpensOn: '2026-10-01',
          reportingClosesOn: '2027-01-30',
          realizationsDueOn: null,
          evaluationDueOn: '2027-01-31',
          finalizableFrom: '2027-01-01',
        },
      ],
    });
  });

  it('uses the dates and day counts HR set for the cycle', () => {
    const set = computeCycleDeadlines({
      year: 2025,
      skpDueOn: '2025-02-14',
      realizationDueDays: 0,
      reportingWindowDays: 5,
      evaluationDueDays: 90,
      annualEvaluationDueOn: '2026-02-28',
    });
    expect(set).toMatchObject({ skpDueOn: '2025-02-14', annualEvaluationDueOn: '2026-02-28' });
    expect(scheduleOf(set, Period.TW1)).toMatchObject({
      realizationsDueOn: '2025-03-31',
      reportingClosesOn: '2025-04-05',
      evaluationDueOn: '2025-06-29',
    });
    expect(scheduleOf(set, Period.ANNUAL)).toMatchObject({
      reportingClosesOn: '2026-01-05',
      evaluationDueOn: '2026-02-28',
    });
  });
});

describe('timing of reports and evaluations', () => {
  it.each([
    [Period.TW1, '2025-12-31', 'NOT_OPEN'],
    [Period.TW1, '2026-01-01', 'OPEN'],
    [Period.TW1, '2026-04-30', 'OPEN'],
    [Period.TW1, '2026-05-01', 'CLOSED'],
    [Period.TW3, '2026-06-30', 'NOT_OPEN'],
    [Period.TW3, '2026-07-01', 'OPEN'],
    [Period.TW3, '2026-10-30', 'OPEN'],
    [Period.TW3, '2026-10-31', 'CLOSED'],
    [Period.ANNUAL, '2026-09-30', 'NOT_OPEN'],
    [Period.ANNUAL, '2026-10-01', 'OPEN'],
    [Period.ANNUAL, '2027-01-30', 'OPEN'],
    [Period.ANNUAL, '2027-01-31', 'CLOSED'],
  ])('reporting for %s on %s is %s', (period, today, expected) => {
    expect(reportingState(scheduleOf(defaults2026, period), today)).toBe(expected);
  });

  it.each([
    ['2026-02-10', [Period.TW1]],
    ['2026-04-30', [Period.TW1, Period.TW2]],
    ['2026-05-01', [Period.TW2]],
    ['2026-10-01', [Period.TW3, Period.TW4, Period.ANNUAL]],
    ['2026-12-02', [Period.TW4, Period.ANNUAL]],
    ['2027-01-30', [Period.TW4, Period.ANNUAL]],
    ['2027-01-31', []],
    ['2025-12-31', []],
  ])('on %s realisations may be reported for %j', (today, expected) => {
    expect(openReportingPeriods(defaults2026, today)).toEqual(expected);
  });

  it.each([
    [Period.TW1, '2025-12-31', false, false],
    [Period.TW1, '2026-01-01', true, false],
    [Period.TW1, '2026-03-31', true, false],
    [Period.TW1, '2026-04-01', true, true],
    [Period.TW4, '2026-12-02', true, false],
    [Period.TW4, '2026-12-31', true, false],
    [Period.TW4, '2027-01-01', true, true],
    [Period.ANNUAL, '2026-09-30', false, false],
    [Period.ANNUAL, '2026-10-01', true, false],
    [Period.ANNUAL, '2026-12-31', true, false],
    [Period.ANNUAL, '2027-01-01', true, true],
    // Long after the year: still draftable and finalisable (late, but not refused).
    [Period.TW2, '2028-06-01', true, true],
  ])('an evaluation of %s on %s: draft %p, finalise %p', (period, today, draft, finalize) => {
    const entry = scheduleOf(defaults2026, period);
    expect(canDraftEvaluation(entry, today)).toBe(draft);
    expect(canFinalizeEvaluation(entry, today)).toBe(finalize);
  });
});

describe('deadlineProblems', () => {
  const current: Omit<CycleDeadlineSettings, 'year'> = {
    skpDueOn: null,
    realizationDueDays: 10,
    reportingWindowDays: 30,
    evaluationDueDays: 15,
    annualEvaluationDueOn: null,
  };
  it.each<[string, Partial<typeof current>, [string, string][]]>([
    ['the defaults', {}, []],
    ['the bounds', { skpDueOn: '2026-01-01', annualEvaluationDueOn: '2027-12-31' }, []],
    ['the other bounds', { skpDueOn: '2026-12-31', annualEvaluationDueOn: '2027-01-01' }, []],
    [
      'day counts at 0 and 90',
      { realizationDueDays: 0, reportingWindowDays: 90, evaluationDueDays: 0 },
      [],
    ],
    ['an equal window and due day', { realizationDueDays: 30, reportingWindowDays: 30 }, []],
    [
      'an SKP due the year before',
      { skpDueOn: '2025-12-31' },
      [['skpDueOn', 'must be from 2026-01-01 to 2026-12-31']],
    ],
    [
      'an SKP due the next year',
      { skpDueOn: '2027-01-01' },
      [['skpDueOn', 'must be from 2026-01-01 to 2026-12-31']],
    ],
    [
      'a date that does not exist',
      { skpDueOn: '2026-02-30' },
      [['skpDueOn', 'must be a date as YYYY-MM-DD']],
    ],
    [
      'a date in another shape',
      { skpDueOn: '31-01-2026' },
      [['skpDueOn', 'must be a date as YYYY-MM-DD']],
    ],
    [
      'an annual evaluation due within the year',
      { annualEvaluationDueOn: '2026-12-31' },
      [['annualEvaluationDueOn', 'must be from 2027-01-01 to 2027-12-31']],
    ],
    [
      'an annual evaluation due two years later',
      { annualEvaluationDueOn: '2028-01-01' },
      [['annualEvaluationDueOn', 'must be from 2027-01-01 to 2027-12-31']],
    ],
    [
      'negative, fractional and too many days',
      { realizationDueDays: -1, reportingWindowDays: 91, evaluationDueDays: 1.5 },
      [
        ['realizationDueDays', 'must be a whole number of days from 0 to 90'],
        ['reportingWindowDays', 'must be a whole number of days from 0 to 90'],
        ['evaluationDueDays', 'must be a whole number of days from 0 to 90'],
      ],
    ],
    [
      'reporting closing before realisations are due',
      { realizationDueDays: 11, reportingWindowDays: 10 },
      [
        [
          'reportingWindowDays',
          'must be at least realizationDueDays: reporting may not close before realisations are due',
        ],
      ],
    ],
  ])('%s', (_name, change, expected) => {
    expect(
      deadlineProblems({ year: 2026, settings: { ...current, ...change } }).map((p) => [
        p.field,
        p.message,
      ]),
    ).toEqual(expected);
  });
});

describe('overdue', () => {
  it.each([
    [false, '2026-01-31', null],
    [false, '2026-02-01', 1],
    [true, '2026-12-02', null],
    [false, '2026-12-02', 305],
  ])('an SKP approved %p on %s is late by %p days', (approved, today, late) => {
    expect(skpOverdue({ deadlines: defaults2026, approved, today })).toEqual(
      late === null
        ? null
        : { kind: OverdueKind.SKP_NOT_APPROVED, period: null, dueOn: '2026-01-31', daysLate: late },
    );
  });

  it.each([
    // The first SKP of the year: the cycle's date.
    [null, '2026-01-31', '2026-01-31'],
    // A mutasi: 30 days from the TMT (31 January is 30 days after 1 January).
    ['2026-05-15', '2026-01-31', '2026-06-14'],
    ['2026-11-02', '2026-01-31', '2026-12-02'],
    ['2026-12-20', '2026-01-31', '2027-01-19'],
    // A TMT in January: 30 days from it, past the cycle's date.
    ['2026-01-10', '2026-01-31', '2026-02-09'],
    // An SKP from 1 January is due when the cycle's is.
    ['2026-01-01', '2026-03-31', '2026-03-31'],
    // HR's later date gives a mutasi SKP as many days: 1 January → 31 March is 89 days.
    ['2026-05-15', '2026-03-31', '2026-08-12'],
  ])(
    'an SKP starting on %p with the cycle’s SKP due on %s is due on %s',
    (startsOn, skpDueOn, due) => {
      const deadlines = computeCycleDeadlines({ ...DEFAULTS, skpDueOn });
      expect(skpDueOnFor(deadlines, startsOn)).toBe(due);
    },
  );

  it.each([
    [null, '2026-12-07', 310],
    ['2026-11-02', '2026-12-02', null],
    ['2026-11-02', '2026-12-07', 5],
  ])('an SKP from %p not approved on %s is late by %p days', (startsOn, today, late) => {
    expect(
      skpOverdue({ deadlines: defaults2026, approved: false, today, startsOn })?.daysLate ?? null,
    ).toBe(late);
  });

  it.each([
    [WHOLE_YEAR, [Period.TW1, Period.TW2, Period.TW3, Period.TW4, Period.ANNUAL]],
    // Closed the day before a TMT of 15 May: TW1 only.
    [{ startsOn: null, endsOn: '2026-05-14' }, [Period.TW1]],
    // Closed the day before a TMT of 1 July: its last day is TW2's.
    [{ startsOn: null, endsOn: '2026-06-30' }, [Period.TW1, Period.TW2]],
    [{ startsOn: '2026-05-15', endsOn: null }, [Period.TW2, Period.TW3, Period.TW4, Period.ANNUAL]],
    [{ startsOn: '2026-07-01', endsOn: null }, [Period.TW3, Period.TW4, Period.ANNUAL]],
    // Started and closed within the year by two mutasi.
    [{ startsOn: '2026-05-15', endsOn: '2026-10-01' }, [Period.TW2, Period.TW3]],
  ])('an SKP covering %p covers %p', (span, periods) => {
    expect(
      periodsCovered(2026, span, [Period.TW1, Period.TW2, Period.TW3, Period.TW4, Period.ANNUAL]),
    ).toEqual(periods);
  });

  it('gives the periods themselves, not a copy, for an SKP of the whole year (a hot loop calls it)', () => {
    const periods = [Period.TW1, Period.TW2];
    expect(periodsCovered(2026, WHOLE_YEAR, periods)).toBe(periods);
  });

  it('lists late realisations only of the quarters the SKP covers', () => {
    const missing = { [Period.TW1]: 2, [Period.TW2]: 2, [Period.TW3]: 1 };
    const periodsOfSpan = (span: { startsOn: string | null; endsOn: string | null }) =>
      realizationsOverdue({ deadlines: defaults2026, missing, today: '2026-12-07', span }).map(
        (fact) => fact.period,
      );
    expect(periodsOfSpan(WHOLE_YEAR)).toEqual([Period.TW1, Period.TW2, Period.TW3]);
    expect(periodsOfSpan({ startsOn: '2026-05-15', endsOn: null })).toEqual([
      Period.TW2,
      Period.TW3,
    ]);
    expect(periodsOfSpan({ startsOn: null, endsOn: '2026-05-14' })).toEqual([Period.TW1]);
    expect(periodsOfSpan({ startsOn: '2026-11-02', endsOn: null })).toEqual([]);
  });

  it('lists each triwulan with an unreported indicator past its due date', () => {
    const missing = { [Period.TW1]: 0, [Period.TW2]: 2, [Period.TW3]: 1, [Period.TW4]: 3 };
    expect(realizationsOverdue({ deadlines: defaults2026, missing, today: '2026-10-10' })).toEqual([
      {
        kind: OverdueKind.REALIZATION_MISSING,
        period: Period.TW2,
        dueOn: '2026-07-10',
        daysLate: 92,
      },
    ]);
    expect(realizationsOverdue({ deadlines: defaults2026, missing, today: '2026-10-11' })).toEqual([
      {
        kind: OverdueKind.REALIZATION_MISSING,
        period: Period.TW2,
        dueOn: '2026-07-10',
        daysLate: 93,
      },
      {
        kind: OverdueKind.REALIZATION_MISSING,
        period: Period.TW3,
        dueOn: '2026-10-10',
        daysLate: 1,
      },
    ]);
    expect(
      realizationsOverdue({ deadlines: defaults2026, missing: {}, today: '2027-06-01' }),
    ).toEqual([]);
    expect(
      realizationsOverdue({
        deadlines: defaults2026,
        missing: { [Period.TW4]: 1 },
        today: '2027-01-11',
      }),
    ).toEqual([
      {
        kind: OverdueKind.REALIZATION_MISSING,
        period: Period.TW4,
        dueOn: '2027-01-10',
        daysLate: 1,
      },
    ]);
  });

  it.each([
    [Period.TW3, false, '2026-10-15', null],
    [
      Period.TW3,
      false,
      '2026-10-16',
      { kind: OverdueKind.EVALUATION_NOT_FINAL, dueOn: '2026-10-15', daysLate: 1 },
    ],
    [Period.TW3, true, '2026-12-02', null],
    [
      Period.TW4,
      false,
      '2027-01-16',
      { kind: OverdueKind.EVALUATION_NOT_FINAL, dueOn: '2027-01-15', daysLate: 1 },
    ],
    [Period.ANNUAL, false, '2027-01-31', null],
    [
      Period.ANNUAL,
      false,
      '2027-02-01',
      { kind: OverdueKind.ANNUAL_EVALUATION_NOT_FINAL, dueOn: '2027-01-31', daysLate: 1 },
    ],
  ])('the %s evaluation (final %p) on %s is overdue as %p', (period, final, today, expected) => {
    expect(evaluationOverdue({ deadlines: defaults2026, period, final, today })).toEqual(
      expected === null ? null : { ...expected, period },
    );
  });

  it.each([
    ['2026-04-15', []],
    ['2026-04-16', [Period.TW1]],
    ['2026-12-02', [Period.TW1, Period.TW2, Period.TW3]],
    ['2027-01-16', [Period.TW1, Period.TW2, Period.TW3, Period.TW4]],
    ['2027-02-01', [Period.TW1, Period.TW2, Period.TW3, Period.TW4, Period.ANNUAL]],
  ])('on %s the evaluations due are %j', (today, expected) => {
    expect(evaluationsDue(defaults2026, today)).toEqual(expected);
  });

  it.each([
    ['2026-04-10', []],
    ['2026-04-11', [Period.TW1]],
    ['2026-12-02', [Period.TW1, Period.TW2, Period.TW3]],
    ['2027-01-11', [Period.TW1, Period.TW2, Period.TW3, Period.TW4]],
    // The annual figure is derived from the quarters: it is never due.
    ['2028-01-01', [Period.TW1, Period.TW2, Period.TW3, Period.TW4]],
  ])('on %s the realisations due are %j', (today, expected) => {
    expect(realizationsDue(defaults2026, today)).toEqual(expected);
  });

  it('picks the longest late, the earlier of equals', () => {
    const fact = (period: Period, daysLate: number) => ({
      kind: OverdueKind.REALIZATION_MISSING,
      period,
      dueOn: '2026-01-01',
      daysLate,
    });
    expect(mostOverdue([])).toBeNull();
    expect(mostOverdue([fact(Period.TW2, 3), fact(Period.TW1, 9), fact(Period.TW3, 1)])).toEqual(
      fact(Period.TW1, 9),
    );
    expect(mostOverdue([fact(Period.TW1, 4), fact(Period.TW2, 4)])).toEqual(fact(Period.TW1, 4));
  });
});
