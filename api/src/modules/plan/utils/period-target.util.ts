import type { FieldProblem } from '../../../platform/graphql/errors';
import { Period } from '../../cycle/cycle.enums';
import { IndicatorAggregation, IndicatorAspect } from '../plan.enums';

/** The four triwulan, in order; the year (ANNUAL) is made from them. */
export const QUARTERS = [Period.TW1, Period.TW2, Period.TW3, Period.TW4] as const;
export type Quarter = (typeof QUARTERS)[number];

export const isQuarter = (period: Period): period is Quarter =>
  (QUARTERS as readonly Period[]).includes(period);

// Units that measure a level, a rate, a duration or money rather than a number of things.
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

export function isCountableUnit(unit: string): boolean {
  return !NOT_COUNTABLE.has(unit.trim().toLowerCase());
}

/** SUM for a count (KUANTITAS with a countable unit); otherwise LAST, the level reached by TW4. */
export function defaultAggregation({
  aspect,
  unit,
}: {
  aspect: IndicatorAspect;
  unit: string;
}): IndicatorAggregation {
  return aspect === IndicatorAspect.KUANTITAS && isCountableUnit(unit)
    ? IndicatorAggregation.SUM
    : IndicatorAggregation.LAST;
}

/**
 * Quarter targets derived from the annual one: SUM splits it evenly with the remainder in TW4
 * (whole numbers stay whole; others split to the cent); LAST and AVERAGE repeat the annual target.
 */
export function defaultQuarterTargets({
  target,
  aggregation,
}: {
  target: number;
  aggregation: IndicatorAggregation;
}): [number, number, number, number] {
  if (aggregation !== IndicatorAggregation.SUM) return [target, target, target, target];
  const inCents = Math.round(target * 100);
  const unit = inCents % 100 === 0 ? 100 : 1;
  const share = Math.floor(inCents / unit / 4) * unit;
  const last = inCents - 3 * share;
  return [share / 100, share / 100, share / 100, last / 100];
}

const sameInCents = (a: number, b: number) => Math.round(a * 100) === Math.round(b * 100);

/** The year's value made from the quarters; null until the quarters it needs are all reported. */
export function aggregateQuarters({
  aggregation,
  values,
}: {
  aggregation: IndicatorAggregation;
  values: readonly (number | null)[];
}): number | null {
  if (aggregation === IndicatorAggregation.LAST) return values[3] ?? null;
  if (values.length !== 4 || values.some((value) => value === null)) return null;
  const sum = (values as number[]).reduce((total, value) => total + value, 0);
  const year = aggregation === IndicatorAggregation.SUM ? sum : sum / 4;
  return Math.round(year * 100) / 100;
}

/** What the quarter targets must make of the annual target, in words for the field problem. */
export function quarterTargetProblems({
  field,
  target,
  aggregation,
  quarterTargets,
}: {
  field: string;
  target: number;
  aggregation: IndicatorAggregation;
  quarterTargets: readonly number[];
}): FieldProblem[] {
  if (quarterTargets.length !== 4)
    return [
      {
        field,
        reason: 'QUARTER_TARGETS_EACH',
        message: 'give one target for each of TW1, TW2, TW3 and TW4',
      },
    ];
  if (quarterTargets.some((value) => !Number.isFinite(value) || value < 0 || value >= 1e12))
    return [
      {
        field,
        reason: 'NON_NEGATIVE_NUMBER',
        message: 'each quarter target must be a number of at least 0',
      },
    ];
  const sum = quarterTargets.reduce((total, value) => total + value, 0);
  switch (aggregation) {
    case IndicatorAggregation.SUM:
      return sameInCents(sum, target)
        ? []
        : [
            {
              field,
              reason: 'QUARTER_SUM_MISMATCH',
              message: `the quarter targets add up to ${sum}, not the annual ${target}`,
              params: { made: sum, target },
            },
          ];
    case IndicatorAggregation.LAST:
      return sameInCents(quarterTargets[3], target)
        ? []
        : [
            {
              field,
              reason: 'QUARTER_LAST_MISMATCH',
              message: `the TW4 target must be the annual target ${target}`,
              params: { target },
            },
          ];
    case IndicatorAggregation.AVERAGE:
      return sameInCents(Math.round((sum / 4) * 100) / 100, target)
        ? []
        : [
            {
              field,
              reason: 'QUARTER_AVERAGE_MISMATCH',
              message: `the quarter targets average ${sum / 4}, not the annual ${target}`,
              params: { made: sum / 4, target },
            },
          ];
  }
}
