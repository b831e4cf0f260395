import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { readTextArg } from '../../platform/graphql/text';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination';
import { assertNoProblems } from '../../platform/graphql/errors';
import { DistributionGroupBy } from '../analytics/analytics.types';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Evaluation } from '../evaluation/evaluation.entity';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import {
  DEFAULT_TEAM_PAGE_SIZE,
  MAX_TEAM_PAGE_SIZE,
  teamPageProblems,
} from '../analytics/utils/team-member-page.util';
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
  JpMemberPage,
  JpMemberSort,
  JpOverview,
  JpProgress,
  JpTotals,
  ProgramRetirementPreview,
  ProgramEffect,
  TrainingRecommendation,
} from './development.types';
import { Competencies, TrainingProgram } from './training-program.entity';
import { DevelopmentService } from './development.service';
import { JpService } from './jp.service';
import { RecommendationService } from './recommendation.service';
import { TrainingEffectService } from './training-effect.service';
import { TrainingProgramService } from './training-program.service';

export const TrainingProgramConnection = ConnectionType(TrainingProgram, 'TrainingProgram');

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  constructor(private readonly trainingProgramService: TrainingProgramService) {}

  @Query(() => TrainingProgramConnection, { description: 'The training catalogue, by code' })
  trainingPrograms(
    @Ctx() context: Context,
    @Arg('filter', () => TrainingProgramFilter, {
      nullable: true,
      description: 'Search, competency, mode and retired programmes',
    })
    filter: TrainingProgramFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return this.trainingProgramService.list(filter, page);
  }

  @Mutation(() => TrainingProgram, { description: 'HR adds a programme to the training catalogue' })
  createTrainingProgram(
    @Ctx() context: Context,
    @Arg('input', () => TrainingProgramInput, { description: 'The new programme' })
    input: TrainingProgramInput,
  ) {
    return this.trainingProgramService.create(context, input);
  }

  @Mutation(() => TrainingProgram, {
    description: 'HR changes a catalogue programme (fields left out keep their value)',
  })
  updateTrainingProgram(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The programme’s id' }) id: string,
    @Arg('input', () => TrainingProgramUpdate, {
      description: 'The fields to change, with the programme’s version as read',
    })
    input: TrainingProgramUpdate,
  ) {
    return this.trainingProgramService.update(context, parseId(id, 'id'), input);
  }

  @Query(() => ProgramRetirementPreview, {
    description:
      'What retiring a programme would do and to how many people (HR, like retireTrainingProgram)',
  })
  trainingProgramRetirement(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The programme’s id' }) id: string,
  ) {
    return this.trainingProgramService.retirementPreview(context, parseId(id, 'id'));
  }

  @Mutation(() => TrainingProgram, { description: 'No longer offered; kept for history' })
  retireTrainingProgram(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The programme’s id' }) id: string,
    @Arg('version', () => Int, {
      description: 'The programme’s version as read; a stale one is refused',
    })
    version: number,
  ) {
    return this.trainingProgramService.retire(context, parseId(id, 'id'), version);
  }

  @FieldResolver(() => Competencies, {
    nullable: true,
    description: 'The BerAKHLAK core values and indicator aspects the programme strengthens',
  })
  competencies(@Root() program: TrainingProgram): Competencies {
    return { coreValues: program.coreValues, aspects: program.aspects };
  }
}

@Resolver(() => DevelopmentPlan)
export class DevelopmentPlanResolver {
  constructor(
    private readonly developmentService: DevelopmentService,
    private readonly recommendationService: RecommendationService,
    private readonly jpService: JpService,
    private readonly trainingEffectService: TrainingEffectService,
  ) {}

  @Query(() => DevelopmentPlan, {
    nullable: true,
    description: 'The employee’s development plan for a cycle; null until something is planned',
  })
  developmentPlan(
    @Ctx() context: Context,
    @Arg('employeeId', () => ID, { description: 'The employee whose plan to read' })
    employeeId: string,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
  ) {
    return this.developmentService.plan(
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
    @Arg('employeeId', () => ID, { description: 'The employee to recommend programmes for' })
    employeeId: string,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
  ) {
    return this.recommendationService.recommend(
      context,
      parseId(employeeId, 'employeeId'),
      parseId(cycleId, 'cycleId'),
    );
  }

  @Query(() => JpProgress, { description: 'One employee’s JP in a cycle year, toward 20 for PNS' })
  jpProgress(
    @Ctx() context: Context,
    @Arg('employeeId', () => ID, { description: 'The employee whose JP to count' })
    employeeId: string,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
  ) {
    const id = parseId(employeeId, 'employeeId');
    return this.developmentService
      .assertCanRead(context, id)
      .then(() => this.jpService.ofEmployee(context, id, parseId(cycleId, 'cycleId')));
  }

  @Query(() => JpOverview, {
    description:
      'JP of everyone whose development the viewer may read (their line; everyone for HR and the Camat), with totals',
  })
  developmentHours(
    @Ctx() context: Context,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
    @Arg('unitId', () => ID, {
      nullable: true,
      description: 'Only this unit and its sub-units; everyone readable when left out',
    })
    unitId?: string,
    @Arg('belowTargetOnly', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description:
        'Only employees still below their JP target (20 a year for PNS) on the member page, not in the totals',
    })
    belowTargetOnly?: boolean,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Only employees whose name contains this text or whose NIP starts with it (the member page, not the totals)',
    })
    search?: string,
  ) {
    return this.jpService.overview(context, {
      cycleId: parseId(cycleId, 'cycleId'),
      unitId: parseOptionalId(unitId, 'unitId') ?? null,
      belowTargetOnly: belowTargetOnly ?? false,
      search: readTextArg('search', search),
    });
  }

  @Query(() => [JpGroup], {
    description:
      'JP totals per group (analysts, HR, Camat); for analysts groups under 5 people are suppressed',
  })
  developmentHoursByGroup(
    @Ctx() context: Context,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
    @Arg('groupBy', () => DistributionGroupBy, {
      description: 'What to group employees by (unit, rank, position level, type or gender)',
    })
    groupBy: DistributionGroupBy,
  ) {
    return this.jpService.byGroup(context, parseId(cycleId, 'cycleId'), groupBy);
  }

  @Query(() => [ProgramEffect], {
    description:
      'Per programme and rating, how those who completed it moved between the evaluations before and after (HR, Camat)',
  })
  trainingEffects(
    @Ctx() context: Context,
    @Arg('programId', () => ID, {
      nullable: true,
      description: 'Only this programme; every programme when left out',
    })
    programId?: string,
  ) {
    return this.trainingEffectService.ofProgram(
      context,
      parseOptionalId(programId, 'programId') ?? null,
    );
  }

  @Mutation(() => DevelopmentActivity, {
    description: 'The supervisor chain adds a programme, coaching or mentoring to a plan',
  })
  addDevelopmentActivity(
    @Ctx() context: Context,
    @Arg('input', () => AddDevelopmentActivityInput, {
      description: 'Whose plan, which cycle, the activity and the weakness it answers',
    })
    input: AddDevelopmentActivityInput,
  ) {
    return this.developmentService.add(context, input);
  }

  @Mutation(() => DevelopmentActivity, {
    description: 'Progress, outcome and evidence (the employee); anything else (the chain)',
  })
  updateDevelopmentActivity(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The activity’s id' }) id: string,
    @Arg('input', () => UpdateDevelopmentActivityInput, {
      description: 'The fields to change, with the activity’s version as read',
    })
    input: UpdateDevelopmentActivityInput,
  ) {
    return this.developmentService.update(context, parseId(id, 'id'), input);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee developed' })
  employee(@Root() plan: DevelopmentPlan, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(plan.employeeId);
  }

  @FieldResolver(() => PerformanceCycle, { nullable: true, description: 'The cycle (year)' })
  cycle(@Root() plan: DevelopmentPlan, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(plan.cycleId);
  }

  @FieldResolver(() => [DevelopmentActivity], { nullable: true, description: 'Oldest first' })
  activities(@Root() plan: DevelopmentPlan, @Ctx() context: Context) {
    return context.loaders.manyBy(DevelopmentActivity, 'planId', { id: 'ASC' }).load(plan.id);
  }

  @FieldResolver(() => JpProgress, {
    nullable: true,
    description:
      'JP (jam pelajaran, 45 minutes each) of the year: planned, done, the PNS target of 20',
  })
  jp(@Root() plan: DevelopmentPlan, @Ctx() context: Context) {
    return this.jpService.ofEmployee(context, plan.employeeId, plan.cycleId);
  }
}

@Resolver(() => DevelopmentActivity)
export class DevelopmentActivityResolver {
  constructor(private readonly trainingEffectService: TrainingEffectService) {}

  @FieldResolver(() => DevelopmentPlan, {
    nullable: true,
    description: 'The development plan it belongs to',
  })
  plan(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return context.loaders.byId(DevelopmentPlan).load(activity.planId);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee developed' })
  employee(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(activity.employeeId);
  }

  @FieldResolver(() => TrainingProgram, {
    nullable: true,
    description: 'The catalogue programme (null for coaching and mentoring)',
  })
  program(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return activity.programId === null
      ? null
      : context.loaders.byId(TrainingProgram).load(activity.programId);
  }

  @FieldResolver(() => Evaluation, {
    nullable: true,
    description: 'The evaluation whose weakness the activity answers',
  })
  reasonEvaluation(@Root() activity: DevelopmentActivity, @Ctx() context: Context) {
    return activity.reasonEvaluationId === null
      ? null
      : context.loaders.byId(Evaluation).load(activity.reasonEvaluationId);
  }

  @FieldResolver(() => Indicator, {
    nullable: true,
    description: 'The IKI (indicator) below target the activity answers',
  })
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
    return this.trainingEffectService.ofActivity(context, activity);
  }
}

@Resolver(() => JpOverview)
export class JpOverviewResolver {
  constructor(private readonly jpService: JpService) {}

  @FieldResolver(() => JpTotals, {
    description: 'Totals over every employee counted, not only this page',
  })
  totals(@Root() overview: JpOverview, @Ctx() context: Context): Promise<JpTotals> {
    return this.jpService.totals(context, overview.scope);
  }

  @FieldResolver(() => JpMemberPage, {
    description:
      'One page of the employees counted (only PNS below 20 JP when belowTargetOnly, narrowed by the search), ordered in the database',
  })
  memberPage(
    @Root() overview: JpOverview,
    @Ctx() context: Context,
    @Arg('sort', () => JpMemberSort, {
      defaultValue: JpMemberSort.NAME,
      description: 'The column to order by',
    })
    sort: JpMemberSort,
    @Arg('descending', { defaultValue: false, description: 'Largest (or Z) first' })
    descending: boolean,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'How many employees to skip' })
    offset: number,
    @Arg('limit', () => Int, {
      defaultValue: DEFAULT_TEAM_PAGE_SIZE,
      description: `How many employees to return, from 1 to ${MAX_TEAM_PAGE_SIZE}`,
    })
    limit: number,
  ): Promise<JpMemberPage> {
    assertNoProblems(teamPageProblems({ offset, limit }));
    return this.jpService.memberPage(context, overview.scope, { sort, descending, offset, limit });
  }

  @FieldResolver(() => [OrgUnit], {
    description:
      'The units holding someone whose development the viewer may read, by name: the choices for unitId',
  })
  units(@Ctx() context: Context) {
    return this.jpService.unitsOf(context);
  }
}
