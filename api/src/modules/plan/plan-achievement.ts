import type { Period } from '../cycle/cycle.enums';
import type { Loaders } from '../../platform/graphql/loaders';
import { Indicator } from './indicator.entity';
import type { PerformancePlan } from './performance-plan.entity';
import { Realization } from './realization.entity';
import {
  computePeriodResult,
  computePlanAchievement,
  type IndicatorPlan,
  type PeriodResult,
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

/** One indicator in one period: against the period's target, the year derived from the quarters. */
export async function indicatorResult({
  indicator,
  period,
  loaders,
}: {
  indicator: Indicator;
  period: Period;
  loaders: Loaders;
}): Promise<PeriodResult> {
  const reports = await reportsInForce({ indicator, loaders });
  return computePeriodResult({
    plan: indicatorPlanOf(indicator),
    period,
    reports: Object.fromEntries(reports.map((report) => [report.period, report.value])),
  });
}

export async function indicatorAchievement(args: {
  indicator: Indicator;
  period: Period;
  loaders: Loaders;
}) {
  return (await indicatorResult(args)).achievement;
}

/**
 * Plan achievement for a period through the loaders (a constant number of statements per page of
 * plans): the mean over the reported indicators, and how many are not reported (belum dilaporkan).
 */
export async function planPeriodSummary({
  plan,
  period,
  loaders,
}: {
  plan: PerformancePlan;
  period: Period;
  loaders: Loaders;
}): Promise<{ achievement: number | null; unreportedIndicators: number; indicators: number }> {
  const targets = await loaders.manyBy(WorkTarget, 'planId').load(plan.id);
  const indicators = (
    await Promise.all(
      targets.map((target) => loaders.manyBy(Indicator, 'workTargetId').load(target.id)),
    )
  ).flat();
  const results = await Promise.all(
    indicators.map((indicator) => indicatorResult({ indicator, period, loaders })),
  );
  const achievements = results.flatMap((result) =>
    result.achievement === null ? [] : [result.achievement],
  );
  return {
    achievement: computePlanAchievement({ achievements }),
    unreportedIndicators: results.length - achievements.length,
    indicators: results.length,
  };
}

export async function planAchievement(args: {
  plan: PerformancePlan;
  period: Period;
  loaders: Loaders;
}) {
  return (await planPeriodSummary(args)).achievement;
}
