import type { Predicate, Rating } from '../../api/generated/graphql';

// PermenPANRB 6/2022 (the API derives the same): rows are the result rating, columns behaviour.
export const PREDICATE_MATRIX: Record<Rating, Record<Rating, Predicate>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
  },
  SESUAI_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'BAIK',
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

/** The predicate a pair of ratings gives, or null until both are chosen (a preview only). */
export function previewPredicate({
  resultRating,
  behaviorRating,
}: {
  resultRating: Rating | null | undefined;
  behaviorRating: Rating | null | undefined;
}): Predicate | null {
  if (!resultRating || !behaviorRating) return null;
  return PREDICATE_MATRIX[resultRating]?.[behaviorRating] ?? null;
}

/** Suggested result rating from achievement: above `exceeds` %, from `meets` % up to it, or below. */
export function suggestResultRating({
  achievement,
  meetsThreshold,
  exceedsThreshold,
}: {
  achievement: number | null | undefined;
  meetsThreshold: number;
  exceedsThreshold: number;
}): Rating | null {
  if (achievement === null || achievement === undefined || !Number.isFinite(achievement))
    return null;
  if (achievement > exceedsThreshold) return 'DI_ATAS_EKSPEKTASI';
  if (achievement >= meetsThreshold) return 'SESUAI_EKSPEKTASI';
  return 'DI_BAWAH_EKSPEKTASI';
}

/** Values rated below expectation from which an overall behaviour rating above it deserves a second look. */
export const BEHAVIOR_WARNING_MIN_BELOW = 2;

/**
 * How many BerAKHLAK values are rated below expectation when the overall behaviour rating is not
 * (and at least BEHAVIOR_WARNING_MIN_BELOW are), else null: the form warns, it does not block.
 */
export function behaviorRatingMismatch({
  behaviorRating,
  valueRatings,
}: {
  behaviorRating: Rating | '' | null | undefined;
  valueRatings: readonly (Rating | '' | null | undefined)[];
}): number | null {
  if (!behaviorRating || behaviorRating === 'DI_BAWAH_EKSPEKTASI') return null;
  const below = valueRatings.filter((rating) => rating === 'DI_BAWAH_EKSPEKTASI').length;
  return below >= BEHAVIOR_WARNING_MIN_BELOW ? below : null;
}
