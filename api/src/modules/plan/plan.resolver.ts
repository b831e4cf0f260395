import {
  Arg,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../platform/graphql/ids';
import { ConnectionType } from '../../platform/graphql/pagination';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Period } from '../cycle/cycle.enums';
import { Employee } from '../org/employee.entity';
import { BehaviorExpectation } from './behavior-expectation.entity';
import { PerformancePlan } from './performance-plan.entity';
import { CoreValue } from './plan.enums';
import {
  AddWorkTargetInput,
  CreatePerformancePlanInput,
  PerformancePlanFilter,
  SubmitRealizationInput,
  UpdateWorkTargetInput,
} from './plan.inputs';
import { planAchievement } from './plan-achievement';
import { Realization } from './realization.entity';
import { WorkTarget } from './work-target.entity';

export const PerformancePlanConnection = ConnectionType(PerformancePlan, 'PerformancePlan');

@Resolver(() => PerformancePlan)
export class PerformancePlanResolver {
  @Query(() => PerformancePlan, { nullable: true })
  performancePlan(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.plans.get(context, parseId(id, 'id'));
  }

  @Query(() => PerformancePlanConnection, { description: 'SKP the viewer may read' })
  performancePlans(
    @Ctx() context: Context,
    @Arg('filter', () => PerformancePlanFilter, { nullable: true }) filter?: PerformancePlanFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return context.services.plans.list(context, filter, { first, after });
  }

  @Query(() => [PerformancePlan], {
    description: 'Plans of a unit and its sub-units plus the heads above it, for the RHK cascade',
  })
  planCascade(
    @Ctx() context: Context,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('unitId', () => ID) unitId: string,
  ) {
    return context.services.plans.cascade(
      context,
      parseId(cycleId, 'cycleId'),
      parseId(unitId, 'unitId'),
    );
  }

  @Mutation(() => PerformancePlan, { description: 'Draft the viewer’s own SKP for a cycle' })
  createPerformancePlan(
    @Ctx() context: Context,
    @Arg('input', () => CreatePerformancePlanInput) input: CreatePerformancePlanInput,
  ) {
    return context.services.planLifecycle.create(context, input);
  }

  @Mutation(() => WorkTarget)
  addWorkTarget(
    @Ctx() context: Context,
    @Arg('input', () => AddWorkTargetInput) input: AddWorkTargetInput,
  ) {
    return context.services.workTargets.add(context, input);
  }

  @Mutation(() => WorkTarget)
  updateWorkTarget(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWorkTargetInput) input: UpdateWorkTargetInput,
  ) {
    return context.services.workTargets.update(context, parseId(id, 'id'), input);
  }

  @Mutation(() => Boolean)
  removeWorkTarget(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.workTargets.remove(context, parseId(id, 'id'));
  }

  @Mutation(() => BehaviorExpectation, {
    description: 'The pejabat penilai’s specific expectation for one BerAKHLAK value',
  })
  setBehaviorExpectation(
    @Ctx() context: Context,
    @Arg('planId', () => ID) planId: string,
    @Arg('coreValue', () => CoreValue) coreValue: CoreValue,
    @Arg('specificExpectation', () => String, { nullable: true })
    specificExpectation?: string | null,
  ) {
    return context.services.planLifecycle.setBehaviorExpectation(
      context,
      parseId(planId, 'planId'),
      coreValue,
      specificExpectation ?? null,
    );
  }

  @Mutation(() => PerformancePlan)
  submitPerformancePlan(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.planLifecycle.submit(context, parseId(id, 'id'));
  }

  @Mutation(() => PerformancePlan)
  approvePerformancePlan(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.planLifecycle.approve(context, parseId(id, 'id'));
  }

  @Mutation(() => PerformancePlan)
  returnPerformancePlan(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ) {
    return context.services.planLifecycle.returnForRevision(context, parseId(id, 'id'), reason);
  }

  @Mutation(() => Realization, {
    description:
      'Report (or correct) an indicator’s value for a period; the earlier report is kept as history',
  })
  submitRealization(
    @Ctx() context: Context,
    @Arg('input', () => SubmitRealizationInput) input: SubmitRealizationInput,
  ) {
    return context.services.realizations.submit(context, input);
  }

  @FieldResolver(() => Employee, { nullable: true })
  employee(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(plan.employeeId);
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'Pejabat penilai kinerja (null for the Camat)',
  })
  evaluator(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return plan.evaluatorId === null ? null : context.loaders.byId(Employee).load(plan.evaluatorId);
  }

  @FieldResolver(() => PerformanceCycle, { nullable: true })
  cycle(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(plan.cycleId);
  }

  @FieldResolver(() => [WorkTarget], { nullable: true })
  workTargets(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return context.loaders
      .manyBy(WorkTarget, 'planId', { sortOrder: 'ASC', id: 'ASC' })
      .load(plan.id);
  }

  @FieldResolver(() => [BehaviorExpectation], { nullable: true })
  behaviorExpectations(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return context.loaders.manyBy(BehaviorExpectation, 'planId', { id: 'ASC' }).load(plan.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Mean achievement (%) of the reported KUANTITATIF indicators for the period; unreported and KUALITATIF indicators are left out (null when none is left)',
  })
  achievement(
    @Root() plan: PerformancePlan,
    @Ctx() context: Context,
    @Arg('period', () => Period) period: Period,
  ) {
    return planAchievement({ plan, period, loaders: context.loaders });
  }
}
