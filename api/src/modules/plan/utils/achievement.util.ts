import { Period } from '../../cycle/cycle.enums';
import { type IndicatorAggregation, IndicatorDirection } from '../plan.enums';
import { aggregateQuarters, isQuarter, QUARTERS } from './period-target.util';

export const ACHIEVEMENT_CAP = 120;

/**
 * Achievement of one indicator in percent: value/target, or target/value when lower is better,
 * capped at 120 %. A lower-is-better indicator realised at 0 (nothing spent, no delay) earns the cap.
 * A quarter may plan nothing (target 0): nothing done meets it (100 %), anything done earns the cap;
 * lower is better, anything above 0 misses it (0 %).
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
  if (target < 0) throw new Error('An indicator target cannot be negative');
  if (value < 0) throw new Error('A realisation cannot be negative');
  const ratio =
    direction === IndicatorDirection.LOWER_IS_BETTER
      ? value === 0
        ? Infinity
        : target / value
      : target === 0
        ? value === 0
          ? 1
          : Infinity
        : value / target;
  return Math.round(Math.min(ratio * 100, ACHIEVEMENT_CAP) * 100) / 100;
}

/** Plan achievement for a period: the mean over its reported indicators' achievements; null when none is reported. */
export function computePlanAchievement({
  achievements,
}: {
  achievements: number[];
}): number | null {
  if (achievements.length === 0) return null;
  const mean = achievements.reduce((sum, a) => sum + a, 0) / achievements.length;
  return Math.round(mean * 100) / 100;
}

export interface IndicatorPlan {
  /** The annual target. */
  target: number;
  /** TW1–TW4 targets, in order. */
  quarterTargets: readonly number[];
  aggregation: IndicatorAggregation;
  direction: IndicatorDirection;
}

export interface PeriodResult {
  period: Period;
  target: number;
  /** The value achievement is measured on: the report, or for ANNUAL the correction or the derived value. */
  value: number | null;
  /** ANNUAL only: the value made from the quarters by the aggregation (null until they are reported). */
  derivedValue: number | null;
  /** The report entered for the period itself (for ANNUAL: a correction of the derived value). */
  reportedValue: number | null;
  /** False: "belum dilaporkan", and achievement is null (never 0 %). */
  reported: boolean;
  achievement: number | null;
}

/** A period's result of a KUALITATIF indicator: judged by the evaluator, never a target, value or %. */
export interface QualitativePeriodResult extends Omit<PeriodResult, 'target'> {
  target: null;
}

/** A KUALITATIF indicator in a period: reported when the period has a narrative; no percentage. */
export function computeQualitativePeriodResult({
  period,
  narrated,
}: {
  period: Period;
  narrated: boolean;
}): QualitativePeriodResult {
  return {
    period,
    target: null,
    value: null,
    derivedValue: null,
    reportedValue: null,
    reported: narrated,
    achievement: null,
  };
}

/** The period target: a quarter's own, or the annual target for ANNUAL. */
export function targetForPeriod({ plan, period }: { plan: IndicatorPlan; period: Period }): number {
  return isQuarter(period) ? plan.quarterTargets[QUARTERS.indexOf(period)] : plan.target;
}

/**
 * One indicator in one period: achievement against that period's target; the annual value is
 * derived from the quarters unless an annual report corrects it.
 */
export function computePeriodResult({
  plan,
  period,
  reports,
}: {
  plan: IndicatorPlan;
  period: Period;
  /** The values in force per period; a period without a report is absent. */
  reports: Partial<Record<Period, number>>;
}): PeriodResult {
  const target = targetForPeriod({ plan, period });
  const reportedValue = reports[period] ?? null;
  const derivedValue =
    period === Period.ANNUAL
      ? aggregateQuarters({
          aggregation: plan.aggregation,
          values: QUARTERS.map((quarter) => reports[quarter] ?? null),
        })
      : null;
  const value = reportedValue ?? derivedValue;
  return {
    period,
    target,
    value,
    derivedValue,
    reportedValue,
    reported: value !== null,
    achievement:
      value === null
        ? null
        : computeIndicatorAchievement({ target, value, direction: plan.direction }),
  };
}
