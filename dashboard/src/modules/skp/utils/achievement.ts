import { numberFormat } from '../../ui/utils/format';

// Achievement (capaian) of an indicator or a plan, in %, as the API computes it (capped at 120).
export const ACHIEVEMENT_MAX = 120;
export const MEETS_FROM = 90;
export const EXCEEDS_ABOVE = 110;

export type AchievementTone = 'none' | 'below' | 'meets' | 'exceeds';

/** < 90 below expectation, 90–110 meets, > 110 exceeds; null means nothing reported. */
export function achievementTone(value: number | null | undefined): AchievementTone {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'none';
  if (value < MEETS_FROM) return 'below';
  if (value > EXCEEDS_ABOVE) return 'exceeds';
  return 'meets';
}

/** Width of the bar in % of its track (the track spans 0–120 %). */
export function achievementWidth(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return 0;
  const clamped = Math.min(Math.max(value, 0), ACHIEVEMENT_MAX);
  return (clamped / ACHIEVEMENT_MAX) * 100;
}

export function formatPercent(value: number, locale: string): string {
  return `${numberFormat(locale, 1).format(value)} %`;
}
