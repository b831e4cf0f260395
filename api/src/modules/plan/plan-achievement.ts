import type { Period } from '../cycle/cycle.enums';
import type { Loaders } from '../../platform/graphql/loaders';
import { Indicator } from './indicator.entity';
import type { PerformancePlan } from './performance-plan.entity';
import { Realization } from './realization.entity';
import { computeIndicatorAchievement, computePlanAchievement } from './utils/achievement.util';
import { WorkTarget } from './work-target.entity';

/** The report in force for an indicator and period (later submissions replace earlier ones). */
export async function currentRealization({
  indicator,
  period,
  loaders,
}: {
  indicator: Indicator;
  period: Period;
  loaders: Loaders;
}) {
  const reports = await loaders
    .manyBy(Realization, 'indicatorId', { id: 'ASC' })
    .load(indicator.id);
  return reports.find((report) => report.period === period && report.replacedAt === null) ?? null;
}

export async function indicatorAchievement({
  indicator,
  period,
  loaders,
}: {
  indicator: Indicator;
  period: Period;
  loaders: Loaders;
}) {
  const report = await currentRealization({ indicator, period, loaders });
  return report === null
    ? null
    : computeIndicatorAchievement({
        target: indicator.target,
        value: report.value,
        direction: indicator.direction,
      });
}

/** Plan achievement for a period through the loaders: a constant number of statements per page of plans. */
export async function planAchievement({
  plan,
  period,
  loaders,
}: {
  plan: PerformancePlan;
  period: Period;
  loaders: Loaders;
}) {
  const targets = await loaders.manyBy(WorkTarget, 'planId').load(plan.id);
  const indicators = (
    await Promise.all(
      targets.map((target) => loaders.manyBy(Indicator, 'workTargetId').load(target.id)),
    )
  ).flat();
  if (indicators.length === 0) return null;
  const achievements = await Promise.all(
    indicators.map((indicator) => indicatorAchievement({ indicator, period, loaders })),
  );
  return computePlanAchievement({ achievements: achievements.map((value) => value ?? 0) });
}
