import { Period } from '../../../cycle/cycle.enums';
import { periodsOf } from '../../../cycle/utils/periods.util';
import { Rating } from '../../../evaluation/evaluation.enums';
import { CoreValue } from '../../../plan/plan.enums';
import { EffectChange, EffectMeasure } from '../../development.enums';
import {
  ALL_EFFECT_TARGETS,
  computeStoredEffects,
  type EvaluationPoint,
  measureEffect,
  summarizeEffects,
  toEvaluationPoints,
} from '../effect.util';

const { DI_BAWAH_EKSPEKTASI: BELOW, SESUAI_EKSPEKTASI: MEETS, DI_ATAS_EKSPEKTASI: ABOVE } = Rating;
let nextId = 1;
const point = (
  cycleYear: number,
  period: Period,
  service: Rating | null,
  resultRating: Rating = MEETS,
): EvaluationPoint => {
  const range = periodsOf({ year: cycleYear }).find((r) => r.period === period)!;
  return {
    evaluationId: nextId++,
    cycleYear,
    period,
    startsOn: range.startsOn,
    endsOn: range.endsOn,
    resultRating,
    coreValueRatings: service ? { [CoreValue.BERORIENTASI_PELAYANAN]: service } : {},
  };
};
const service = { measure: EffectMeasure.CORE_VALUE, coreValue: CoreValue.BERORIENTASI_PELAYANAN };

describe('measureEffect', () => {
  const timeline = [
    point(2024, Period.TW4, BELOW),
    point(2024, Period.ANNUAL, BELOW),
    point(2025, Period.TW1, null),
    point(2025, Period.TW2, MEETS, ABOVE),
    point(2025, Period.ANNUAL, ABOVE),
  ];

  it.each([
    // completed in February 2025: TW1 2025 contains it (neither side), TW1 has no rating anyway
    ['2025-02-14', [2024, 'TW4', BELOW], [2025, 'TW2', MEETS], EffectChange.IMPROVED],
    // completed the last day of TW4: that triwulan counts as before (it wins over the year that
    // ends the same day); after is the first rated period wholly later: the year 2025
    ['2024-12-31', [2024, 'TW4', BELOW], [2025, 'ANNUAL', ABOVE], EffectChange.IMPROVED],
    // completed in May 2025: TW1 has no rating for the value, so before is still 2024
    ['2025-05-02', [2024, 'TW4', BELOW], [null, null, null], EffectChange.NO_DATA],
    // completed in 2023: nothing before; the year 2024 starts before its TW4
    ['2023-06-01', [null, null, null], [2024, 'ANNUAL', BELOW], EffectChange.NO_DATA],
  ])('completed %s', (completedOn, before, after, change) => {
    const effect = measureEffect({ completedOn, target: service, evaluations: timeline });
    expect([
      effect.before?.cycleYear ?? null,
      effect.before?.period ?? null,
      effect.beforeRating,
    ]).toEqual(before);
    expect([
      effect.after?.cycleYear ?? null,
      effect.after?.period ?? null,
      effect.afterRating,
    ]).toEqual(after);
    expect(effect.change).toBe(change);
  });

  it('measures the result rating for indicator aspects', () => {
    const effect = measureEffect({
      completedOn: '2025-03-31',
      target: { measure: EffectMeasure.RESULT, coreValue: null },
      evaluations: timeline,
    });
    expect([effect.beforeRating, effect.afterRating, effect.change]).toEqual([
      MEETS,
      ABOVE,
      EffectChange.IMPROVED,
    ]);
    expect(effect.before?.period).toBe(Period.TW1);
  });

  it('does not count the period a training completed on its first day as after it', () => {
    // 1 April opens TW2, so the training fell inside TW2: before is TW1 (ended 31 March), after is
    // TW3, the first period that began after the completion day.
    const quarters = [
      point(2025, Period.TW1, MEETS),
      point(2025, Period.TW2, ABOVE),
      point(2025, Period.TW3, BELOW),
    ];
    const effect = measureEffect({
      completedOn: '2025-04-01',
      target: service,
      evaluations: quarters,
    });
    expect([effect.before?.period, effect.after?.period, effect.change]).toEqual([
      Period.TW1,
      Period.TW3,
      EffectChange.DECLINED,
    ]);
  });

  it('prefers the triwulan to the year when both begin the day after the completion', () => {
    // TW1 2026 and the year 2026 both begin on 1 January; TW1 is nearer (it ends first).
    const effect = measureEffect({
      completedOn: '2025-12-31',
      target: service,
      evaluations: [point(2026, Period.ANNUAL, ABOVE), point(2026, Period.TW1, BELOW)],
    });
    expect([effect.after?.period, effect.afterRating]).toEqual([Period.TW1, BELOW]);
  });

  it('prefers the triwulan to the year when both end on the completion day', () => {
    const effect = measureEffect({
      completedOn: '2025-12-31',
      target: service,
      evaluations: [point(2025, Period.TW4, ABOVE), point(2025, Period.ANNUAL, BELOW)],
    });
    expect([effect.before?.period, effect.beforeRating]).toEqual([Period.TW4, ABOVE]);
  });

  it('takes the nearest of several earlier and later periods', () => {
    const effect = measureEffect({
      completedOn: '2025-08-15',
      target: service,
      evaluations: [
        point(2025, Period.TW1, BELOW),
        point(2026, Period.TW1, BELOW),
        point(2025, Period.TW2, MEETS),
        point(2025, Period.TW4, ABOVE),
      ],
    });
    expect([effect.before?.period, effect.after?.cycleYear, effect.after?.period]).toEqual([
      Period.TW2,
      2025,
      Period.TW4,
    ]);
  });

  it('between two evaluations of the same period, takes the later one before and the earlier after', () => {
    // Two plans can be evaluated for the same period (a move mid-year); the higher id is the later.
    const [first, second] = [point(2025, Period.TW1, BELOW), point(2025, Period.TW1, ABOVE)];
    const [third, fourth] = [point(2025, Period.TW3, MEETS), point(2025, Period.TW3, BELOW)];
    const effect = measureEffect({
      completedOn: '2025-05-01',
      target: service,
      evaluations: [first, second, fourth, third],
    });
    expect([effect.before?.evaluationId, effect.after?.evaluationId]).toEqual([
      second.evaluationId,
      third.evaluationId,
    ]);
    const reversed = measureEffect({
      completedOn: '2025-05-01',
      target: service,
      evaluations: [second, first, third, fourth],
    });
    expect([reversed.before?.evaluationId, reversed.after?.evaluationId]).toEqual([
      second.evaluationId,
      third.evaluationId,
    ]);
  });

  it('measures a value only on evaluations that rated it', () => {
    const accountable = { measure: EffectMeasure.CORE_VALUE, coreValue: CoreValue.AKUNTABEL };
    const effect = measureEffect({
      completedOn: '2025-05-01',
      target: accountable,
      evaluations: [point(2025, Period.TW1, BELOW), point(2025, Period.TW3, ABOVE)],
    });
    expect(effect).toMatchObject({
      before: null,
      after: null,
      beforeRating: null,
      afterRating: null,
      change: EffectChange.NO_DATA,
      measure: EffectMeasure.CORE_VALUE,
      coreValue: CoreValue.AKUNTABEL,
    });
  });

  it('reports a decline and no change', () => {
    const down = [point(2025, Period.TW1, ABOVE), point(2025, Period.TW3, MEETS)];
    const same = [point(2025, Period.TW1, MEETS), point(2025, Period.TW3, MEETS)];
    expect(
      measureEffect({ completedOn: '2025-05-01', target: service, evaluations: down }).change,
    ).toBe(EffectChange.DECLINED);
    expect(
      measureEffect({ completedOn: '2025-05-01', target: service, evaluations: same }).change,
    ).toBe(EffectChange.UNCHANGED);
  });
});

describe('measureEffect against the rule written as sorts', () => {
  // The rule as first written: the rated periods ended by the completion day, latest end first
  // (then latest start, then highest id); those begun after it, earliest start first (then
  // earliest end, then lowest id).
  const byRule = (completedOn: string, evaluations: readonly EvaluationPoint[]) => {
    const rated = evaluations.filter((p) => p.coreValueRatings[service.coreValue] !== undefined);
    const before = rated
      .filter((p) => p.endsOn <= completedOn)
      .sort(
        (a, b) =>
          b.endsOn.localeCompare(a.endsOn) ||
          b.startsOn.localeCompare(a.startsOn) ||
          b.evaluationId - a.evaluationId,
      )[0];
    const after = rated
      .filter((p) => p.startsOn > completedOn)
      .sort(
        (a, b) =>
          a.startsOn.localeCompare(b.startsOn) ||
          a.endsOn.localeCompare(b.endsOn) ||
          a.evaluationId - b.evaluationId,
      )[0];
    return [before?.evaluationId ?? null, after?.evaluationId ?? null];
  };
  const periods = Object.values(Period);
  const ratings = [BELOW, MEETS, ABOVE, null];
  // A small deterministic generator: the same 300 timelines on every run.
  let state = 20_261_204;
  const next = (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };

  it('picks the same evaluations before and after on 300 shuffled timelines', () => {
    for (let round = 0; round < 300; round += 1) {
      const evaluations = Array.from({ length: 1 + next(12) }, () =>
        point(2023 + next(4), periods[next(periods.length)], ratings[next(ratings.length)]),
      );
      const completedOn = `${2023 + next(4)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
      const effect = measureEffect({ completedOn, target: service, evaluations });
      expect([effect.before?.evaluationId ?? null, effect.after?.evaluationId ?? null]).toEqual(
        byRule(completedOn, evaluations),
      );
    }
  });

  it('stores, for several completions, exactly the measured effects of every target', () => {
    for (let round = 0; round < 100; round += 1) {
      const evaluations = Array.from({ length: 1 + next(12) }, () => ({
        ...point(2023 + next(4), periods[next(periods.length)], null, ratings[next(3)]!),
        coreValueRatings: Object.fromEntries(
          Object.values(CoreValue)
            .filter(() => next(2) === 0)
            .map((value) => [value, ratings[next(3)]!]),
        ),
      }));
      const completions = Array.from({ length: 1 + next(4) }, (_, n) => ({
        activityId: 100 + n,
        employeeId: 7,
        programId: 1 + next(5),
        completedOn: `${2023 + next(4)}-${String(1 + next(12)).padStart(2, '0')}-15`,
      }));
      const expected = completions.flatMap((completion) =>
        ALL_EFFECT_TARGETS.map((target) =>
          measureEffect({ completedOn: completion.completedOn, target, evaluations }),
        )
          .filter((effect) => effect.change !== EffectChange.NO_DATA)
          .map((effect) => ({
            activityId: completion.activityId,
            employeeId: completion.employeeId,
            programId: completion.programId,
            measure: effect.measure,
            coreValue: effect.coreValue,
            beforeRating: effect.beforeRating,
            afterRating: effect.afterRating,
            change: effect.change,
          })),
      );
      expect(computeStoredEffects({ completions, evaluations })).toEqual(expected);
    }
  });
});

describe('summarizeEffects', () => {
  const effectOf = (before: Rating | null, after: Rating | null) =>
    measureEffect({
      completedOn: '2025-05-01',
      target: service,
      evaluations: [point(2025, Period.TW1, before), point(2025, Period.TW3, after)],
    });

  it('counts moves, below-to-meets and says when there is too little data', () => {
    // 9 completions: 7 below → meets/above, 1 below → below, 1 without an after rating
    const effects = [
      ...Array.from({ length: 6 }, () => effectOf(BELOW, MEETS)),
      effectOf(BELOW, ABOVE),
      effectOf(BELOW, BELOW),
      effectOf(BELOW, null),
    ];
    expect(summarizeEffects(effects)).toEqual({
      completions: 9,
      measured: 8,
      improved: 7,
      unchanged: 1,
      declined: 0,
      belowBefore: 8,
      belowToMeets: 7,
      enoughData: true,
    });
    const few = summarizeEffects([
      effectOf(BELOW, MEETS),
      effectOf(MEETS, MEETS),
      effectOf(null, MEETS),
    ]);
    expect(few).toMatchObject({
      completions: 3,
      measured: 2,
      improved: 1,
      unchanged: 1,
      enoughData: false,
    });
  });

  it('counts grouped outcomes (as read from the stored effects) like the single ones', () => {
    const single = [
      ...Array.from({ length: 6 }, () => effectOf(BELOW, MEETS)),
      effectOf(BELOW, ABOVE),
      effectOf(BELOW, BELOW),
      effectOf(ABOVE, MEETS),
      effectOf(BELOW, null),
    ];
    const grouped = [
      { change: EffectChange.IMPROVED, beforeRating: BELOW, afterRating: MEETS, count: 6 },
      { change: EffectChange.IMPROVED, beforeRating: BELOW, afterRating: ABOVE, count: 1 },
      { change: EffectChange.UNCHANGED, beforeRating: BELOW, afterRating: BELOW, count: 1 },
      { change: EffectChange.DECLINED, beforeRating: ABOVE, afterRating: MEETS, count: 1 },
      { change: EffectChange.NO_DATA, beforeRating: BELOW, afterRating: null, count: 1 },
    ];
    expect(summarizeEffects(grouped)).toEqual(summarizeEffects(single));
    expect(summarizeEffects(grouped)).toEqual({
      completions: 10,
      measured: 9,
      improved: 7,
      unchanged: 1,
      declined: 1,
      belowBefore: 8,
      belowToMeets: 7,
      enoughData: true,
    });
    expect(summarizeEffects([{ ...grouped[0], count: 4 }]).enoughData).toBe(false);
  });
});

describe('enough data', () => {
  const improved = { change: EffectChange.IMPROVED, beforeRating: BELOW, afterRating: MEETS };
  const unmeasured = { change: EffectChange.NO_DATA, beforeRating: BELOW, afterRating: null };

  // "too little data" under five measured completions (DESIGN, README): 4 is too few, 5 enough.
  it.each([
    ['4 measured completions', Array.from({ length: 4 }, () => improved), 4, false],
    ['5 measured completions', Array.from({ length: 5 }, () => improved), 5, true],
    ['6 measured completions', Array.from({ length: 6 }, () => improved), 6, true],
    [
      '4 measured of 6 completions',
      [...Array.from({ length: 4 }, () => improved), unmeasured, unmeasured],
      4,
      false,
    ],
    ['5 measured in one group', [{ ...improved, count: 5 }], 5, true],
    ['an unmeasured group of 5', [{ ...unmeasured, count: 5 }, improved], 1, false],
  ])('%s', (_case, effects, measured, enoughData) => {
    expect(summarizeEffects(effects)).toMatchObject({ measured, enoughData });
  });

  it('counts a below-expectation start only when measured, and meets or above as recovered', () => {
    expect(
      summarizeEffects([
        { change: EffectChange.NO_DATA, beforeRating: BELOW, afterRating: null },
        { change: EffectChange.UNCHANGED, beforeRating: BELOW, afterRating: BELOW },
        { change: EffectChange.IMPROVED, beforeRating: BELOW, afterRating: ABOVE, count: 2 },
        { change: EffectChange.IMPROVED, beforeRating: MEETS, afterRating: ABOVE },
        { change: EffectChange.DECLINED, beforeRating: ABOVE, afterRating: BELOW },
      ]),
    ).toEqual({
      completions: 6,
      measured: 5,
      improved: 3,
      unchanged: 1,
      declined: 1,
      belowBefore: 3,
      belowToMeets: 2,
      enoughData: true,
    });
  });
});

describe('toEvaluationPoints', () => {
  it('places evaluations on their period and collects their value ratings', () => {
    const points = toEvaluationPoints(
      [
        { id: 1, cycleYear: 2024, period: Period.TW2, resultRating: MEETS },
        { id: 2, cycleYear: 2024, period: Period.ANNUAL, resultRating: BELOW },
      ],
      [
        { evaluationId: 1, coreValue: CoreValue.AKUNTABEL, rating: BELOW },
        { evaluationId: 1, coreValue: null, rating: null },
        { evaluationId: 1, coreValue: CoreValue.LOYAL, rating: null },
        { evaluationId: 2, coreValue: null, rating: ABOVE },
        { evaluationId: 3, coreValue: CoreValue.LOYAL, rating: ABOVE },
      ],
    );
    expect(points).toEqual([
      {
        evaluationId: 1,
        cycleYear: 2024,
        period: Period.TW2,
        startsOn: '2024-04-01',
        endsOn: '2024-06-30',
        resultRating: MEETS,
        coreValueRatings: { AKUNTABEL: BELOW },
      },
      {
        evaluationId: 2,
        cycleYear: 2024,
        period: Period.ANNUAL,
        startsOn: '2024-01-01',
        endsOn: '2024-12-31',
        resultRating: BELOW,
        coreValueRatings: {},
      },
    ]);
  });
});

describe('ALL_EFFECT_TARGETS', () => {
  it('is the result rating, then each of the seven BerAKHLAK values', () => {
    expect(ALL_EFFECT_TARGETS).toEqual([
      { measure: EffectMeasure.RESULT, coreValue: null },
      ...[
        CoreValue.BERORIENTASI_PELAYANAN,
        CoreValue.AKUNTABEL,
        CoreValue.KOMPETEN,
        CoreValue.HARMONIS,
        CoreValue.LOYAL,
        CoreValue.ADAPTIF,
        CoreValue.KOLABORATIF,
      ].map((coreValue) => ({ measure: EffectMeasure.CORE_VALUE, coreValue })),
    ]);
  });
});

describe('computeStoredEffects', () => {
  const timeline = [
    point(2024, Period.TW4, BELOW, BELOW),
    point(2025, Period.TW1, null, MEETS),
    point(2025, Period.TW2, MEETS, ABOVE),
  ];
  const completion = (activityId: number, completedOn: string) => ({
    activityId,
    employeeId: 7,
    programId: 3,
    completedOn,
  });
  const stored = (completedOn: string) =>
    computeStoredEffects({ completions: [completion(1, completedOn)], evaluations: timeline }).map(
      (row) => [row.measure, row.coreValue, row.beforeRating, row.afterRating, row.change],
    );

  it.each([
    // between 2024 TW4 and 2025 TW1: the result rating (BELOW → MEETS) and the value (BELOW →
    // MEETS, TW1 has none so TW2's)
    [
      '2024-12-31',
      [
        [EffectMeasure.RESULT, null, BELOW, MEETS, EffectChange.IMPROVED],
        [
          EffectMeasure.CORE_VALUE,
          CoreValue.BERORIENTASI_PELAYANAN,
          BELOW,
          MEETS,
          EffectChange.IMPROVED,
        ],
      ],
    ],
    // inside TW1: the result rating before is 2024 TW4, after is TW2
    [
      '2025-02-10',
      [
        [EffectMeasure.RESULT, null, BELOW, ABOVE, EffectChange.IMPROVED],
        [
          EffectMeasure.CORE_VALUE,
          CoreValue.BERORIENTASI_PELAYANAN,
          BELOW,
          MEETS,
          EffectChange.IMPROVED,
        ],
      ],
    ],
    // on the last day of TW1: result MEETS → ABOVE; the value has nothing rated since 2024
    [
      '2025-03-31',
      [
        [EffectMeasure.RESULT, null, MEETS, ABOVE, EffectChange.IMPROVED],
        [
          EffectMeasure.CORE_VALUE,
          CoreValue.BERORIENTASI_PELAYANAN,
          BELOW,
          MEETS,
          EffectChange.IMPROVED,
        ],
      ],
    ],
    // after the last evaluation: nothing measured, nothing stored
    ['2025-07-01', []],
    // before the first: nothing before
    ['2024-06-01', []],
  ])('completed %s', (completedOn, expected) => {
    expect(stored(completedOn)).toEqual(expected);
  });

  it('keeps each completion’s ids and stores them in completion order', () => {
    const rows = computeStoredEffects({
      completions: [completion(5, '2025-03-31'), completion(4, '2024-12-31')],
      evaluations: timeline,
    });
    expect(rows.map((row) => [row.activityId, row.employeeId, row.programId])).toEqual([
      [5, 7, 3],
      [5, 7, 3],
      [4, 7, 3],
      [4, 7, 3],
    ]);
    expect(rows.map((row) => row.change)).toEqual(Array(4).fill(EffectChange.IMPROVED));
  });

  it('stores an unchanged and a declined rating, not only improvements', () => {
    const flat = [point(2024, Period.TW4, MEETS, ABOVE), point(2025, Period.TW2, MEETS, MEETS)];
    const rows = computeStoredEffects({
      completions: [completion(1, '2025-01-15')],
      evaluations: flat,
    });
    expect(rows.map((row) => row.change)).toEqual([EffectChange.DECLINED, EffectChange.UNCHANGED]);
  });
});
