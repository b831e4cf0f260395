import { Rating } from '../evaluation.enums';

/** Why finalising an evaluation needs the evaluator's written reason (`extensions.reason`). */
export type UnusualFinalization = 'UNREPORTED_INDICATORS' | 'ACHIEVEMENT_FAR_FROM_RATING';

/**
 * How far (percentage points) an achievement lies outside the band of the chosen result rating,
 * using the cycle thresholds: DI_ATAS above `exceeds`, SESUAI from `meets` to `exceeds`, DI_BAWAH
 * below `meets`. 0 inside the band; null without an achievement.
 */
export function achievementDistance({
  achievement,
  resultRating,
  exceedsThreshold,
  meetsThreshold,
}: {
  achievement: number | null;
  resultRating: Rating;
  exceedsThreshold: number;
  meetsThreshold: number;
}): number | null {
  if (achievement === null) return null;
  switch (resultRating) {
    case Rating.DI_ATAS_EKSPEKTASI:
      return Math.max(0, exceedsThreshold - achievement);
    case Rating.SESUAI_EKSPEKTASI:
      return Math.max(0, meetsThreshold - achievement, achievement - exceedsThreshold);
    case Rating.DI_BAWAH_EKSPEKTASI:
      return Math.max(0, achievement - meetsThreshold);
  }
}

/**
 * "Far" is more than half the width of the SESUAI band outside the chosen band (10 points with the
 * regulation's 90–110 %): a rating a whole band away from what the numbers say.
 */
export function farMargin({
  exceedsThreshold,
  meetsThreshold,
}: {
  exceedsThreshold: number;
  meetsThreshold: number;
}): number {
  return (exceedsThreshold - meetsThreshold) / 2;
}

/**
 * What makes finalising unusual enough to ask for a written reason: indicators not reported (or not
 * judged) for the period, or an achievement far from the chosen result rating. Empty when usual.
 */
export function unusualFinalization(input: {
  achievement: number | null;
  unreportedIndicators: number | null;
  resultRating: Rating;
  exceedsThreshold: number;
  meetsThreshold: number;
}): UnusualFinalization[] {
  const found: UnusualFinalization[] = [];
  if ((input.unreportedIndicators ?? 0) > 0) found.push('UNREPORTED_INDICATORS');
  const distance = achievementDistance(input);
  if (distance !== null && distance > farMargin(input)) found.push('ACHIEVEMENT_FAR_FROM_RATING');
  return found;
}
