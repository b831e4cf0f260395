import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { ConnectionType } from '../../platform/graphql/pagination';
import { DistributionGroupBy } from '../analytics/analytics.types';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Evaluation } from '../evaluation/evaluation.entity';
import { Employee } from '../org/employee.entity';
import { Indicator } from '../plan/indicator.entity';
import { DevelopmentActivity } from './development-activity.entity';
import { DevelopmentPlan } from './development-plan.entity';
import {
  AddDevelopmentActivityInput,
  TrainingProgramFilter,
  TrainingProgramInput,
  TrainingProgramUpdate,
  UpdateDevelopmentActivityInput,
} from './development.inputs';
import {
  ActivityEffect,
  JpGroup,
  JpOverview,
  JpProgress,
  ProgramEffect,
  TrainingRecommendation,
} from './development.types';
import { Competencies, TrainingProgram } from './training-program.entity';

export const TrainingProgramConnection = ConnectionType(TrainingProgram, 'TrainingProgram');

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  @Query(() => TrainingProgramConnection, { description: 'The training catalogue, by code' })
  trainingPrograms(
    @Ctx() context: Context,
    @Arg('filter', () => TrainingProgramFilter, { nullable: true }) filter?: TrainingProgramFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return context.services.trainingPrograms.list(filter, { first, after });
  }

  @Mutation(() => TrainingProgram)
  createTrainingProgram(
    @Ctx() context: Context,
    @Arg('input', () => TrainingProgramInput) input: TrainingProgramInput,
  ) {
    return context.services.trainingPrograms.create(context, input);
  }

  @Mutation(() => TrainingProgram)
  updateTrainingProgram(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TrainingProgramUpdate) input: TrainingProgramUpdate,
  ) {
    return context.services.trainingPrograms.update(context, parseId(id, 'id'), input);
  }

  @Mutation(() => TrainingProgram, { description: 'No longer offered; kept for history' })
  retireTrainingProgram(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return context.services.trainingPrograms.retire(context, parseId(id, 'id'), version);
  }

  @FieldResolver(() => Competencies, { nullable: true })
  competencies(@Root() program: TrainingProgram): Competencies {
    return { coreValues: program.coreValues, aspects: program.aspects };
  }
}

@Resolver(() => DevelopmentPlan)
export class DevelopmentPlanResolver {
  @Query(() => DevelopmentPlan, {
    nullable: true,
    description: 'The employee’s development plan for a cycle; null until something is planned',
  })
  developmentPlan(
    @Ctx() context: Context,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('cycleId', () => ID) cycleId: string,
  ) {
    return context.services.development.plan(
      context,
      parseId(employeeId, 'employeeId'),
      parseId(cycleId, 'cycleId'),
    );
  }

  @Query(() => [TrainingRecommendation], {
    description:
      'Programmes ranked by the weaknesses of the latest evaluations, each with its reasons; programmes done or planned are left out',
  })
  recommendTrainings(
    @Ctx() context: Context,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('cycleId', () => ID) cycleId: string,
  ) {
    return context.services.recommendations.recommend(
      context,
      parseId(employeeId, 'employeeId'),
      parseId(cycleId, 'cycleId'),
    );
  }

  @Query(() => JpProgress, { description: 'One employee’s JP in a cycle year, toward 20 for PNS' })
  jpProgress(
    @Ctx() context: Context,
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('cycleId', () => ID) cycleId: string,
  ) {
    const id = parseId(employeeId, 'employeeId');
    return context.services.development
      .assertCanRead(context, id)
      .then(() => context.services.jp.ofEmployee(context, id, parseId(cycleId, 'cycleId')));
  }

  @Query(() => JpOverview, {
    description:
      'JP of everyone whose development the viewer may read (their line; everyone for HR and the Camat), with totals',
  })
  developmentHours(
    @Ctx() context: Context,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('belowTargetOnly', () => Boolean, { nullable: true, defaultValue: false })
    belowTargetOnly?: boolean,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return context.services.jp.overview(
      context,
      {
        cycleId: parseId(cycleId, 'cycleId'),
        unitId: parseOptionalId(unitId, 'unitId') ?? null,
        belowTargetOnly: belowTargetOnly ?? false,
      },
      { first, after },
    );
  }

  @Query(() => [JpGroup], {
    description:
      'JP totals per group (analysts, HR, Camat); for analysts groups under 5 people are suppressed',
  })
  developmentHoursByGroup(
    @Ctx() context: Context,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('groupBy', () => DistributionGroupBy) groupBy: DistributionGroupBy,
  ) {
    return context.services.jp.byGroup(context, parseId(cycleId, 'cycleId'), groupBy);
  }

  @Query(() => [ProgramEffect], {
    description:
      'Per programme and rating, how those who completed it moved between the evaluations before and after (HR, Camat)',
  })
  trainingEffects(
    @Ctx() context: Context,
    @Arg('programId', () => ID, { nullable: true }) programId?: string,
  ) {
    return context.services.trainingEffects.ofProgram(
      context,
      parseOptionalId(programId, 'programId') ?? null,
    );
  }

  @Mutation(() => DevelopmentActivity, {
    description: 'The supervisor chain adds a programme, coaching or mentoring to a plan',
  })
  addDevelopmentActivity(
    @Ctx() context: Context,
    @Arg('input', () => AddDevelopmentActivityInput) input: AddDevelopmentActivityInput,
  ) {
    return context.services.development.add(context, input);
  }

  @Mutation(() => DevelopmentActivity, {
    description: 'Progress, outcome and evidence (the employee); anything else (the chain)',
  })
  updateDevelopmentActivity(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDevelopmentActivityInput) input: UpdateDevelopmentActivityInput,
  ) {
    return context.services.development.update(context, parseId(id, 'id'), input);
  }

  @FieldResolver(() => Employee, { nullable: true })
  employee(@Root() plan: DevelopmentPlan, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(plan.employeeId);
  }

  @FieldResolver(() => PerformanceCycle, { nullable: true })
  cycle(@Root() plan: DevelopmentPlan, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(plan.cycleId);
  }

  @FieldResolver(() => [DevelopmentActivity], { nullable: true, description: 'Oldest first' })
  activities(@Root() plan: DevelopmentPlan, @Ctx() context: Context) {
    return context.loaders.manyBy(DevelopmentActivity, 'planId', { id: 'ASC' }).load(plan.id);
  }

  @FieldResolver(() => JpProgress, { nullable: true })
  jp(@Root() plan: DevelopmentPlan, @Ctx() context: Context) {
    return context.services.jp.ofEmployee(context, plan.employeeId, plan.cycleId);
  }
}

@Resolver(() => DevelopmentActivity)
export class DevelopmentActivityResolver {
  @FieldResolver(() => DevelopmentPlan, { nullable: true })
  plan(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return context.loaders.byId(DevelopmentPlan).load(activity.planId);
  }

  @FieldResolver(() => Employee, { nullable: true })
  employee(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(activity.employeeId);
  }

  @FieldResolver(() => TrainingProgram, { nullable: true })
  program(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return activity.programId === null
      ? null
      : context.loaders.byId(TrainingProgram).load(activity.programId);
  }

  @FieldResolver(() => Evaluation, { nullable: true })
  reasonEvaluation(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return activity.reasonEvaluationId === null
      ? null
      : context.loaders.byId(Evaluation).load(activity.reasonEvaluationId);
  }

  @FieldResolver(() => Indicator, { nullable: true })
  reasonIndicator(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return activity.reasonIndicatorId === null
      ? null
      : context.loaders.byId(Indicator).load(activity.reasonIndicatorId);
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'Who planned it (null: the system)',
  })
  createdBy(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return activity.createdById === null
      ? null
      : context.loaders.byId(Employee).load(activity.createdById);
  }

  @FieldResolver(() => [ActivityEffect], {
    nullable: true,
    description: 'Once DONE: the ratings it aims at, in the evaluations before and after it',
  })
  effects(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return context.services.trainingEffects.ofActivity(context, activity);
  }
}
