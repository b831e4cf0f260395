import type { Predicate, Rating } from '../types';

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
