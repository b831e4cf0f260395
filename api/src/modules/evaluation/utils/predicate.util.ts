import { Predicate, Rating } from '../evaluation.enums';

const { DI_BAWAH_EKSPEKTASI: BELOW, SESUAI_EKSPEKTASI: MEETS, DI_ATAS_EKSPEKTASI: ABOVE } = Rating;

// PermenPANRB 6/2022: rows are the result rating, columns the behaviour rating.
const MATRIX: Record<Rating, Record<Rating, Predicate>> = {
  [ABOVE]: { [BELOW]: Predicate.KURANG, [MEETS]: Predicate.BAIK, [ABOVE]: Predicate.SANGAT_BAIK },
  [MEETS]: { [BELOW]: Predicate.KURANG, [MEETS]: Predicate.BAIK, [ABOVE]: Predicate.BAIK },
  [BELOW]: {
    [BELOW]: Predicate.SANGAT_KURANG,
    [MEETS]: Predicate.BUTUH_PERBAIKAN,
    [ABOVE]: Predicate.BUTUH_PERBAIKAN,
  },
};

export const PREDICATE_LEVEL: Record<Predicate, number> = {
  [Predicate.SANGAT_BAIK]: 5,
  [Predicate.BAIK]: 4,
  [Predicate.BUTUH_PERBAIKAN]: 3,
  [Predicate.KURANG]: 2,
  [Predicate.SANGAT_KURANG]: 1,
};

/** The predicate of the result × behaviour matrix, with its chart level 5 (SANGAT_BAIK) … 1. */
export function computePredicate({
  resultRating,
  behaviorRating,
}: {
  resultRating: Rating;
  behaviorRating: Rating;
}) {
  const predicate = MATRIX[resultRating][behaviorRating];
  return { predicate, predicateLevel: PREDICATE_LEVEL[predicate] };
}

/** Suggested result rating from achievement: above `exceeds` %, from `meets` % up to it, or below. */
export function suggestResultRating({
  achievement,
  exceedsThreshold,
  meetsThreshold,
}: {
  achievement: number | null;
  exceedsThreshold: number;
  meetsThreshold: number;
}): Rating | null {
  if (achievement === null) return null;
  if (achievement > exceedsThreshold) return ABOVE;
  if (achievement >= meetsThreshold) return MEETS;
  return BELOW;
}
