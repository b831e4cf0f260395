import { Period } from '../../cycle/cycle.enums';
import { OrganizationPredicateValue, Rating, SuggestionBasis } from '../evaluation.enums';
import { suggestResultRating } from './predicate.util';

/**
 * The suggested result rating (the evaluator may differ; the difference is recorded).
 *
 * 1. A period's own evidence: numeric indicators give the plan achievement (mean over the reported
 *    ones), rated through the cycle thresholds; each judged KUALITATIF indicator gives its
 *    judgement. They combine as a weighted mean of scores (DI_BAWAH 1, SESUAI 2, DI_ATAS 3) in
 *    which the numeric rating weighs as many indicators as were reported and each judgement one.
 *    The mean rounds to the nearest rating, a tie (x.5) towards SESUAI_EKSPEKTASI: DI_ATAS above
 *    2.5, DI_BAWAH below 1.5. With numeric indicators only this is the threshold rating as before.
 * 2. ANNUAL: that rating and the mean of the FINAL triwulan result ratings weigh half each, rounded
 *    the same way; without final triwulan ratings the annual evidence alone decides, without
 *    annual evidence the quarters alone.
 * 3. ANNUAL for the head of a unit whose organisation predicate for the cycle is recorded: the
 *    predicate decides (ISTIMEWA → DI_ATAS, BAIK → SESUAI, below → DI_BAWAH), whatever 1–2 say.
 */

const { DI_BAWAH_EKSPEKTASI: BELOW, SESUAI_EKSPEKTASI: MEETS, DI_ATAS_EKSPEKTASI: ABOVE } = Rating;

export const RATING_SCORE: Record<Rating, number> = { [BELOW]: 1, [MEETS]: 2, [ABOVE]: 3 };

/** Nearest rating to a mean score; exactly halfway goes to SESUAI_EKSPEKTASI. */
export function ratingOfScore(score: number): Rating {
  if (score > 2.5) return ABOVE;
  if (score < 1.5) return BELOW;
  return MEETS;
}

function weightedMean(parts: { score: number; weight: number }[]): number | null {
  const weight = parts.reduce((sum, part) => sum + part.weight, 0);
  if (weight === 0) return null;
  return parts.reduce((sum, part) => sum + part.score * part.weight, 0) / weight;
}

/** Rule 1: a period's numeric achievement and qualitative judgements together. */
export function suggestPeriodRating({
  achievement,
  reportedNumeric,
  judgements,
  exceedsThreshold,
  meetsThreshold,
}: {
  /** Plan achievement over the reported numeric indicators; null when none is reported. */
  achievement: number | null;
  /** How many numeric indicators were reported (the weight of the achievement). */
  reportedNumeric: number;
  /** The judgements of the qualitative indicators that were judged. */
  judgements: readonly Rating[];
  exceedsThreshold: number;
  meetsThreshold: number;
}): Rating | null {
  const numeric = suggestResultRating({ achievement, exceedsThreshold, meetsThreshold });
  const mean = weightedMean([
    ...(numeric === null ? [] : [{ score: RATING_SCORE[numeric], weight: reportedNumeric }]),
    ...judgements.map((rating) => ({ score: RATING_SCORE[rating], weight: 1 })),
  ]);
  return mean === null ? null : ratingOfScore(mean);
}

/** Rule 2: the annual evidence and the final triwulan ratings, half each. */
export function suggestAnnualRating({
  annual,
  quarters,
}: {
  annual: Rating | null;
  quarters: readonly Rating[];
}): Rating | null {
  const quarterMean = weightedMean(
    quarters.map((rating) => ({ score: RATING_SCORE[rating], weight: 1 })),
  );
  const mean = weightedMean([
    ...(annual === null ? [] : [{ score: RATING_SCORE[annual], weight: 1 }]),
    ...(quarterMean === null ? [] : [{ score: quarterMean, weight: 1 }]),
  ]);
  return mean === null ? null : ratingOfScore(mean);
}

/** Rule 3: the organisation predicate of the unit an employee heads. */
export const ORGANIZATION_PREDICATE_RATING: Record<OrganizationPredicateValue, Rating> = {
  [OrganizationPredicateValue.ISTIMEWA]: ABOVE,
  [OrganizationPredicateValue.BAIK]: MEETS,
  [OrganizationPredicateValue.BUTUH_PERBAIKAN]: BELOW,
  [OrganizationPredicateValue.KURANG]: BELOW,
  [OrganizationPredicateValue.SANGAT_KURANG]: BELOW,
};

export interface SuggestionInput {
  period: Period;
  achievement: number | null;
  reportedNumeric: number;
  judgements: readonly Rating[];
  exceedsThreshold: number;
  meetsThreshold: number;
  /** ANNUAL: the result ratings of the FINAL triwulan evaluations in force. */
  quarterRatings: readonly Rating[];
  /** ANNUAL: the recorded predicate of the unit the employee heads, if any. */
  headedUnitPredicate: OrganizationPredicateValue | null;
}

/** The suggestion and what it was made from; rating null when there is nothing to go on. */
export function suggestEvaluation(input: SuggestionInput): {
  rating: Rating | null;
  basis: SuggestionBasis | null;
} {
  if (input.period === Period.ANNUAL && input.headedUnitPredicate !== null)
    return {
      rating: ORGANIZATION_PREDICATE_RATING[input.headedUnitPredicate],
      basis: SuggestionBasis.ORGANIZATION_PREDICATE,
    };
  const own = suggestPeriodRating(input);
  if (input.period === Period.ANNUAL && input.quarterRatings.length > 0) {
    return {
      rating: suggestAnnualRating({ annual: own, quarters: input.quarterRatings }),
      basis: SuggestionBasis.ACHIEVEMENT_AND_QUARTERS,
    };
  }
  return { rating: own, basis: own === null ? null : SuggestionBasis.ACHIEVEMENT };
}
