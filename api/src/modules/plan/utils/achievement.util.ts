import { IndicatorDirection } from '../plan.enums';

export const ACHIEVEMENT_CAP = 120;

/**
 * Achievement of one indicator in percent: value/target, or target/value when lower is better,
 * capped at 120 %. A lower-is-better indicator realised at 0 (nothing spent, no delay) earns the cap.
 */
export function computeIndicatorAchievement({
  target,
  value,
  direction,
}: {
  target: number;
  value: number;
  direction: IndicatorDirection;
}): number {
  if (target <= 0) throw new Error('An indicator target must be positive');
  if (value < 0) throw new Error('A realisation cannot be negative');
  const ratio =
    direction === IndicatorDirection.LOWER_IS_BETTER
      ? value === 0
        ? Infinity
        : target / value
      : value / target;
  return Math.round(Math.min(ratio * 100, ACHIEVEMENT_CAP) * 100) / 100;
}

/** Plan achievement for a period: the mean over its indicators' achievements; null when none is reported. */
export function computePlanAchievement({
  achievements,
}: {
  achievements: number[];
}): number | null {
  if (achievements.length === 0) return null;
  const mean = achievements.reduce((sum, a) => sum + a, 0) / achievements.length;
  return Math.round(mean * 100) / 100;
}
