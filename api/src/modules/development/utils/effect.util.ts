import { type Period } from '../../cycle/cycle.enums';
import { periodsOf } from '../../cycle/utils/periods.util';
import { Rating } from '../../evaluation/evaluation.enums';
import { CoreValue } from '../../plan/plan.enums';
import { EffectChange, EffectMeasure } from '../development.enums';

/** Fewer measured completions than this and an aggregate says "too little data". */
export const MIN_EFFECT_SAMPLE = 5;

const RATING_LEVEL: Record<Rating, number> = {
  [Rating.DI_BAWAH_EKSPEKTASI]: 1,
  [Rating.SESUAI_EKSPEKTASI]: 2,
  [Rating.DI_ATAS_EKSPEKTASI]: 3,
};

/** An evaluation in force, placed on the calendar by its period. */
export interface EvaluationPoint {
  evaluationId: number;
  cycleYear: number;
  period: Period;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD */
  endsOn: string;
  resultRating: Rating;
  coreValueRatings: Partial<Record<CoreValue, Rating>>;
}

export interface EffectTarget {
  measure: EffectMeasure;
  coreValue: CoreValue | null;
}

/** Every rating an effect can be measured on: the result rating and each BerAKHLAK value. */
export const ALL_EFFECT_TARGETS: readonly EffectTarget[] = [
  { measure: EffectMeasure.RESULT, coreValue: null },
  ...Object.values(CoreValue).map((coreValue) => ({
    measure: EffectMeasure.CORE_VALUE,
    coreValue,
  })),
];

/** Evaluations in force placed on the calendar, with the BerAKHLAK ratings of their feedback. */
export function toEvaluationPoints(
  evaluations: readonly { id: number; cycleYear: number; period: Period; resultRating: Rating }[],
  ratings: readonly {
    evaluationId: number;
    coreValue: CoreValue | null;
    rating: Rating | null;
  }[],
): EvaluationPoint[] {
  const ratingsOf = new Map<number, Partial<Record<CoreValue, Rating>>>();
  for (const item of ratings) {
    if (!item.coreValue || !item.rating) continue;
    const values = ratingsOf.get(item.evaluationId) ?? {};
    values[item.coreValue] = item.rating;
    ratingsOf.set(item.evaluationId, values);
  }
  return evaluations.map((evaluation) => {
    const range = periodsOf({ year: evaluation.cycleYear }).find(
      (candidate) => candidate.period === evaluation.period,
    )!;
    return {
      evaluationId: evaluation.id,
      cycleYear: evaluation.cycleYear,
      period: evaluation.period,
      startsOn: range.startsOn,
      endsOn: range.endsOn,
      resultRating: evaluation.resultRating,
      coreValueRatings: ratingsOf.get(evaluation.id) ?? {},
    };
  });
}

export interface MeasuredEffect extends EffectTarget {
  before: EvaluationPoint | null;
  after: EvaluationPoint | null;
  beforeRating: Rating | null;
  afterRating: Rating | null;
  change: EffectChange;
}

function ratingOf(point: EvaluationPoint, target: EffectTarget): Rating | null {
  return target.measure === EffectMeasure.RESULT
    ? point.resultRating
    : ((target.coreValue && point.coreValueRatings[target.coreValue]) ?? null);
}

/**
 * Orders two evaluations by one end of their periods, then the other end, then id (the later of
 * two evaluations of one period has the higher id). Before a completion the nearest is the largest
 * by `endsOn` (a triwulan, which starts later, beats the year ending the same day); after it, the
 * smallest by `startsOn` (a triwulan, which ends first, beats the year starting the same day).
 */
function comparePoints(a: EvaluationPoint, b: EvaluationPoint, first: 'startsOn' | 'endsOn') {
  const second = first === 'startsOn' ? 'endsOn' : 'startsOn';
  if (a[first] !== b[first]) return a[first] < b[first] ? -1 : 1;
  if (a[second] !== b[second]) return a[second] < b[second] ? -1 : 1;
  return a.evaluationId - b.evaluationId;
}

/**
 * The nearest of `rated` whose period ended on or before `completedOn`, and the nearest whose
 * period began after it: one pass, no sorting (the scale seed asks this tens of millions of
 * times). Dates are ISO strings, ordered as text.
 */
function nearestAround(completedOn: string, rated: readonly EvaluationPoint[]) {
  let before: EvaluationPoint | null = null;
  let after: EvaluationPoint | null = null;
  for (const point of rated) {
    if (point.endsOn <= completedOn) {
      if (before === null || comparePoints(point, before, 'endsOn') > 0) before = point;
    } else if (point.startsOn > completedOn) {
      if (after === null || comparePoints(point, after, 'startsOn') < 0) after = point;
    }
  }
  return { before, after };
}

/**
 * The rating of one value (or the result rating) in the nearest evaluation whose period ended on
 * or before the completion day, and in the nearest whose period began after it. A period the
 * training fell inside counts as neither; on equal dates a triwulan is preferred to the year.
 */
export function measureEffect({
  completedOn,
  target,
  evaluations,
}: {
  completedOn: string;
  target: EffectTarget;
  evaluations: readonly EvaluationPoint[];
}): MeasuredEffect {
  const { before, after } = nearestAround(
    completedOn,
    evaluations.filter((point) => ratingOf(point, target) !== null),
  );
  const beforeRating = before && ratingOf(before, target);
  const afterRating = after && ratingOf(after, target);
  const change =
    beforeRating && afterRating ? changeOf(beforeRating, afterRating) : EffectChange.NO_DATA;
  return { ...target, before, after, beforeRating, afterRating, change };
}

function changeOf(before: Rating, after: Rating): EffectChange {
  const delta = RATING_LEVEL[after] - RATING_LEVEL[before];
  return delta > 0
    ? EffectChange.IMPROVED
    : delta < 0
      ? EffectChange.DECLINED
      : EffectChange.UNCHANGED;
}

/** A completed catalogue programme of one employee. */
export interface EffectCompletion {
  activityId: number;
  employeeId: number;
  programId: number;
  /** YYYY-MM-DD */
  completedOn: string;
}

/** One stored effect (a `training_effect` row without its id). */
export interface StoredEffect {
  activityId: number;
  employeeId: number;
  programId: number;
  measure: EffectMeasure;
  coreValue: CoreValue | null;
  beforeRating: Rating;
  afterRating: Rating;
  change: EffectChange;
}

/**
 * The effects to store for one employee's completions: every rating with an evaluation before
 * and after the completion, in completion order then `ALL_EFFECT_TARGETS` order. Shared by the
 * API's refresh and the scale seed, so both store the same rows.
 */
export function computeStoredEffects({
  completions,
  evaluations,
}: {
  completions: readonly EffectCompletion[];
  evaluations: readonly EvaluationPoint[];
}): StoredEffect[] {
  const rows: StoredEffect[] = [];
  // Each target's rated evaluations once, not once per completion; and the nearest points read
  // here rather than through `measureEffect`, whose result per target made this ten times slower
  // (in memory: about 5 000 against 50 000 employees/s). The randomised tests hold the two alike.
  const ratedFor = ALL_EFFECT_TARGETS.map((target) =>
    evaluations.filter((point) => ratingOf(point, target) !== null),
  );
  for (const completion of completions) {
    ALL_EFFECT_TARGETS.forEach((target, at) => {
      const { before, after } = nearestAround(completion.completedOn, ratedFor[at]);
      if (before === null || after === null) return;
      const beforeRating = ratingOf(before, target)!;
      const afterRating = ratingOf(after, target)!;
      rows.push({
        activityId: completion.activityId,
        employeeId: completion.employeeId,
        programId: completion.programId,
        measure: target.measure,
        coreValue: target.coreValue,
        beforeRating,
        afterRating,
        change: changeOf(beforeRating, afterRating),
      });
    });
  }
  return rows;
}

export interface EffectSummary {
  completions: number;
  measured: number;
  improved: number;
  unchanged: number;
  declined: number;
  /** Below expectation before the training. */
  belowBefore: number;
  /** Of those, at or above expectation after it. */
  belowToMeets: number;
  /** At least MIN_EFFECT_SAMPLE measured completions: otherwise say there is too little data. */
  enoughData: boolean;
}

/** How one completion moved one rating; `count` completions alike (1 when not given). */
export interface EffectOutcome {
  change: EffectChange;
  beforeRating: Rating | null;
  afterRating: Rating | null;
  count?: number;
}

/** Counts over the effects of one programme on one value (or on the result rating). */
export function summarizeEffects(effects: readonly EffectOutcome[]): EffectSummary {
  const total = (matches: (effect: EffectOutcome) => boolean) =>
    effects.reduce((sum, effect) => sum + (matches(effect) ? (effect.count ?? 1) : 0), 0);
  const measured = (effect: EffectOutcome) => effect.change !== EffectChange.NO_DATA;
  const belowBefore = (effect: EffectOutcome) =>
    measured(effect) && effect.beforeRating === Rating.DI_BAWAH_EKSPEKTASI;
  const measuredCount = total(measured);
  return {
    completions: total(() => true),
    measured: measuredCount,
    improved: total((effect) => effect.change === EffectChange.IMPROVED),
    unchanged: total((effect) => effect.change === EffectChange.UNCHANGED),
    declined: total((effect) => effect.change === EffectChange.DECLINED),
    belowBefore: total(belowBefore),
    belowToMeets: total(
      (effect) => belowBefore(effect) && effect.afterRating !== Rating.DI_BAWAH_EKSPEKTASI,
    ),
    enoughData: measuredCount >= MIN_EFFECT_SAMPLE,
  };
}
