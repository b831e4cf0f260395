import type { FieldProblem } from '../../../platform/graphql/errors';

/**
 * The achievement thresholds of the suggested result rating (DESIGN §2): above `exceedsThreshold`
 * is DI_ATAS_EKSPEKTASI, from `meetsThreshold` up to it SESUAI_EKSPEKTASI, below DI_BAWAH.
 */
export const THRESHOLD_DEFAULTS = { meetsThreshold: 90, exceedsThreshold: 110 } as const;

/** Bounds HR may choose within: achievement is capped at 120 %, so a higher bar is unreachable. */
export const THRESHOLD_BOUNDS = {
  meetsMin: 50,
  meetsMax: 100,
  exceedsMin: 100,
  exceedsMax: 120,
} as const;

export interface Thresholds {
  meetsThreshold: number;
  exceedsThreshold: number;
}

const hasTwoDecimalsAtMost = (value: number) =>
  Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

/** Field problems of a pair of thresholds, each naming its field (`prefix` for nested inputs). */
export function thresholdProblems({
  meetsThreshold,
  exceedsThreshold,
}: Thresholds): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { meetsMin, meetsMax, exceedsMin, exceedsMax } = THRESHOLD_BOUNDS;
  const meetsOk = Number.isFinite(meetsThreshold);
  const exceedsOk = Number.isFinite(exceedsThreshold);
  if (!meetsOk || meetsThreshold < meetsMin || meetsThreshold > meetsMax)
    problems.push({
      field: 'meetsThreshold',
      reason: 'MEETS_THRESHOLD_RANGE',
      message: `must be from ${meetsMin} to ${meetsMax}`,
      params: { min: meetsMin, max: meetsMax },
    });
  else if (!hasTwoDecimalsAtMost(meetsThreshold))
    problems.push({
      field: 'meetsThreshold',
      reason: 'THRESHOLD_PRECISION',
      message: 'must have at most two decimals',
      params: { decimals: 2 },
    });
  if (!exceedsOk || exceedsThreshold < exceedsMin || exceedsThreshold > exceedsMax)
    problems.push({
      field: 'exceedsThreshold',
      reason: 'EXCEEDS_THRESHOLD_RANGE',
      message: `must be from ${exceedsMin} to ${exceedsMax}`,
      params: { min: exceedsMin, max: exceedsMax },
    });
  else if (!hasTwoDecimalsAtMost(exceedsThreshold))
    problems.push({
      field: 'exceedsThreshold',
      reason: 'THRESHOLD_PRECISION',
      message: 'must have at most two decimals',
      params: { decimals: 2 },
    });
  else if (meetsOk && exceedsThreshold <= meetsThreshold)
    problems.push({
      field: 'exceedsThreshold',
      reason: 'THRESHOLD_ORDER',
      message: 'must be above meetsThreshold',
      params: { meetsThreshold },
    });
  return problems;
}
