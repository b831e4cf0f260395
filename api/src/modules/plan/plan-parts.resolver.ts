import { Arg, Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { BERAKHLAK_FACTS } from '../../domain-data';
import { Period } from '../cycle/cycle.enums';
import { BehaviorExpectation } from './behavior-expectation.entity';
import { Indicator } from './indicator.entity';
import { IndicatorKind } from './plan.enums';
import { PerformancePlan } from './performance-plan.entity';
import { currentRealization, indicatorPlanOf, indicatorResult } from './plan-achievement';
import { IndicatorPeriodResult, PeriodTarget } from './period-target.type';
import { Realization } from './realization.entity';
import { computeIndicatorAchievement, targetForPeriod } from './utils/achievement.util';
import { QUARTERS } from './utils/period-target.util';
import { WorkTarget } from './work-target.entity';

@Resolver(() => WorkTarget)
export class WorkTargetResolver {
  @FieldResolver(() => PerformancePlan, { nullable: true, description: 'The SKP it belongs to' })
  plan(@Root() target: WorkTarget, @Ctx() context: Context) {
    return context.loaders.byId(PerformancePlan).load(target.planId);
  }

  @FieldResolver(() => WorkTarget, {
    nullable: true,
    description: 'The supervisor’s RHK this one intervenes',
  })
  parentTarget(@Root() target: WorkTarget, @Ctx() context: Context) {
    return target.parentTargetId === null
      ? null
      : context.loaders.byId(WorkTarget).load(target.parentTargetId);
  }

  @FieldResolver(() => [WorkTarget], {
    nullable: true,
    description: 'The team’s RHK that intervene this one',
  })
  childTargets(@Root() target: WorkTarget, @Ctx() context: Context) {
    return context.loaders.manyBy(WorkTarget, 'parentTargetId', { id: 'ASC' }).load(target.id);
  }

  @FieldResolver(() => [Indicator], {
    nullable: true,
    description: 'Its IKI (indicators), in the order entered',
  })
  indicators(@Root() target: WorkTarget, @Ctx() context: Context) {
    return context.loaders.manyBy(Indicator, 'workTargetId', { id: 'ASC' }).load(target.id);
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The annual target; null for a KUALITATIF indicator (see narrativeTarget)',
  })
  target(@Root() indicator: Indicator) {
    return indicator.kind === IndicatorKind.KUALITATIF ? null : indicator.target;
  }

  @FieldResolver(() => WorkTarget, {
    nullable: true,
    description: 'The RHK (work target) it measures',
  })
  workTarget(@Root() indicator: Indicator, @Ctx() context: Context) {
    return context.loaders.byId(WorkTarget).load(indicator.workTargetId);
  }

  @FieldResolver(() => [PeriodTarget], {
    nullable: true,
    description:
      'Targets per triwulan TW1–TW4 with the rencana aksi (KUALITATIF: the rencana aksi only)',
  })
  periodTargets(@Root() indicator: Indicator): PeriodTarget[] {
    const qualitative = indicator.kind === IndicatorKind.KUALITATIF;
    const targets = indicatorPlanOf(indicator).quarterTargets;
    const actionPlans = [
      indicator.actionPlanTw1,
      indicator.actionPlanTw2,
      indicator.actionPlanTw3,
      indicator.actionPlanTw4,
    ];
    return QUARTERS.map((period, index) => ({
      period,
      target: qualitative ? null : targets[index],
      actionPlan: actionPlans[index] ?? null,
    }));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'The target for a period: the quarter’s own, or the annual target for ANNUAL; null for KUALITATIF',
  })
  targetFor(
    @Root() indicator: Indicator,
    @Arg('period', () => Period, { description: 'The triwulan (TW1–TW4) or ANNUAL' })
    period: Period,
  ) {
    if (indicator.kind === IndicatorKind.KUALITATIF) return null;
    return targetForPeriod({ plan: indicatorPlanOf(indicator), period });
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Achievement (%) in the period against that period’s target, capped at 120; null when not reported (ANNUAL: derived from the quarters unless corrected) and always for KUALITATIF (judged)',
  })
  async achievement(
    @Root() indicator: Indicator,
    @Ctx() context: Context,
    @Arg('period', () => Period, { description: 'The triwulan (TW1–TW4) or ANNUAL' })
    period: Period,
  ) {
    return (await indicatorResult({ indicator, period, loaders: context.loaders })).achievement;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the period has a value (ANNUAL: derived or corrected), or for KUALITATIF a narrative; false is belum dilaporkan',
  })
  async reported(
    @Root() indicator: Indicator,
    @Ctx() context: Context,
    @Arg('period', () => Period, { description: 'The triwulan (TW1–TW4) or ANNUAL' })
    period: Period,
  ) {
    return (await indicatorResult({ indicator, period, loaders: context.loaders })).reported;
  }

  @FieldResolver(() => IndicatorPeriodResult, {
    nullable: true,
    description: 'Target, value, derived and reported annual values, and achievement of a period',
  })
  async result(
    @Root() indicator: Indicator,
    @Ctx() context: Context,
    @Arg('period', () => Period, { description: 'The triwulan (TW1–TW4) or ANNUAL' })
    period: Period,
  ): Promise<IndicatorPeriodResult> {
    const result = await indicatorResult({ indicator, period, loaders: context.loaders });
    return {
      ...result,
      correction:
        result.reportedValue !== null && result.derivedValue !== null
          ? Math.round((result.reportedValue - result.derivedValue) * 100) / 100
          : null,
    };
  }

  @FieldResolver(() => Realization, {
    nullable: true,
    description: 'The report in force for the period',
  })
  realization(
    @Root() indicator: Indicator,
    @Ctx() context: Context,
    @Arg('period', () => Period, { description: 'The triwulan (TW1–TW4) or ANNUAL' })
    period: Period,
  ) {
    return currentRealization({ indicator, period, loaders: context.loaders });
  }

  @FieldResolver(() => [Realization], {
    nullable: true,
    description: 'The reports in force, one per period',
  })
  async realizations(@Root() indicator: Indicator, @Ctx() context: Context) {
    const reports = await context.loaders
      .manyBy(Realization, 'indicatorId', { id: 'ASC' })
      .load(indicator.id);
    return reports.filter((report) => report.replacedAt === null);
  }

  @FieldResolver(() => [Realization], {
    nullable: true,
    description: 'Every report for the period, newest first, replaced ones included',
  })
  async realizationHistory(
    @Root() indicator: Indicator,
    @Ctx() context: Context,
    @Arg('period', () => Period, { description: 'The triwulan (TW1–TW4) or ANNUAL' })
    period: Period,
  ) {
    const reports = await context.loaders
      .manyBy(Realization, 'indicatorId', { id: 'ASC' })
      .load(indicator.id);
    return reports.filter((report) => report.period === period).reverse();
  }
}

@Resolver(() => Realization)
export class RealizationResolver {
  @FieldResolver(() => Indicator, { nullable: true, description: 'The IKI (indicator) reported' })
  indicator(@Root() realization: Realization, @Ctx() context: Context) {
    return context.loaders.byId(Indicator).load(realization.indicatorId);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Achievement (%) of this report against its period’s target, capped at 120',
  })
  async achievement(@Root() realization: Realization, @Ctx() context: Context) {
    if (realization.value === null) return null; // KUALITATIF: judged, never a percentage
    const indicator = await context.loaders.byId(Indicator).load(realization.indicatorId);
    return (
      indicator &&
      computeIndicatorAchievement({
        target: targetForPeriod({ plan: indicatorPlanOf(indicator), period: realization.period }),
        value: realization.value,
        direction: indicator.direction,
      })
    );
  }
}

@Resolver(() => BehaviorExpectation)
export class BehaviorExpectationResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Official name of the core value' })
  name(@Root() expectation: BehaviorExpectation) {
    return (
      BERAKHLAK_FACTS.values.find((value) => value.code === String(expectation.coreValue))?.name ??
      null
    );
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: 'The standard behaviour guide (SE MenPANRB 20/2021)',
  })
  guides(@Root() expectation: BehaviorExpectation) {
    return (
      BERAKHLAK_FACTS.values.find((value) => value.code === String(expectation.coreValue))
        ?.guides ?? []
    );
  }
}
