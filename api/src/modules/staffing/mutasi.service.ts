import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import {
  badInput,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
} from '../../platform/graphql/errors';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { textProblems } from '../../platform/graphql/text';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { CycleStatus, Period } from '../cycle/cycle.enums';
import { recountUnits } from '../evaluation/unit-counts';
import { jakartaDate } from '../cycle/utils/periods.util';
import { Evaluation } from '../evaluation/evaluation.entity';
import { EvaluationFeedback } from '../evaluation/evaluation-feedback.entity';
import { EvaluationStatus } from '../evaluation/evaluation.enums';
import { IndicatorJudgement } from '../evaluation/indicator-judgement.entity';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { lockPlacement } from '../org/placement-lock';
import { Position } from '../org/position.entity';
import { ReportingLineService } from '../org/reporting-line.service';
import { isRankValid } from '../org/utils/rank.util';
import { BehaviorExpectation } from '../plan/behavior-expectation.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { CoreValue, PlanStatus } from '../plan/plan.enums';
import { JobHistory } from './job-history.entity';
import { type PejabatPenilaiService } from './pejabat-penilai.service';
import type { MoveEmployeeInput } from './staffing.inputs';
import { JobChangeKind } from './staffing.enums';
import { EVALUATOR_LEVELS, nextHeadUp, postUnitOf } from './utils/pejabat-penilai.util';
import { addDays, periodEnd, tmtProblems } from './utils/staffing-dates.util';
import { dateProblem } from '../../platform/graphql/dates';

/** What a mutasi did (or, on a dry run, would do). */
export interface MoveOutcome {
  employee: Employee;
  jobHistory: JobHistory;
  closedPlans: PerformancePlan[];
  startedPlans: PerformancePlan[];
  supervisorId: number | null;
  reassignedIds: number[];
  dryRun: boolean;
}

class DryRun extends Error {
  constructor(readonly outcome: MoveOutcome) {
    super('dry run');
  }
}

const SPLIT_CYCLES = [CycleStatus.PLANNING, CycleStatus.ACTIVE];

/** The change's kind when HR does not name it. */
function derivedKind(
  before: { unitId: number; positionId: number; level: string },
  after: { unitId: number; positionId: number; level: string },
): JobChangeKind {
  if (before.unitId !== after.unitId) return JobChangeKind.MUTASI;
  if (before.positionId === after.positionId) return JobChangeKind.KENAIKAN_PANGKAT;
  const order = ['PELAKSANA', 'FUNGSIONAL', 'PENGAWAS', 'ADMINISTRATOR', 'JPT'];
  return order.indexOf(after.level) > order.indexOf(before.level)
    ? JobChangeKind.PROMOSI
    : JobChangeKind.ROTASI;
}

/**
 * A mutasi, rotation, promotion or kenaikan pangkat with its TMT, in one transaction: the employee
 * record and job history, the unit head, the reporting line (closure) of the employee and of the
 * staff who follow the post, the SKP split at the TMT, and every open SKP's pejabat penilai.
 */
export class MutasiService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly evaluators: PejabatPenilaiService,
    private readonly reportingLines = new ReportingLineService(),
  ) {}

  async move(context: Context, input: MoveEmployeeInput, dryRun: boolean): Promise<MoveOutcome> {
    if (!context.ability.can('create', 'Mutasi'))
      throw forbidden('EMPLOYEE_MOVE_FORBIDDEN', 'Only HR records a mutasi');
    try {
      return await runTransaction(this.dataSource, async (manager) => {
        const supervisorId = parseOptionalId(input.supervisorId, 'supervisorId');
        await lockPlacement(manager, {
          unitId: parseOptionalId(input.unitId, 'unitId'),
          positionId: parseOptionalId(input.positionId, 'positionId'),
          supervisorId,
          headOfUnitSupervises: supervisorId === undefined || supervisorId === null,
        });
        const result = await this.moveWithin(context, manager, input);
        if (!result.outcome) throw badInput(result.problems);
        if (dryRun) throw new DryRun({ ...result.outcome, dryRun: true });
        return result.outcome;
      });
    } catch (error) {
      if (error instanceof DryRun) return error.outcome;
      throw error;
    }
  }

  /**
   * A mutasi in the caller's transaction (moveEmployee, the roster import's MOVED rows): its field
   * problems and nothing written, or none and the outcome. The caller has checked the permission.
   */
  async moveWithin(
    context: Context,
    manager: EntityManager,
    input: MoveEmployeeInput,
  ): Promise<{ problems: FieldProblem[]; outcome: MoveOutcome | null }> {
    const employeeId = parseId(input.employeeId, 'employeeId');
    const tmt = input.tmt.trim();
    const decreeNumber = input.decreeNumber.trim();
    const today = jakartaDate(context.now);
    const problems: FieldProblem[] = [
      ...textProblems('decreeNumber', decreeNumber, { min: 1, max: 100 }),
    ];
    problems.push(...tmtProblems(tmt, today));
    const explicitSupervisor = parseOptionalId(input.supervisorId, 'supervisorId') ?? null;
    const employee = await manager.findOneBy(Employee, { id: employeeId });
    if (!employee) throw notFound('Employee', employeeId);
    const target = await this.targetOf(manager, employee, input, problems);
    // A TMT that is a date is checked against the current post (even one in the future).
    if (dateProblem('tmt', tmt) === null) {
      const current = await this.currentHistory(manager, employeeId);
      if (current && tmt <= current.startsOn)
        problems.push({
          field: 'tmt',
          reason: 'TMT_BEFORE_CURRENT_POST',
          message: `must be after the TMT of the current post (${current.startsOn})`,
          params: { startsOn: current.startsOn },
        });
    }
    if (explicitSupervisor !== null)
      problems.push(...(await this.supervisorProblems(manager, employeeId, explicitSupervisor)));
    if (problems.length > 0) return { problems, outcome: null };
    const outcome = await this.apply(context, manager, employee, target, {
      tmt,
      decreeNumber,
      kind: input.kind ?? null,
      explicitSupervisor,
      version: input.version,
    });
    return { problems: [], outcome };
  }

  /** The new unit, position, golongan and head flag, with their field problems. */
  private async targetOf(
    manager: EntityManager,
    employee: Employee,
    input: MoveEmployeeInput,
    problems: FieldProblem[],
  ) {
    if (!employee.active)
      problems.push({
        field: 'employeeId',
        reason: 'EMPLOYEE_INACTIVE',
        message: 'is no longer active',
      });
    const unitId = parseOptionalId(input.unitId, 'unitId') ?? employee.unitId;
    const positionId = parseOptionalId(input.positionId, 'positionId') ?? employee.positionId;
    const rank = input.rank?.trim() || employee.rank;
    const unit = await manager.findOneBy(OrgUnit, { id: unitId });
    if (!unit)
      problems.push({
        field: 'unitId',
        reason: 'UNKNOWN_REFERENCE',
        message: `unit ${unitId} does not exist`,
      });
    else if (unit.closedAt)
      problems.push({ field: 'unitId', reason: 'UNIT_CLOSED', message: 'is a closed unit' });
    const position = await manager.findOneBy(Position, { id: positionId });
    if (!position)
      problems.push({
        field: 'positionId',
        reason: 'UNKNOWN_REFERENCE',
        message: `position ${positionId} does not exist`,
      });
    else if (position.closedAt)
      problems.push({
        field: 'positionId',
        reason: 'POSITION_CLOSED',
        message: 'is a closed position',
      });
    if (!isRankValid({ employmentType: employee.employmentType, rank }))
      problems.push({
        field: 'rank',
        reason: 'RANK_NOT_FOR_EMPLOYMENT_TYPE',
        message: `is not a golongan of a ${employee.employmentType}`,
        params: { employmentType: employee.employmentType },
      });
    const oldUnit = await manager.findOneByOrFail(OrgUnit, { id: employee.unitId });
    const wasHead = oldUnit.headId === employee.id;
    const headOfUnit = input.headOfUnit ?? (unitId === employee.unitId && wasHead);
    if (unit && headOfUnit && unit.headId !== null && unit.headId !== employee.id)
      problems.push({
        field: 'headOfUnit',
        reason: 'UNIT_HAS_HEAD',
        message: `${unit.name} has a head: move them out first, or record a Plt`,
      });
    const sameSupervisor =
      input.supervisorId === undefined ||
      input.supervisorId === null ||
      parseOptionalId(input.supervisorId, 'supervisorId') === employee.supervisorId;
    if (
      unitId === employee.unitId &&
      positionId === employee.positionId &&
      rank === employee.rank &&
      headOfUnit === wasHead &&
      sameSupervisor
    )
      problems.push({
        field: 'unitId',
        reason: 'MOVE_CHANGES_NOTHING',
        message: 'unit, position, golongan, head of unit and supervisor are all unchanged',
      });
    return { unitId, positionId, rank, headOfUnit, wasHead, oldUnit, level: position?.level };
  }

  private async supervisorProblems(
    manager: EntityManager,
    employeeId: number,
    supervisorId: number,
  ): Promise<FieldProblem[]> {
    if (supervisorId === employeeId)
      return [
        {
          field: 'supervisorId',
          reason: 'SUPERVISOR_SELF',
          message: 'cannot be the employee themself',
        },
      ];
    const supervisor = await manager.findOne(Employee, {
      where: { id: supervisorId },
      relations: { position: true },
    });
    if (!supervisor)
      return [
        {
          field: 'supervisorId',
          reason: 'UNKNOWN_REFERENCE',
          message: `employee ${supervisorId} does not exist`,
        },
      ];
    if (!supervisor.active)
      return [
        {
          field: 'supervisorId',
          reason: 'SUPERVISOR_INACTIVE',
          message: 'is not an active employee',
        },
      ];
    if (!EVALUATOR_LEVELS.includes(supervisor.position!.level))
      return [
        {
          field: 'supervisorId',
          reason: 'EVALUATOR_LEVEL_TOO_LOW',
          message: `is ${supervisor.position!.level}: a pejabat penilai must be at least PENGAWAS (or a Plt/Plh)`,
          params: { level: supervisor.position!.level },
        },
      ];
    if (await this.reportingLines.isWithin(manager, employeeId, supervisorId))
      return [
        {
          field: 'supervisorId',
          reason: 'SUPERVISOR_LOOP',
          message:
            'reports to this employee already: that would make a cycle in the reporting line',
        },
      ];
    return [];
  }

  private currentHistory(manager: EntityManager, employeeId: number) {
    return manager.findOne(JobHistory, {
      where: { employeeId, endsOn: IsNull() },
      order: { startsOn: 'DESC', id: 'DESC' },
    });
  }

  private async apply(
    context: Context,
    manager: EntityManager,
    before: Employee,
    target: Awaited<ReturnType<MutasiService['targetOf']>>,
    change: {
      tmt: string;
      decreeNumber: string;
      kind: JobChangeKind | null;
      explicitSupervisor: number | null;
      version: number;
    },
  ): Promise<MoveOutcome> {
    const employeeId = before.id;
    const today = jakartaDate(context.now);
    const { unitId, positionId, rank, headOfUnit, wasHead, oldUnit } = target;
    await updateVersioned(manager, Employee, {
      id: employeeId,
      version: change.version,
      changes: { unitId, positionId, rank },
      message: `Employee ${employeeId} was changed by someone else (your version ${change.version} is stale); reload and try again`,
    });
    // The unit heads: a head who leaves leaves the post vacant; a new head takes it.
    const leavesHeadPost = wasHead && !(headOfUnit && unitId === oldUnit.id);
    if (leavesHeadPost) await manager.update(OrgUnit, { id: oldUnit.id }, { headId: null });
    if (headOfUnit) await manager.update(OrgUnit, { id: unitId }, { headId: employeeId });

    // Who answers to whom now: the employee, the staff of the post they left, the staff of the
    // post they take. Definitive supervisors only; Plt/Plh terms act on top (the one rule).
    const leavesPost =
      unitId !== before.unitId || positionId !== before.positionId || leavesHeadPost;
    const keepsStaff = headOfUnit && unitId === before.unitId;
    const formerStaff =
      leavesPost && !keepsStaff
        ? await manager.find(Employee, { where: { supervisorId: employeeId, active: true } })
        : [];
    const newStaff = headOfUnit ? await this.staffOfHeadPost(manager, unitId, employeeId) : [];
    const affected = [employeeId, ...formerStaff.map((e) => e.id), ...newStaff.map((e) => e.id)];
    const facts = await this.evaluators.facts(manager, affected, today);

    const supervisorOf = new Map<number, number | null>();
    for (const person of formerStaff) {
      const post = postUnitOf(facts, facts.person(person.id)!);
      supervisorOf.set(person.id, nextHeadUp(facts, post, employeeId));
    }
    for (const person of newStaff) supervisorOf.set(person.id, employeeId);
    const self = facts.person(employeeId)!;
    const ownSupervisor =
      change.explicitSupervisor ?? nextHeadUp(facts, postUnitOf(facts, self), employeeId);
    supervisorOf.set(employeeId, ownSupervisor);
    const reassignedIds: number[] = [];
    for (const [id, supervisorId] of supervisorOf) {
      const current = id === employeeId ? before.supervisorId : undefined;
      const was =
        current !== undefined
          ? current
          : ((await manager.findOneByOrFail(Employee, { id })).supervisorId ?? null);
      if (was === supervisorId) continue;
      await manager.update(Employee, { id }, { supervisorId });
      await this.reportingLines.move(manager, id, supervisorId);
      if (id !== employeeId) reassignedIds.push(id);
    }

    // Riwayat jabatan: the current stretch ends the day before the TMT; the new one opens.
    await manager.update(
      JobHistory,
      { employeeId, endsOn: IsNull() },
      { endsOn: addDays(change.tmt, -1) },
    );
    const beforePosition = await manager.findOneByOrFail(Position, { id: before.positionId });
    const kind =
      change.kind ??
      derivedKind(
        { unitId: before.unitId, positionId: before.positionId, level: beforePosition.level },
        { unitId, positionId, level: target.level ?? beforePosition.level },
      );
    const inserted = await manager.insert(JobHistory, {
      employeeId,
      unitId,
      positionId,
      rank,
      supervisorId: ownSupervisor,
      kind,
      startsOn: change.tmt,
      endsOn: null,
      decreeNumber: change.decreeNumber,
    });
    const jobHistory = await manager.findOneByOrFail(JobHistory, {
      id: Number(inserted.identifiers[0].id),
    });

    // A change of post mid-cycle closes the SKP at the TMT and starts one for the new post.
    const split = leavesPost
      ? await this.splitPlans(context, manager, employeeId, change.tmt)
      : { closedPlans: [], startedPlans: [], droppedAnnual: false };
    // The employee's evaluations now count in the new unit (every cycle), and a dropped annual
    // draft in none: both units' kept counts (calibration, result totals) afresh.
    if (unitId !== oldUnit.id || split.droppedAnnual)
      await recountUnits(manager, [oldUnit.id, unitId], null);
    await this.evaluators.refresh(manager, [...new Set([...affected, ...reassignedIds])], {
      now: context.now,
      actor: context.viewer,
    });
    const employee = await manager.findOneByOrFail(Employee, { id: employeeId });
    await recordAudit(manager, {
      actor: context.viewer,
      action: 'employee.move',
      entity: 'Employee',
      entityId: employeeId,
      before,
      after: {
        ...employee,
        tmt: change.tmt,
        kind,
        headOfUnit,
        reassignedStaff: reassignedIds,
        closedPlans: split.closedPlans.map((plan) => plan.id),
        startedPlans: split.startedPlans.map((plan) => plan.id),
      },
      reason: `SK ${change.decreeNumber}`,
    });
    const refreshedPlans = split.startedPlans.length
      ? await manager.findBy(PerformancePlan, { id: In(split.startedPlans.map((plan) => plan.id)) })
      : [];
    return {
      employee,
      jobHistory,
      closedPlans: split.closedPlans,
      startedPlans: refreshedPlans,
      supervisorId: employee.supervisorId,
      reassignedIds,
      dryRun: false,
    };
  }

  /**
   * The people a new head of `unitId` takes: the unit's members whose supervisor works outside it
   * (they were passed up while the post was vacant) and the heads of its direct sub-units.
   */
  private async staffOfHeadPost(manager: EntityManager, unitId: number, headId: number) {
    const members = await manager.find(Employee, { where: { unitId, active: true } });
    const memberIds = new Set(members.map((member) => member.id));
    const children = await manager.find(OrgUnit, { where: { parentId: unitId } });
    const childHeads = children.flatMap((child) =>
      child.headId === null || child.headId === headId ? [] : [child.headId],
    );
    const heads = childHeads.length
      ? await manager.find(Employee, { where: { id: In(childHeads), active: true } })
      : [];
    return [
      ...members.filter(
        (member) =>
          member.id !== headId &&
          member.supervisorId !== headId &&
          (member.supervisorId === null || !memberIds.has(member.supervisorId)),
      ),
      ...heads.filter((head) => head.supervisorId !== headId),
    ];
  }

  /** Closes the employee's current SKP of each open cycle at the TMT and starts the next one. */
  private async splitPlans(
    context: Context,
    manager: EntityManager,
    employeeId: number,
    tmt: string,
  ) {
    const closedPlans: PerformancePlan[] = [];
    const startedPlans: PerformancePlan[] = [];
    let droppedAnnual = false;
    const plans = await manager
      .getRepository(PerformancePlan)
      .createQueryBuilder('plan')
      .innerJoin(PerformanceCycle, 'cycle', 'cycle.id = plan.cycleId')
      .where('plan.employeeId = :employeeId AND plan.endsOn IS NULL', { employeeId })
      .andWhere('cycle.status IN (:...open)', { open: SPLIT_CYCLES })
      .getMany();
    for (const plan of plans) {
      const cycle = await manager.findOneByOrFail(PerformanceCycle, { id: plan.cycleId });
      const startsOn = plan.startsOn ?? `${cycle.year}-01-01`;
      // A TMT at or before the SKP's first day changes only its pejabat penilai (refresh).
      if (tmt <= startsOn || tmt > `${cycle.year}-12-31`) continue;
      const evaluations = await manager.find(Evaluation, {
        where: { planId: plan.id, supersededAt: IsNull() },
      });
      for (const evaluation of evaluations) {
        if (periodEnd(cycle.year, evaluation.period) < tmt) continue;
        if (evaluation.status !== EvaluationStatus.DRAFT)
          throw conflict(
            'MOVE_AFTER_FINAL_EVALUATION',
            `The ${evaluation.period} evaluation of the ${cycle.year} SKP is ${evaluation.status} already: the TMT must be after that period`,
            { period: evaluation.period, year: cycle.year },
          );
        // A draft for a period the new SKP takes over is dropped (kept in the audit row).
        await manager.delete(EvaluationFeedback, { evaluationId: evaluation.id });
        await manager.delete(IndicatorJudgement, { evaluationId: evaluation.id });
        await manager.delete(Evaluation, { id: evaluation.id });
        if (evaluation.period === Period.ANNUAL) droppedAnnual = true;
        await recordAudit(manager, {
          actor: context.viewer,
          action: 'evaluation.drop',
          entity: 'Evaluation',
          entityId: evaluation.id,
          before: evaluation,
        });
      }
      const endsOn = addDays(tmt, -1);
      await updateVersioned(manager, PerformancePlan, {
        id: plan.id,
        changes: { endsOn },
        message: 'The plan was changed meanwhile; reload and try again',
      });
      const inserted = await manager.insert(PerformancePlan, {
        employeeId,
        cycleId: plan.cycleId,
        sequence: plan.sequence + 1,
        startsOn: tmt,
        endsOn: null,
        approach: plan.approach,
        evaluatorId: plan.evaluatorId,
        evaluatorCapacity: plan.evaluatorCapacity,
        status: PlanStatus.DRAFT,
      });
      const planId = Number(inserted.identifiers[0].id);
      await manager.insert(
        BehaviorExpectation,
        Object.values(CoreValue).map((coreValue) => ({
          planId,
          coreValue,
          specificExpectation: null,
        })),
      );
      const closed = await manager.findOneByOrFail(PerformancePlan, { id: plan.id });
      const started = await manager.findOneByOrFail(PerformancePlan, { id: planId });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.close',
        entity: 'PerformancePlan',
        entityId: plan.id,
        before: plan,
        after: closed,
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.create',
        entity: 'PerformancePlan',
        entityId: planId,
        after: started,
      });
      closedPlans.push(closed);
      startedPlans.push(started);
    }
    return { closedPlans, startedPlans, droppedAnnual };
  }
}
