import { ratingOfScore } from './annual-suggestion';
import { suggestResultRating } from './predicate';
import type { Rating } from '../../api/generated/graphql';

// A period's suggestion as the API makes it (suggestPeriodRating in
// api/src/modules/evaluation/utils/suggestion.util.ts), so the form can show it while the
// evaluator judges the qualitative indicators, before the draft is saved.

const SCORE: Record<Rating, number> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

/**
 * The numeric achievement rated through the cycle thresholds, weighing as many indicators as
 * were reported, and each judgement of a qualitative indicator weighing one: the weighted mean
 * of their scores (DI_BAWAH 1, SESUAI 2, DI_ATAS 3) rounded to the nearest rating, a tie to
 * SESUAI. Null when there is neither.
 */
export function suggestPeriodRating({
  achievement,
  reportedNumeric,
  judgements,
  meetsThreshold,
  exceedsThreshold,
}: {
  achievement: number | null;
  reportedNumeric: number;
  judgements: readonly Rating[];
  meetsThreshold: number;
  exceedsThreshold: number;
}): Rating | null {
  const numeric = suggestResultRating({ achievement, meetsThreshold, exceedsThreshold });
  const parts = [
    ...(numeric === null ? [] : [{ score: SCORE[numeric], weight: reportedNumeric }]),
    ...judgements.map((rating) => ({ score: SCORE[rating], weight: 1 })),
  ];
  const weight = parts.reduce((sum, part) => sum + part.weight, 0);
  if (weight === 0) return null;
  return ratingOfScore(parts.reduce((sum, part) => sum + part.score * part.weight, 0) / weight);
}
