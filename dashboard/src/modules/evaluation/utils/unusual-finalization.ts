import type { Rating } from '../../api/generated/graphql';

// What makes finalising unusual, as the API decides it (unusualFinalization in
// api/src/modules/evaluation/utils/finalization.util.ts), so the confirmation asks for the
// written reason up front instead of after a refusal.

export type UnusualFinalization = 'UNREPORTED_INDICATORS' | 'ACHIEVEMENT_FAR_FROM_RATING';

/** Percentage points outside the chosen rating's band of the cycle thresholds; null without data. */
function achievementDistance(
  achievement: number | null,
  resultRating: Rating,
  exceedsThreshold: number,
  meetsThreshold: number,
): number | null {
  if (achievement === null) return null;
  if (resultRating === 'DI_ATAS_EKSPEKTASI') return Math.max(0, exceedsThreshold - achievement);
  if (resultRating === 'DI_BAWAH_EKSPEKTASI') return Math.max(0, achievement - meetsThreshold);
  return Math.max(0, meetsThreshold - achievement, achievement - exceedsThreshold);
}

/** Far: more than half the SESUAI band's width outside the chosen band (10 points at 90–110 %). */
export function unusualFinalization({
  achievement,
  unreportedIndicators,
  resultRating,
  exceedsThreshold,
  meetsThreshold,
}: {
  achievement: number | null;
  unreportedIndicators: number;
  resultRating: Rating | null;
  exceedsThreshold: number;
  meetsThreshold: number;
}): UnusualFinalization[] {
  const found: UnusualFinalization[] = [];
  if (unreportedIndicators > 0) found.push('UNREPORTED_INDICATORS');
  if (resultRating === null) return found;
  const distance = achievementDistance(achievement, resultRating, exceedsThreshold, meetsThreshold);
  if (distance !== null && distance > (exceedsThreshold - meetsThreshold) / 2)
    found.push('ACHIEVEMENT_FAR_FROM_RATING');
  return found;
}
