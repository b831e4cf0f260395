import { Period } from '../../../cycle/cycle.enums';
import { periodsOf } from '../../../cycle/utils/periods.util';
import { Rating } from '../../../evaluation/evaluation.enums';
import { CoreValue } from '../../../plan/plan.enums';
import { EffectChange, EffectMeasure } from '../../development.enums';
import {
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
