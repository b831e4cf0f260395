import type { Period } from '../cycle/cycle.enums';
import type { Loaders } from '../../platform/graphql/loaders';
import { Indicator } from './indicator.entity';
import type { PerformancePlan } from './performance-plan.entity';
import { Realization } from './realization.entity';
import { IndicatorKind } from './plan.enums';
import {
  computePeriodResult,
  computePlanAchievement,
  computeQualitativePeriodResult,
  type IndicatorPlan,
  type PeriodResult,
  type QualitativePeriodResult,
} from './utils/achievement.util';
import { WorkTarget } from './work-target.entity';

/** The pure rules' view of an indicator row: annual and quarter targets, aggregation, direction. */
export function indicatorPlanOf(indicator: Indicator): IndicatorPlan {
  return {
    target: indicator.target,
    quarterTargets: [
      indicator.targetTw1,
      indicator.targetTw2,
      indicator.targetTw3,
      indicator.targetTw4,
    ],
    aggregation: indicator.aggregation,
    direction: indicator.direction,
  };
}

/** The reports in force of an indicator, one per period (later submissions replace earlier ones). */
async function reportsInForce({ indicator, loaders }: { indicator: Indicator; loaders: Loaders }) {
  const reports = await loaders
    .manyBy(Realization, 'indicatorId', { id: 'ASC' })
    .load(indicator.id);
  return reports.filter((report) => report.replacedAt === null);
}

/** The report in force for an indicator and period. */
export async function currentRealization({
  indicator,
  period,
  loaders,
}: {
  indicator: Indicator;
  period: Period;
  loaders: Loaders;
}) {
  const reports = await reportsInForce({ indicator, loaders });
  return reports.find((report) => report.period === period) ?? null;
}

/**
 * One indicator in one period: against the period's target, the year derived from the quarters.
 * A KUALITATIF indicator has no percentage: only whether the period has a narrative.
 */
export async function indicatorResult({
  indicator,
  period,
  loaders,
}: {
  indicator: Indicator;
  period: Period;
  loaders: Loaders;
}): Promise<PeriodResult | QualitativePeriodResult> {
  const reports = await reportsInForce({ indicator, loaders });
  if (indicator.kind === IndicatorKind.KUALITATIF)
    return computeQualitativePeriodResult({
      period,
      narrated: reports.some((report) => report.period === period && report.narrative !== null),
    });
  return computePeriodResult({
    plan: indicatorPlanOf(indicator),
    period,
    reports: Object.fromEntries(
      reports.flatMap((report) => (report.value === null ? [] : [[report.period, report.value]])),
    ),
  });
}

export async function indicatorAchievement(args: {
  indicator: Indicator;
  period: Period;
  loaders: Loaders;
}) {
  return (await indicatorResult(args)).achievement;
}

export interface PlanPeriodSummary {
  /** Mean achievement over the reported numeric (KUANTITATIF) indicators; null when none is. */
  achievement: number | null;
  /** How many numeric indicators the plan has, and how many of them are reported for the period. */
  numericIndicators: number;
  reportedNumeric: number;
  /** Numeric indicators without a report (belum dilaporkan): left out of the mean, never 0 %. */
  unreportedNumeric: number;
  /** The KUALITATIF indicators, judged by the evaluator instead of measured. */
  qualitativeIndicatorIds: number[];
}

/**
 * Plan achievement for a period through the loaders (a constant number of statements per page of
 * plans): the mean over the reported numeric indicators, how many numeric ones are not reported
 * (belum dilaporkan), and the qualitative indicators, which never enter the mean.
 */
export async function planPeriodSummary({
  plan,
  period,
  loaders,
}: {
  plan: PerformancePlan;
  period: Period;
  loaders: Loaders;
}): Promise<PlanPeriodSummary> {
  const targets = await loaders.manyBy(WorkTarget, 'planId').load(plan.id);
  const indicators = (
    await Promise.all(
      targets.map((target) => loaders.manyBy(Indicator, 'workTargetId').load(target.id)),
    )
  ).flat();
  const numeric = indicators.filter((indicator) => indicator.kind !== IndicatorKind.KUALITATIF);
  const results = await Promise.all(
    numeric.map((indicator) => indicatorResult({ indicator, period, loaders })),
  );
  const achievements = results.flatMap((result) =>
    result.achievement === null ? [] : [result.achievement],
  );
  return {
    achievement: computePlanAchievement({ achievements }),
    numericIndicators: numeric.length,
    reportedNumeric: achievements.length,
    unreportedNumeric: numeric.length - achievements.length,
    qualitativeIndicatorIds: indicators
      .filter((indicator) => indicator.kind === IndicatorKind.KUALITATIF)
      .map((indicator) => indicator.id),
  };
}

export async function planAchievement(args: {
  plan: PerformancePlan;
  period: Period;
  loaders: Loaders;
}) {
  return (await planPeriodSummary(args)).achievement;
}
