// The quarters of an IKI's year, as the API rules them (api/src/modules/plan/utils/period-target.util.ts):
// SUM (counts) adds the quarters up to the year, LAST takes TW4, AVERAGE the mean.
import type { IndicatorAggregation, IndicatorAspect } from '../../api/generated/graphql';

export const AGGREGATIONS: readonly IndicatorAggregation[] = ['SUM', 'LAST', 'AVERAGE'];
export const QUARTERS = ['TW1', 'TW2', 'TW3', 'TW4'] as const;

const NOT_COUNTABLE = new Set([
  '%',
  'persen',
  'indeks',
  'nilai',
  'skor',
  'poin',
  'rasio',
  'predikat',
  'tingkat',
  'hari',
  'jam',
  'menit',
  'bulan',
  'tahun',
  'rupiah',
  'rp',
]);

/** SUM for a count (KUANTITAS with a countable unit); otherwise LAST. */
export function defaultAggregation(aspect: IndicatorAspect, unit: string): IndicatorAggregation {
  return aspect === 'KUANTITAS' && !NOT_COUNTABLE.has(unit.trim().toLowerCase()) ? 'SUM' : 'LAST';
}

/** SUM: split evenly, the remainder in TW4 (whole numbers stay whole); else the annual target. */
export function defaultQuarterTargets(target: number, aggregation: IndicatorAggregation): number[] {
  if (!Number.isFinite(target) || target <= 0)
    return [Number.NaN, Number.NaN, Number.NaN, Number.NaN];
  if (aggregation !== 'SUM') return [target, target, target, target];
  const inCents = Math.round(target * 100);
  const step = inCents % 100 === 0 ? 100 : 1;
  const share = Math.floor(inCents / step / 4) * step;
  return [share / 100, share / 100, share / 100, (inCents - 3 * share) / 100];
}

export interface QuarterCheck {
  /** What the quarters make of the year (sum, TW4 or mean); null while a quarter is not a number. */
  made: number | null;
  ok: boolean;
}

/** Whether the quarter targets make the annual target by the aggregation (to the cent). */
export function checkQuarterTargets({
  target,
  aggregation,
  quarters,
}: {
  target: number;
  aggregation: IndicatorAggregation;
  quarters: readonly number[];
}): QuarterCheck {
  if (quarters.length !== 4 || quarters.some((value) => !Number.isFinite(value) || value < 0))
    return { made: null, ok: false };
  const sum = quarters.reduce((total, value) => total + value, 0);
  const made =
    aggregation === 'SUM'
      ? sum
      : aggregation === 'LAST'
        ? quarters[3]
        : Math.round((sum / 4) * 100) / 100;
  const rounded = Math.round(made * 100) / 100;
  return {
    made: rounded,
    ok: Number.isFinite(target) && Math.round(rounded * 100) === Math.round(target * 100),
  };
}
