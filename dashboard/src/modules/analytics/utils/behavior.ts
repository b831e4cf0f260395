import { CORE_VALUES } from '../../skp/types';
import type { TrendPoint } from '../types';
import { PERIOD_ORDER } from './trend';
import type { CoreValue, Period, Rating } from '../../api/generated/graphql';

/** A BerAKHLAK rating as a level for the chart: below 1, meets 2, above 3. */
export const RATING_LEVEL: Record<Rating, number> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

const LEVEL_RATING: Record<number, Rating> = {
  1: 'DI_BAWAH_EKSPEKTASI',
  2: 'SESUAI_EKSPEKTASI',
  3: 'DI_ATAS_EKSPEKTASI',
};

export interface ProfileEvaluation {
  key: string;
  cycleYear: number;
  period: Period;
}

export interface ProfileRow {
  coreValue: CoreValue;
  /** Level 1–3 in the latest evaluation with value feedback; null when the value was not rated. */
  latest: number | null;
  latestRating: Rating | null;
  previous: number | null;
  previousRating: Rating | null;
}

export interface BehaviorProfile {
  latest: ProfileEvaluation;
  previous: ProfileEvaluation | null;
  /** The seven core values in their official order. */
  rows: ProfileRow[];
}

const byTime = (a: TrendPoint, b: TrendPoint) =>
  a.cycleYear - b.cycleYear || PERIOD_ORDER.indexOf(a.period) - PERIOD_ORDER.indexOf(b.period);

/** Count-weighted mean level per value (an evaluation normally rates each value once). */
function levels(point: TrendPoint): Map<CoreValue, number> {
  const sums = new Map<CoreValue, { total: number; count: number }>();
  for (const item of point.behaviorFeedback ?? []) {
    const sum = sums.get(item.coreValue) ?? { total: 0, count: 0 };
    sum.total += RATING_LEVEL[item.rating] * item.count;
    sum.count += item.count;
    sums.set(item.coreValue, sum);
  }
  return new Map(
    [...sums].map(([value, sum]) => [value, Math.round((sum.total / sum.count) * 100) / 100]),
  );
}

/** The rating a level stands for when it is a whole level (a mean of mixed ratings has none). */
const ratingOf = (level: number | null): Rating | null =>
  level === null ? null : (LEVEL_RATING[level] ?? null);

/**
 * The BerAKHLAK profile of the latest final evaluation that rated the core values, beside the
 * evaluation before it; null when no evaluation rated any value.
 */
export function behaviorProfile(points: readonly TrendPoint[]): BehaviorProfile | null {
  const rated = [...points].filter((point) => (point.behaviorFeedback ?? []).length > 0);
  rated.sort(byTime);
  const latestPoint = rated[rated.length - 1];
  if (!latestPoint) return null;
  const previousPoint = rated.length > 1 ? rated[rated.length - 2] : null;
  const latestLevels = levels(latestPoint);
  const previousLevels = previousPoint ? levels(previousPoint) : new Map<CoreValue, number>();
  const describe = (point: TrendPoint): ProfileEvaluation => ({
    key: `${point.cycleYear}-${point.period}`,
    cycleYear: point.cycleYear,
    period: point.period,
  });
  return {
    latest: describe(latestPoint),
    previous: previousPoint ? describe(previousPoint) : null,
    rows: CORE_VALUES.map((coreValue) => {
      const latest = latestLevels.get(coreValue) ?? null;
      const previous = previousLevels.get(coreValue) ?? null;
      return {
        coreValue,
        latest,
        latestRating: ratingOf(latest),
        previous,
        previousRating: ratingOf(previous),
      };
    }),
  };
}

/** The official names of the BerAKHLAK core values: regulation terms, shown untranslated. */
export const CORE_VALUE_NAMES: Record<CoreValue, string> = {
  BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan',
  AKUNTABEL: 'Akuntabel',
  KOMPETEN: 'Kompeten',
  HARMONIS: 'Harmonis',
  LOYAL: 'Loyal',
  ADAPTIF: 'Adaptif',
  KOLABORATIF: 'Kolaboratif',
};
