import type { OrganizationPredicateValue, Rating } from '../../api/generated/graphql';

// The annual suggestion as the API makes it (api/src/modules/evaluation/utils/suggestion.util.ts),
// so the form can say what the suggestion rests on before the draft is saved.

export type SuggestionBasis = 'ACHIEVEMENT' | 'ACHIEVEMENT_AND_QUARTERS' | 'ORGANIZATION_PREDICATE';

const SCORE: Record<Rating, number> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

/** Nearest rating to a mean score; exactly halfway goes to SESUAI_EKSPEKTASI. */
export function ratingOfScore(score: number): Rating {
  if (score > 2.5) return 'DI_ATAS_EKSPEKTASI';
  if (score < 1.5) return 'DI_BAWAH_EKSPEKTASI';
  return 'SESUAI_EKSPEKTASI';
}

export const ORGANIZATION_PREDICATE_RATING: Record<OrganizationPredicateValue, Rating> = {
  ISTIMEWA: 'DI_ATAS_EKSPEKTASI',
  BAIK: 'SESUAI_EKSPEKTASI',
  BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
  KURANG: 'DI_BAWAH_EKSPEKTASI',
  SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
};

/**
 * ANNUAL: a unit head's recorded organisation predicate decides; otherwise the year's own rating
 * and the mean of the final quarters' result ratings weigh half each (either alone when the other
 * is missing).
 */
export function suggestAnnual({
  own,
  quarterRatings,
  organizationPredicate,
}: {
  /** The rating the year's own evidence suggests, or null without any. */
  own: Rating | null;
  /** The result ratings of the final TW1–TW4 evaluations in force. */
  quarterRatings: readonly Rating[];
  /** The recorded predicate of the unit the employee heads, if any. */
  organizationPredicate: OrganizationPredicateValue | null;
}): { rating: Rating | null; basis: SuggestionBasis | null } {
  if (organizationPredicate)
    return {
      rating: ORGANIZATION_PREDICATE_RATING[organizationPredicate],
      basis: 'ORGANIZATION_PREDICATE',
    };
  if (quarterRatings.length === 0)
    return { rating: own, basis: own === null ? null : 'ACHIEVEMENT' };
  const quarters = quarterRatings.reduce((sum, rating) => sum + SCORE[rating], 0);
  const quarterMean = quarters / quarterRatings.length;
  const mean = own === null ? quarterMean : (SCORE[own] + quarterMean) / 2;
  return { rating: ratingOfScore(mean), basis: 'ACHIEVEMENT_AND_QUARTERS' };
}
