import { subject as asSubject } from '@casl/ability';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import type { SubjectName } from '../../platform/authz/abilities';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import {
  assertNoProblems,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
} from '../../platform/graphql/errors';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { textProblems } from '../../platform/graphql/text';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { CycleStatus } from '../cycle/cycle.enums';
import { jakartaDate } from '../cycle/utils/periods.util';
import { Evaluation } from '../evaluation/evaluation.entity';
import { Employee } from '../org/employee.entity';
import { supervisorChainIds } from '../org/supervisor-chain';
import { Indicator } from '../plan/indicator.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { WorkTarget } from '../plan/work-target.entity';
import { DevelopmentActivity } from './development-activity.entity';
import { DevelopmentPlan } from './development-plan.entity';
import { refreshTrainingEffects } from './training-effects';
import { ActivityKind, ActivityStatus } from './development.enums';
import type {
  AddDevelopmentActivityInput,
  UpdateDevelopmentActivityInput,
} from './development.inputs';
import { findOrCreatePlan } from './required-coaching';
import { activityDateProblem } from './utils/activity-date.util';
import { TrainingProgram } from './training-program.entity';
import { heldCycle } from '../cycle/held-cycle';

export const MAX_ACTIVITY_JP = 200;
const jpProblem: FieldProblem = {
  field: 'jp',
  reason: 'WHOLE_NUMBER_RANGE',
  message: `must be a whole number from 0 to ${MAX_ACTIVITY_JP}`,
  params: { min: 0, max: MAX_ACTIVITY_JP },
};
const TEXT_LIMIT = 4000;
const ACTIVE_STATUSES = [ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS, ActivityStatus.DONE];
/** Status changes an activity may make; DONE and CANCELLED are final. */
const NEXT_STATUS: Record<ActivityStatus, ActivityStatus[]> = {
  [ActivityStatus.PLANNED]: [
    ActivityStatus.IN_PROGRESS,
    ActivityStatus.DONE,
    ActivityStatus.CANCELLED,
  ],
  [ActivityStatus.IN_PROGRESS]: [
    ActivityStatus.PLANNED,
    ActivityStatus.DONE,
    ActivityStatus.CANCELLED,
  ],
  [ActivityStatus.DONE]: [],
  [ActivityStatus.CANCELLED]: [],
};

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Development plans: the supervisor chain builds them, the employee records progress. */
export class DevelopmentService {
  constructor(private readonly dataSource: DataSource) {}

  /** A subject for rule checks on an employee's development records. */
  async subjectFor(context: Context, type: SubjectName, employeeId: number, row: object = {}) {
    return asSubject(type, {
      ...row,
      employeeId,
      ownerId: employeeId,
      ownerChainIds: await context.loaders.get(supervisorChainIds).load(employeeId),
    });
  }

  async assertCanRead(context: Context, employeeId: number): Promise<void> {
    const employee = await context.loaders.byId(Employee).load(employeeId);
    if (!employee) throw notFound('Employee', employeeId);
    if (!context.ability.can('read', await this.subjectFor(context, 'DevelopmentPlan', employeeId)))
      throw forbidden(
        'DEVELOPMENT_PLAN_FORBIDDEN',
        'You may not read this employee’s development plan',
      );
  }

  async plan(
    context: Context,
    employeeId: number,
    cycleId: number,
  ): Promise<DevelopmentPlan | null> {
    await this.assertCanRead(context, employeeId);
    if (!(await context.loaders.byId(PerformanceCycle).load(cycleId)))
      throw notFound('Cycle', cycleId);
    return this.dataSource.getRepository(DevelopmentPlan).findOneBy({ employeeId, cycleId });
  }

  async add(context: Context, input: AddDevelopmentActivityInput): Promise<DevelopmentActivity> {
    const employeeId = parseId(input.employeeId, 'employeeId');
    const cycleId = parseId(input.cycleId, 'cycleId');
    const programId = parseOptionalId(input.programId, 'programId') ?? null;
    const reasonEvaluationId =
      parseOptionalId(input.reasonEvaluationId, 'reasonEvaluationId') ?? null;
    const reasonIndicatorId = parseOptionalId(input.reasonIndicatorId, 'reasonIndicatorId') ?? null;
    const employee = await context.loaders.byId(Employee).load(employeeId);
    if (!employee || !employee.active) throw notFound('Employee', employeeId);
    if (
      !context.ability.can(
        'create',
        await this.subjectFor(context, 'DevelopmentActivity', employeeId),
      )
    )
      throw forbidden(
        'DEVELOPMENT_ACTIVITY_CREATE_FORBIDDEN',
        'Only the employee’s supervisor chain builds their development plan',
      );

    const problems: FieldProblem[] = [];
    const reason = input.reason.trim();
    problems.push(...textProblems('reason', reason, { min: 10, max: TEXT_LIMIT }));
    if (input.kind === ActivityKind.TRAINING && programId === null)
      problems.push({
        field: 'programId',
        reason: 'PROGRAM_REQUIRED',
        message: 'is required for a training',
      });
    if (input.kind !== ActivityKind.TRAINING && programId !== null)
      problems.push({
        field: 'programId',
        reason: 'PROGRAM_NOT_ALLOWED',
        message: 'only a training names a programme',
      });
    const title = input.title?.trim() ?? '';
    if (input.kind !== ActivityKind.TRAINING)
      problems.push(...textProblems('title', title, { min: 3, max: 160 }));
    if (
      input.jp !== undefined &&
      input.jp !== null &&
      (!Number.isInteger(input.jp) || input.jp < 0 || input.jp > MAX_ACTIVITY_JP)
    )
      problems.push(jpProblem);
    if (input.kind !== ActivityKind.TRAINING && (input.jp === undefined || input.jp === null))
      problems.push({
        field: 'jp',
        reason: 'JP_REQUIRED',
        message: 'is required for coaching and mentoring',
      });

    return runTransaction(this.dataSource, async (manager) => {
      const cycle = await heldCycle(manager, cycleId);
      const dueDateProblem =
        input.dueDate &&
        activityDateProblem({ field: 'dueDate', value: input.dueDate, cycleYear: cycle.year });
      if (dueDateProblem) problems.push(dueDateProblem);
      const program =
        programId === null ? null : await manager.findOneBy(TrainingProgram, { id: programId });
      if (programId !== null && !program)
        problems.push({
          field: 'programId',
          reason: 'UNKNOWN_REFERENCE',
          message: 'is not in the catalogue',
        });
      if (program?.retiredAt)
        problems.push({
          field: 'programId',
          reason: 'PROGRAM_RETIRED',
          message: 'is retired and no longer offered',
        });
      const reasonAspect = await this.checkReasonLinks(manager, {
        employeeId,
        reasonEvaluationId,
        reasonIndicatorId,
        problems,
      });
      assertNoProblems(problems);
      if (cycle.status === CycleStatus.CLOSED)
        throw conflict(
          'CYCLE_CLOSED',
          `The ${cycle.year} cycle is closed: plan development in an open cycle`,
          { year: cycle.year },
        );
      if (program) {
        const taken = await manager
          .getRepository(DevelopmentActivity)
          .createQueryBuilder('activity')
          .where('activity.employeeId = :employeeId AND activity.programId = :programId', {
            employeeId,
            programId: program.id,
          })
          .andWhere('activity.status IN (:...active)', { active: ACTIVE_STATUSES })
          .getExists();
        if (taken)
          throw conflict(
            'PROGRAM_TAKEN',
            `${program.title} is planned or done already for this employee`,
            { title: program.title },
          );
      }
      const plan = await findOrCreatePlan(manager, employeeId, cycleId);
      const inserted = await manager.insert(DevelopmentActivity, {
        planId: plan.id,
        employeeId,
        kind: input.kind,
        programId,
        title: program ? program.title : title,
        reason,
        reasonEvaluationId,
        reasonCoreValue: input.reasonCoreValue ?? null,
        reasonIndicatorId,
        reasonAspect,
        jp: input.jp ?? program?.hours ?? 0,
        status: ActivityStatus.PLANNED,
        dueDate: input.dueDate || null,
        required: false,
        createdById: context.viewer?.employeeId ?? null,
      });
      const id = Number(inserted.identifiers[0].id);
      const created = await manager.findOneByOrFail(DevelopmentActivity, { id });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'developmentActivity.add',
        entity: 'DevelopmentActivity',
        entityId: id,
        after: created,
      });
      return created;
    });
  }

  async update(
    context: Context,
    id: number,
    input: UpdateDevelopmentActivityInput,
  ): Promise<DevelopmentActivity> {
    const { version, ...changes } = input;
    const given = (Object.keys(changes) as (keyof typeof changes)[]).filter(
      (field) => changes[field] !== undefined,
    );
    if (given.length === 0)
      assertNoProblems([{ field: 'input', reason: 'NO_CHANGES', message: 'changes nothing' }]);
    return runTransaction(this.dataSource, async (manager) => {
      const activity = await manager.findOneBy(DevelopmentActivity, { id });
      if (!activity) throw notFound('DevelopmentActivity', id);
      const subject = await this.subjectFor(
        context,
        'DevelopmentActivity',
        activity.employeeId,
        activity,
      );
      if (!context.ability.can('read', subject)) throw notFound('DevelopmentActivity', id);
      const denied = given.filter((field) => !context.ability.can('update', subject, field));
      if (
        changes.status === ActivityStatus.CANCELLED &&
        !context.ability.can('update', subject, 'cancelReason')
      )
        denied.push('status');
      if (denied.length)
        throw forbidden(
          'DEVELOPMENT_ACTIVITY_FIELDS_FORBIDDEN',
          `You may not change ${[...new Set(denied)].join(', ')} of this activity`,
          { fields: [...new Set(denied)] },
        );
      const cycle = await this.cycleOf(manager, activity);
      if (cycle.status === CycleStatus.CLOSED)
        throw conflict(
          'CYCLE_CLOSED',
          `The ${cycle.year} cycle is closed: its development plans are kept as they stand`,
          { year: cycle.year },
        );

      const problems: FieldProblem[] = [];
      const status = changes.status ?? activity.status;
      if (
        changes.status &&
        changes.status !== activity.status &&
        !NEXT_STATUS[activity.status].includes(changes.status)
      )
        throw conflict(
          'ACTIVITY_STATUS_TRANSITION',
          `A ${activity.status} activity cannot become ${changes.status}`,
          { from: activity.status, to: changes.status },
        );
      if (
        changes.status === undefined &&
        [ActivityStatus.DONE, ActivityStatus.CANCELLED].includes(activity.status) &&
        given.some((field) => field !== 'outcome' && field !== 'evidenceUrl')
      )
        throw conflict(
          'ACTIVITY_FINISHED',
          `This activity is ${activity.status}: only its outcome and evidence can change`,
          { status: activity.status },
        );
      const cancelReason = changes.cancelReason?.trim() || null;
      if (
        status === ActivityStatus.CANCELLED &&
        activity.status !== ActivityStatus.CANCELLED &&
        activity.required &&
        (!cancelReason || cancelReason.length < 10)
      )
        problems.push({
          field: 'cancelReason',
          reason: 'CANCEL_REASON_REQUIRED',
          message: 'a required pembinaan is cancelled only with a reason of at least 10 characters',
          params: { min: 10 },
        });
      if (cancelReason && status !== ActivityStatus.CANCELLED)
        problems.push({
          field: 'cancelReason',
          reason: 'CANCEL_REASON_NOT_CANCELLING',
          message: 'is given only when cancelling',
        });
      if (cancelReason)
        problems.push(...textProblems('cancelReason', cancelReason, { max: TEXT_LIMIT }));
      if (changes.title !== undefined)
        problems.push(...textProblems('title', changes.title.trim(), { min: 3, max: 160 }));
      if (changes.title !== undefined && activity.programId !== null)
        problems.push({
          field: 'title',
          reason: 'TRAINING_TITLE_FIXED',
          message: 'a training keeps its programme’s title',
        });
      if (changes.reason !== undefined && activity.required)
        problems.push({
          field: 'reason',
          reason: 'REQUIRED_REASON_FIXED',
          message: 'a required pembinaan keeps the reason its annual predicate gives',
        });
      else if (changes.reason !== undefined)
        problems.push(
          ...textProblems('reason', changes.reason.trim(), { min: 10, max: TEXT_LIMIT }),
        );
      if (
        changes.jp !== undefined &&
        (!Number.isInteger(changes.jp) || changes.jp < 0 || changes.jp > MAX_ACTIVITY_JP)
      )
        problems.push(jpProblem);
      if (changes.dueDate) {
        const dueDateProblem = activityDateProblem({
          field: 'dueDate',
          value: changes.dueDate,
          cycleYear: cycle.year,
        });
        if (dueDateProblem) problems.push(dueDateProblem);
      }
      if (changes.outcome)
        problems.push(...textProblems('outcome', changes.outcome.trim(), { max: TEXT_LIMIT }));
      const evidenceUrl =
        changes.evidenceUrl === undefined ? undefined : changes.evidenceUrl?.trim() || null;
      if (evidenceUrl && (evidenceUrl.length > 500 || !isHttpUrl(evidenceUrl)))
        problems.push({
          field: 'evidenceUrl',
          reason: 'INVALID_URL',
          message: 'must be an http(s) link of at most 500 characters',
          params: { max: 500 },
        });
      assertNoProblems(problems);

      const set: Partial<DevelopmentActivity> = {
        ...(changes.status !== undefined && { status: changes.status }),
        ...(changes.status === ActivityStatus.DONE &&
          activity.status !== ActivityStatus.DONE && { completedOn: jakartaDate(new Date()) }),
        ...(cancelReason !== null && { cancelReason }),
        ...(changes.outcome !== undefined && { outcome: changes.outcome?.trim() || null }),
        ...(evidenceUrl !== undefined && { evidenceUrl }),
        ...(changes.title !== undefined && { title: changes.title.trim() }),
        ...(changes.reason !== undefined && { reason: changes.reason.trim() }),
        ...(changes.jp !== undefined && { jp: changes.jp }),
        ...(changes.dueDate !== undefined && { dueDate: changes.dueDate || null }),
      };
      await updateVersioned(manager, DevelopmentActivity, {
        id,
        version,
        changes: set,
        message: 'Someone else changed this activity first; reload and try again',
      });
      if (set.completedOn) await refreshTrainingEffects(manager, [activity.employeeId]);
      const after = await manager.findOneByOrFail(DevelopmentActivity, { id });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'developmentActivity.update',
        entity: 'DevelopmentActivity',
        entityId: id,
        before: activity,
        after,
        reason: cancelReason,
      });
      return after;
    });
  }

  /** The cycle whose development plan holds the activity, held while the activity changes. */
  private async cycleOf(manager: EntityManager, activity: DevelopmentActivity) {
    const plan = await manager.findOneByOrFail(DevelopmentPlan, { id: activity.planId });
    return heldCycle(manager, plan.cycleId);
  }

  /** The evaluation and indicator a reason names must be the employee's own; returns the indicator's aspect. */
  private async checkReasonLinks(
    manager: EntityManager,
    {
      employeeId,
      reasonEvaluationId,
      reasonIndicatorId,
      problems,
    }: {
      employeeId: number;
      reasonEvaluationId: number | null;
      reasonIndicatorId: number | null;
      problems: FieldProblem[];
    },
  ) {
    if (reasonEvaluationId !== null) {
      const evaluation = await manager.findOneBy(Evaluation, { id: reasonEvaluationId });
      if (evaluation?.employeeId !== employeeId)
        problems.push({
          field: 'reasonEvaluationId',
          reason: 'NOT_EMPLOYEE_EVALUATION',
          message: 'is not an evaluation of this employee',
        });
    }
    if (reasonIndicatorId === null) return null;
    const indicator = await manager.findOneBy(Indicator, { id: reasonIndicatorId });
    const target =
      indicator && (await manager.findOneBy(WorkTarget, { id: indicator.workTargetId }));
    const plan = target && (await manager.findOneBy(PerformancePlan, { id: target.planId }));
    if (plan?.employeeId !== employeeId) {
      problems.push({
        field: 'reasonIndicatorId',
        reason: 'NOT_EMPLOYEE_INDICATOR',
        message: 'is not an indicator of this employee’s SKP',
      });
      return null;
    }
    return indicator!.aspect;
  }
}
