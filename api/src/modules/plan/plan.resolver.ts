import {
  Arg,
  Args,
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
import type { Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination';
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
import { PlanLifecycleService } from './plan-lifecycle.service';
import { PlanService } from './plan.service';
import { RealizationService } from './realization.service';
import { WorkTargetService } from './work-target.service';

export const PerformancePlanConnection = ConnectionType(PerformancePlan, 'PerformancePlan');

/** An RHK edit's optional guard against editing an SKP changed since it was read. */
const PLAN_VERSION_AS_READ =
  'The SKP’s version as read (PerformancePlan.version); when given, a stale one is a CONFLICT (STALE_VERSION) and changes nothing';

@Resolver(() => PerformancePlan)
export class PerformancePlanResolver {
  constructor(
    private readonly planService: PlanService,
    private readonly planLifecycleService: PlanLifecycleService,
    private readonly workTargetService: WorkTargetService,
    private readonly realizationService: RealizationService,
  ) {}

  @Query(() => PerformancePlan, {
    nullable: true,
    description: 'One SKP (Sasaran Kinerja Pegawai, the performance plan)',
  })
  performancePlan(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The SKP’s id' }) id: string,
  ) {
    return this.planService.get(context, parseId(id, 'id'));
  }

  @Query(() => PerformancePlanConnection, { description: 'SKP the viewer may read' })
  performancePlans(
    @Ctx() context: Context,
    @Arg('filter', () => PerformancePlanFilter, {
      nullable: true,
      description: 'Cycle, employee, unit, status or evaluator',
    })
    filter: PerformancePlanFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return this.planService.list(context, filter, page);
  }

  @Query(() => [PerformancePlan], {
    description: 'Plans of a unit and its sub-units plus the heads above it, for the RHK cascade',
  })
  planCascade(
    @Ctx() context: Context,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
    @Arg('unitId', () => ID, { description: 'The unit; its sub-units are included' })
    unitId: string,
  ) {
    return this.planService.cascade(
      context,
      parseId(cycleId, 'cycleId'),
      parseId(unitId, 'unitId'),
    );
  }

  @Mutation(() => PerformancePlan, { description: 'Draft the viewer’s own SKP for a cycle' })
  createPerformancePlan(
    @Ctx() context: Context,
    @Arg('input', () => CreatePerformancePlanInput, {
      description: 'The cycle and the approach (KUANTITATIF or KUALITATIF)',
    })
    input: CreatePerformancePlanInput,
  ) {
    return this.planLifecycleService.create(context, input);
  }

  @Mutation(() => WorkTarget, {
    description: 'Adds an RHK (rencana hasil kerja, work target) with its IKI to an editable SKP',
  })
  addWorkTarget(
    @Ctx() context: Context,
    @Arg('input', () => AddWorkTargetInput, {
      description: 'The SKP, kind, description, the supervisor’s RHK it intervenes, and its IKI',
    })
    input: AddWorkTargetInput,
  ) {
    return this.workTargetService.add(context, input);
  }

  @Mutation(() => WorkTarget, { description: 'Changes an RHK (work target) of an editable SKP' })
  updateWorkTarget(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The RHK’s id' }) id: string,
    @Arg('input', () => UpdateWorkTargetInput, {
      description: 'The fields to change (fields left out keep their value)',
    })
    input: UpdateWorkTargetInput,
    @Arg('version', () => Int, { nullable: true, description: PLAN_VERSION_AS_READ })
    version?: number | null,
  ) {
    return this.workTargetService.update(context, parseId(id, 'id'), input, version ?? undefined);
  }

  @Mutation(() => Boolean, {
    description: 'Removes an RHK (work target) and its IKI from an editable SKP',
  })
  removeWorkTarget(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The RHK’s id' }) id: string,
    @Arg('version', () => Int, { nullable: true, description: PLAN_VERSION_AS_READ })
    version?: number | null,
  ) {
    return this.workTargetService.remove(context, parseId(id, 'id'), version ?? undefined);
  }

  @Mutation(() => BehaviorExpectation, {
    description: 'The pejabat penilai’s specific expectation for one BerAKHLAK value',
  })
  setBehaviorExpectation(
    @Ctx() context: Context,
    @Arg('planId', () => ID, { description: 'The SKP’s id' }) planId: string,
    @Arg('coreValue', () => CoreValue, { description: 'The BerAKHLAK core value' })
    coreValue: CoreValue,
    @Arg('specificExpectation', () => String, {
      nullable: true,
      description: 'The ekspektasi khusus pimpinan; null clears it',
    })
    specificExpectation?: string | null,
  ) {
    return this.planLifecycleService.setBehaviorExpectation(
      context,
      parseId(planId, 'planId'),
      coreValue,
      specificExpectation ?? null,
    );
  }

  @Mutation(() => PerformancePlan, {
    description:
      'The owner submits a DRAFT or RETURNED SKP to the pejabat penilai; the supervisor’s SKP must be APPROVED first',
  })
  submitPerformancePlan(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The SKP’s id' }) id: string,
  ) {
    return this.planLifecycleService.submit(context, parseId(id, 'id'));
  }

  @Mutation(() => PerformancePlan, {
    description: 'The direct supervisor (pejabat penilai) approves a SUBMITTED SKP',
  })
  approvePerformancePlan(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The SKP’s id' }) id: string,
  ) {
    return this.planLifecycleService.approve(context, parseId(id, 'id'));
  }

  @Mutation(() => PerformancePlan, {
    description: 'The direct supervisor returns a SUBMITTED SKP for revision, with a reason',
  })
  returnPerformancePlan(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The SKP’s id' }) id: string,
    @Arg('reason', { description: 'What the owner must change' }) reason: string,
  ) {
    return this.planLifecycleService.returnForRevision(context, parseId(id, 'id'), reason);
  }

  @Mutation(() => Realization, {
    description:
      'Report (or correct) an indicator’s value for a period; the earlier report is kept as history',
  })
  submitRealization(
    @Ctx() context: Context,
    @Arg('input', () => SubmitRealizationInput, {
      description: 'The IKI, the period, the value or narrative, and the bukti dukung (evidence)',
    })
    input: SubmitRealizationInput,
  ) {
    return this.realizationService.submit(context, input);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Whose SKP it is' })
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

  @FieldResolver(() => PerformanceCycle, { nullable: true, description: 'The cycle (year)' })
  cycle(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(plan.cycleId);
  }

  @FieldResolver(() => [WorkTarget], {
    nullable: true,
    description: 'Its RHK (work targets), in the order entered',
  })
  workTargets(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return context.loaders
      .manyBy(WorkTarget, 'planId', { sortOrder: 'ASC', id: 'ASC' })
      .load(plan.id);
  }

  @FieldResolver(() => [BehaviorExpectation], {
    nullable: true,
    description: 'The seven BerAKHLAK core values with their expectations',
  })
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
    @Arg('period', () => Period, { description: 'The triwulan (TW1–TW4) or ANNUAL' })
    period: Period,
  ) {
    return planAchievement({ plan, period, loaders: context.loaders });
  }
}
