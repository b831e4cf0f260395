import { subject as asSubject } from '@casl/ability';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { Context } from '../../context';
import { recordAudit } from '../../platform/audit/audit.service';
import { notify } from '../feedback/notices';
import type { Action } from '../../platform/authz/abilities';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { rulesToSql } from '../../platform/authz/rules-to-sql';
import {
  assertNoProblems,
  badInput,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
} from '../../platform/graphql/errors';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { type Connection, type PageArgs, paginate } from '../../platform/graphql/pagination';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { CycleStatus } from '../cycle/cycle.enums';
import { reportingProblem } from '../cycle/timing';
import { Employee } from '../org/employee.entity';
import { BehaviorExpectation } from './behavior-expectation.entity';
import { Indicator } from './indicator.entity';
import { PerformancePlan } from './performance-plan.entity';
import { planSqlFields } from './plan.permissions';
import { CoreValue, PlanApproach, PlanStatus, WorkTargetKind } from './plan.enums';
import type {
  AddWorkTargetInput,
  CreatePerformancePlanInput,
  IndicatorInput,
  PerformancePlanFilter,
  SubmitRealizationInput,
  UpdateWorkTargetInput,
} from './plan.inputs';
import { Realization } from './realization.entity';
import {
  isQualitative,
  resolveIndicator,
  validateDescription,
  validateEvidence,
  validateIndicators,
  validateNarrative,
} from './utils/plan-validation.util';
import { WorkTarget } from './work-target.entity';
import { runTransaction } from '../../platform/database/transaction';
import { staleVersion, updateVersioned } from '../../platform/database/versioned-update';
import { textProblems } from '../../platform/graphql/text';
import type { PlanAnnexInput } from './plan-annex.inputs';

const EDITABLE = [PlanStatus.DRAFT, PlanStatus.RETURNED];

const textOrNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export class PlanService {
  constructor(private readonly dataSource: DataSource) {}

  // ---- reading -------------------------------------------------------------------------------

  async list(
    context: Context,
    filter: PerformancePlanFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<PerformancePlan>> {
    const rows = rulesToSql(
      context.ability,
      'read',
      'PerformancePlan',
      undefined,
      planSqlFields('plan'),
    );
    const query = this.dataSource
      .getRepository(PerformancePlan)
      .createQueryBuilder('plan')
      .where(rows.sql, rows.params);
    if (filter?.cycleId)
      query.andWhere('plan.cycleId = :cycleId', {
        cycleId: parseId(filter.cycleId, 'filter.cycleId'),
      });
    if (filter?.employeeId)
      query.andWhere('plan.employeeId = :employeeId', {
        employeeId: parseId(filter.employeeId, 'filter.employeeId'),
      });
    if (filter?.status) query.andWhere('plan.status = :status', { status: filter.status });
    if (filter?.unitId) {
      query.andWhere(
        `plan.employeeId IN (SELECT member.id FROM employee member WHERE ${inUnitSubtree('member.unitId', ':unitId')})`,
        { unitId: parseId(filter.unitId, 'filter.unitId') },
      );
    }
    if (filter?.evaluatorId) {
      const gate = rulesToSql(
        context.ability,
        'read',
        'PerformancePlan',
        'evaluator',
        planSqlFields('plan'),
      );
      query.andWhere(`(plan.evaluatorId = :evaluatorId AND ${gate.sql})`, {
        ...gate.params,
        evaluatorId: parseId(filter.evaluatorId, 'filter.evaluatorId'),
      });
    }
    return paginate(query, page, {
      expression: 'plan.id',
      valueOf: (plan) => plan.id,
      idExpression: 'plan.id',
    });
  }

  async get(context: Context, id: number): Promise<PerformancePlan> {
    const rows = rulesToSql(
      context.ability,
      'read',
      'PerformancePlan',
      undefined,
      planSqlFields('plan'),
    );
    const plan = await this.dataSource
      .getRepository(PerformancePlan)
      .createQueryBuilder('plan')
      .where('plan.id = :id', { id })
      .andWhere(rows.sql, rows.params)
      .getOne();
    if (!plan) throw notFound('PerformancePlan', id);
    return plan;
  }

  /**
   * The plans of a cascade view: everyone in the unit and its sub-units, plus the heads of the
   * units above it (up to the Camat) for viewers who may know who heads a unit, as far as the
   * viewer may read them.
   */
  async cascade(context: Context, cycleId: number, unitId: number): Promise<PerformancePlan[]> {
    const rows = rulesToSql(
      context.ability,
      'read',
      'PerformancePlan',
      undefined,
      planSqlFields('plan'),
    );
    const inUnit = `plan.employeeId IN (SELECT member.id FROM employee member WHERE ${inUnitSubtree('member.unitId', ':unitId')})`;
    const headAbove =
      'plan.employeeId IN (SELECT above.headId FROM org_unit above WHERE above.id IN (SELECT up.ancestorId FROM org_unit_closure up WHERE up.descendantId = :unitId))';
    return this.dataSource
      .getRepository(PerformancePlan)
      .createQueryBuilder('plan')
      .where(rows.sql, rows.params)
      .andWhere('plan.cycleId = :cycleId', { cycleId })
      .andWhere(
        context.ability.can('read', 'OrgUnit', 'head') ? `(${inUnit} OR ${headAbove})` : inUnit,
        { unitId },
      )
      .orderBy('plan.id', 'ASC')
      .limit(2000)
      .getMany();
  }

  // ---- the plan itself -----------------------------------------------------------------------

  async create(context: Context, input: CreatePerformancePlanInput): Promise<PerformancePlan> {
    const employeeId = context.viewer?.employeeId;
    if (
      !employeeId ||
      !context.ability.can('create', asSubject('PerformancePlan', { ownerId: employeeId }))
    ) {
      throw forbidden('Only an employee drafts their own SKP');
    }
    const cycleId = parseId(input.cycleId, 'cycleId');
    const id = await runTransaction(this.dataSource, async (manager) => {
      const cycle = await manager.findOneBy(PerformanceCycle, { id: cycleId });
      if (!cycle)
        throw badInput([{ field: 'cycleId', message: `cycle ${cycleId} does not exist` }]);
      if (![CycleStatus.PLANNING, CycleStatus.ACTIVE].includes(cycle.status))
        throw conflict(`The ${cycle.year} cycle is ${cycle.status}: no new SKP`);
      if (await manager.existsBy(PerformancePlan, { employeeId, cycleId }))
        throw conflict(`You already have an SKP for ${cycle.year}`);
      const employee = await manager.findOneByOrFail(Employee, { id: employeeId });
      const inserted = await manager.insert(PerformancePlan, {
        employeeId,
        cycleId,
        approach: input.approach ?? PlanApproach.KUANTITATIF,
        evaluatorId: employee.supervisorId,
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
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.create',
        entity: 'PerformancePlan',
        entityId: planId,
        after: await manager.findOneByOrFail(PerformancePlan, { id: planId }),
      });
      return planId;
    });
    return this.dataSource.getRepository(PerformancePlan).findOneByOrFail({ id });
  }

  async submit(context: Context, id: number): Promise<PerformancePlan> {
    await runTransaction(this.dataSource, async (manager) => {
      const plan = await this.planFor(manager, context, id, 'update');
      if (!EDITABLE.includes(plan.status))
        throw conflict(`A ${plan.status} plan cannot be submitted`);
      const targets = await manager.find(WorkTarget, {
        where: { planId: id },
        order: { sortOrder: 'ASC', id: 'ASC' },
      });
      const indicators = targets.length
        ? await manager.find(Indicator, { where: { workTargetId: In(targets.map((t) => t.id)) } })
        : [];
      const problems: FieldProblem[] = [];
      if (!targets.some((target) => target.kind === WorkTargetKind.UTAMA))
        problems.push({ field: 'workTargets', message: 'needs at least one UTAMA work target' });
      for (const [index, target] of targets.entries()) {
        if (!indicators.some((indicator) => indicator.workTargetId === target.id)) {
          problems.push({
            field: `workTargets[${index}].indicators`,
            message: `"${target.description.slice(0, 40)}" needs at least one indicator`,
          });
        }
        if (target.kind === WorkTargetKind.UTAMA) {
          problems.push(
            ...(await this.parentProblems(
              manager,
              plan,
              target.parentTargetId,
              `workTargets[${index}].parentTargetId`,
            )),
          );
        }
      }
      assertNoProblems(problems);
      const isRootHead = plan.evaluatorId === null;
      if (!isRootHead) {
        const supervisorPlan = await manager.findOneBy(PerformancePlan, {
          employeeId: plan.evaluatorId!,
          cycleId: plan.cycleId,
        });
        if (supervisorPlan?.status !== PlanStatus.APPROVED) {
          throw conflict(
            'Your supervisor’s SKP for this cycle must be approved before you submit yours',
          );
        }
      }
      // The Camat's evaluator sits outside the kecamatan: the root head's plan is approved on submission.
      const now = new Date();
      await this.transition(
        manager,
        plan,
        EDITABLE,
        isRootHead
          ? { status: PlanStatus.APPROVED, submittedAt: now, approvedAt: now, returnReason: null }
          : { status: PlanStatus.SUBMITTED, submittedAt: now },
      );
      await recordAudit(manager, {
        actor: context.viewer,
        action: isRootHead ? 'plan.submit-and-approve' : 'plan.submit',
        entity: 'PerformancePlan',
        entityId: id,
        before: { status: plan.status },
      });
      // The pejabat penilai learns there is an SKP to approve, once per submission.
      if (!isRootHead) {
        const owner = await manager.findOneByOrFail(Employee, { id: plan.employeeId });
        await notify(
          manager,
          [
            {
              recipientId: plan.evaluatorId!,
              kind: 'plan.submitted',
              message: `SKP ${owner.name} diajukan dan menunggu persetujuan Anda.`,
              entity: 'PerformancePlan',
              entityId: id,
              dedupeKey: `plan.submitted:${id}:${now.getTime()}`,
            },
          ],
          now,
        );
      }
    });
    return this.get(context, id);
  }

  async approve(context: Context, id: number): Promise<PerformancePlan> {
    await runTransaction(this.dataSource, async (manager) => {
      const plan = await this.planFor(manager, context, id, 'approve');
      if (plan.status !== PlanStatus.SUBMITTED)
        throw conflict(`Only a SUBMITTED plan can be approved (this one is ${plan.status})`);
      await this.transition(manager, plan, [PlanStatus.SUBMITTED], {
        status: PlanStatus.APPROVED,
        approvedAt: new Date(),
        returnReason: null,
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.approve',
        entity: 'PerformancePlan',
        entityId: id,
        before: { status: plan.status },
        after: { status: PlanStatus.APPROVED },
      });
    });
    return this.get(context, id);
  }

  async returnForRevision(context: Context, id: number, reason: string): Promise<PerformancePlan> {
    const text = reason.trim();
    assertNoProblems(validateDescription({ field: 'reason', text, min: 5, max: 2000 }));
    await runTransaction(this.dataSource, async (manager) => {
      const plan = await this.planFor(manager, context, id, 'approve');
      if (plan.status !== PlanStatus.SUBMITTED)
        throw conflict(`Only a SUBMITTED plan can be returned (this one is ${plan.status})`);
      await this.transition(manager, plan, [PlanStatus.SUBMITTED], {
        status: PlanStatus.RETURNED,
        returnReason: text,
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.return',
        entity: 'PerformancePlan',
        entityId: id,
        before: { status: plan.status },
        after: { status: PlanStatus.RETURNED },
        reason: text,
      });
    });
    return this.get(context, id);
  }

  async setBehaviorExpectation(
    context: Context,
    planId: number,
    coreValue: CoreValue,
    text: string | null,
  ): Promise<BehaviorExpectation> {
    const specificExpectation = textOrNull(text);
    if (specificExpectation && specificExpectation.length > 2000)
      throw badInput([
        { field: 'specificExpectation', message: 'must be at most 2000 characters' },
      ]);
    return runTransaction(this.dataSource, async (manager) => {
      const plan = await this.planFor(manager, context, planId, 'approve');
      if (plan.status === PlanStatus.APPROVED) throw conflict('An approved plan is frozen');
      await this.transition(
        manager,
        plan,
        [PlanStatus.DRAFT, PlanStatus.RETURNED, PlanStatus.SUBMITTED],
        {},
      );
      const expectation = await manager.findOneByOrFail(BehaviorExpectation, { planId, coreValue });
      await manager.update(BehaviorExpectation, expectation.id, { specificExpectation });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.expectation',
        entity: 'BehaviorExpectation',
        entityId: expectation.id,
        before: expectation,
        after: { ...expectation, specificExpectation },
      });
      return manager.findOneByOrFail(BehaviorExpectation, { id: expectation.id });
    });
  }

  /** The lampiran SKP: the owner's free text while the plan is editable, versioned and audited. */
  async updateAnnex(
    context: Context,
    id: number,
    input: PlanAnnexInput,
    version: number,
  ): Promise<PerformancePlan> {
    const changes = {
      resourceSupport: textOrNull(input.resourceSupport),
      accountabilityScheme: textOrNull(input.accountabilityScheme),
      consequences: textOrNull(input.consequences),
    };
    assertNoProblems(
      Object.entries(changes).flatMap(([field, text]) =>
        text === null ? [] : textProblems(field, text, { max: 2000 }),
      ),
    );
    await runTransaction(this.dataSource, async (manager) => {
      const plan = await this.editablePlan(manager, context, id);
      // editablePlan has just moved the version on by one, conditional on the one it read.
      if (plan.version - 1 !== version)
        throw staleVersion('The plan was changed meanwhile; reload and try again');
      await manager.update(PerformancePlan, id, changes);
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.annex',
        entity: 'PerformancePlan',
        entityId: id,
        before: {
          resourceSupport: plan.resourceSupport,
          accountabilityScheme: plan.accountabilityScheme,
          consequences: plan.consequences,
        },
        after: changes,
      });
    });
    return this.get(context, id);
  }

  // ---- work targets and indicators ----------------------------------------------------------

  async addWorkTarget(context: Context, input: AddWorkTargetInput): Promise<WorkTarget> {
    const planId = parseId(input.planId, 'planId');
    const parentTargetId = parseOptionalId(input.parentTargetId, 'parentTargetId') ?? null;
    return runTransaction(this.dataSource, async (manager) => {
      const plan = await this.editablePlan(manager, context, planId);
      assertNoProblems([
        ...validateDescription({ field: 'description', text: input.description }),
        ...validateIndicators({ field: 'indicators', indicators: input.indicators }),
        ...(input.kind === WorkTargetKind.UTAMA || parentTargetId !== null
          ? await this.parentProblems(manager, plan, parentTargetId, 'parentTargetId')
          : []),
      ]);
      const count = await manager.countBy(WorkTarget, { planId });
      if (count >= 30)
        throw badInput([{ field: 'planId', message: 'a plan may hold at most 30 work targets' }]);
      const inserted = await manager.insert(WorkTarget, {
        planId,
        kind: input.kind,
        description: input.description.trim(),
        parentTargetId,
        sortOrder: count,
      });
      const id = Number(inserted.identifiers[0].id);
      await this.replaceIndicators(manager, id, input.indicators);
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.target.add',
        entity: 'WorkTarget',
        entityId: id,
        after: { ...input, planId, parentTargetId },
      });
      return manager.findOneByOrFail(WorkTarget, { id });
    });
  }

  async updateWorkTarget(
    context: Context,
    id: number,
    input: UpdateWorkTargetInput,
  ): Promise<WorkTarget> {
    return runTransaction(this.dataSource, async (manager) => {
      const target = await manager.findOneBy(WorkTarget, { id });
      if (!target) throw notFound('WorkTarget', id);
      const plan = await this.editablePlan(manager, context, target.planId);
      const kind = input.kind ?? target.kind;
      const description = input.description ?? target.description;
      const parentTargetId =
        input.parentTargetId !== undefined
          ? (parseOptionalId(input.parentTargetId, 'parentTargetId') ?? null)
          : target.parentTargetId;
      assertNoProblems([
        ...validateDescription({ field: 'description', text: description }),
        ...(input.indicators
          ? validateIndicators({ field: 'indicators', indicators: input.indicators })
          : []),
        ...(kind === WorkTargetKind.UTAMA || parentTargetId !== null
          ? await this.parentProblems(manager, plan, parentTargetId, 'parentTargetId')
          : []),
      ]);
      await manager.update(WorkTarget, id, {
        kind,
        description: description.trim(),
        parentTargetId,
      });
      if (input.indicators) await this.replaceIndicators(manager, id, input.indicators);
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.target.update',
        entity: 'WorkTarget',
        entityId: id,
        before: target,
        after: { ...input },
      });
      return manager.findOneByOrFail(WorkTarget, { id });
    });
  }

  async removeWorkTarget(context: Context, id: number): Promise<boolean> {
    return runTransaction(this.dataSource, async (manager) => {
      const target = await manager.findOneBy(WorkTarget, { id });
      if (!target) throw notFound('WorkTarget', id);
      await this.editablePlan(manager, context, target.planId);
      const interveners = await manager.countBy(WorkTarget, { parentTargetId: id });
      if (interveners > 0)
        throw conflict(
          `${interveners} work targets of your team intervene this one; they must be changed first`,
        );
      await manager.delete(WorkTarget, id);
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.target.remove',
        entity: 'WorkTarget',
        entityId: id,
        before: target,
      });
      return true;
    });
  }

  // ---- realisations ---------------------------------------------------------------------------

  async submitRealization(context: Context, input: SubmitRealizationInput): Promise<Realization> {
    const indicatorId = parseId(input.indicatorId, 'indicatorId');
    const evidenceUrl = textOrNull(input.evidenceUrl);
    const note = textOrNull(input.note);
    const problems = validateEvidence({ evidenceUrl, note });
    return runTransaction(this.dataSource, async (manager) => {
      const indicator = await manager.findOneBy(Indicator, { id: indicatorId });
      if (!indicator) throw notFound('Indicator', indicatorId);
      // KUANTITATIF: a number; KUALITATIF: the narrative alone (judged by the evaluator, no value).
      const qualitative = isQualitative(indicator);
      const value = qualitative ? null : (input.value ?? null);
      const narrative = qualitative ? (input.narrative?.trim() ?? null) : null;
      if (qualitative) {
        problems.unshift(
          ...validateNarrative({ field: 'narrative', text: input.narrative }),
          ...(input.value === null || input.value === undefined
            ? []
            : [{ field: 'value', message: 'must be left out for a KUALITATIF indicator' }]),
        );
      } else {
        if (value === null || !Number.isFinite(value) || value < 0 || value >= 1e12)
          problems.unshift({ field: 'value', message: 'must be a number of at least 0' });
        if (textOrNull(input.narrative) !== null)
          problems.unshift({
            field: 'narrative',
            message: 'is for KUALITATIF indicators only; report a value',
          });
      }
      const target = await manager.findOneByOrFail(WorkTarget, { id: indicator.workTargetId });
      const plan = await this.planFor(manager, context, target.planId, 'update');
      const cycle = await manager.findOneByOrFail(PerformanceCycle, { id: plan.cycleId });
      if (plan.status !== PlanStatus.APPROVED)
        throw conflict('Realisations are reported on an approved SKP only');
      if (cycle.status !== CycleStatus.ACTIVE)
        throw conflict(`The ${cycle.year} cycle is ${cycle.status}: no realisations`);
      // From the period's start until its reporting window closes (CONFLICT REPORTING_CLOSED after).
      const notOpen = reportingProblem(cycle, input.period, context.now);
      if (notOpen) problems.push(notOpen);
      assertNoProblems(problems);
      // Locks the plan row, so two submissions for one indicator and period replace one another in turn.
      await this.transition(manager, plan, [PlanStatus.APPROVED], {});
      const now = new Date();
      await manager.update(
        Realization,
        { indicatorId, period: input.period, replacedAt: IsNull() },
        { replacedAt: now },
      );
      const inserted = await manager.insert(Realization, {
        indicatorId,
        period: input.period,
        value,
        narrative,
        evidenceUrl,
        note,
        submittedAt: now,
        replacedAt: null,
      });
      const id = Number(inserted.identifiers[0].id);
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'realization.submit',
        entity: 'Realization',
        entityId: id,
        after: { indicatorId, period: input.period, value, narrative, evidenceUrl, note },
      });
      return manager.findOneByOrFail(Realization, { id });
    });
  }

  // ---- shared steps ---------------------------------------------------------------------------

  /** Loads a plan and checks the viewer may act on it: `update` for its owner, `approve` for its evaluator. */
  private async planFor(
    manager: EntityManager,
    context: Context,
    id: number,
    action: Action,
  ): Promise<PerformancePlan> {
    const plan = await manager.findOneBy(PerformancePlan, { id });
    if (!plan) throw notFound('PerformancePlan', id);
    const facts = asSubject('PerformancePlan', { ...plan, ownerId: plan.employeeId });
    if (!context.ability.can(action, facts)) {
      throw forbidden(
        action === 'approve'
          ? 'Only the plan’s pejabat penilai (direct supervisor) may do this'
          : 'Only the plan’s owner may do this',
      );
    }
    return plan;
  }

  /** The owner's plan while it may still be edited; editing a RETURNED plan makes it a DRAFT again. */
  private async editablePlan(
    manager: EntityManager,
    context: Context,
    id: number,
  ): Promise<PerformancePlan> {
    const plan = await this.planFor(manager, context, id, 'update');
    if (!EDITABLE.includes(plan.status)) {
      throw conflict(
        plan.status === PlanStatus.APPROVED
          ? 'An approved plan is frozen'
          : 'A submitted plan waits for approval and cannot be edited',
      );
    }
    const cycle = await manager.findOneByOrFail(PerformanceCycle, { id: plan.cycleId });
    if (![CycleStatus.PLANNING, CycleStatus.ACTIVE].includes(cycle.status))
      throw conflict(`The ${cycle.year} cycle is ${cycle.status}`);
    await this.transition(manager, plan, EDITABLE, { status: PlanStatus.DRAFT });
    return plan;
  }

  /**
   * Conditional update on the plan row: applies `changes` only while the status is one of `from`,
   * bumping the version; anyone who changed the plan meanwhile makes this a CONFLICT.
   */
  private async transition(
    manager: EntityManager,
    plan: PerformancePlan,
    from: PlanStatus[],
    changes: Partial<PerformancePlan>,
  ): Promise<void> {
    await updateVersioned(manager, PerformancePlan, {
      id: plan.id,
      version: plan.version,
      changes,
      onlyIf: { sql: 'status IN (:...from)', params: { from } },
      message: 'The plan was changed meanwhile; reload and try again',
    });
    plan.version += 1;
  }

  /** A parent RHK must be a target of the evaluator's plan of the same cycle. */
  private async parentProblems(
    manager: EntityManager,
    plan: PerformancePlan,
    parentTargetId: number | null,
    field: string,
  ): Promise<FieldProblem[]> {
    if (plan.evaluatorId === null) {
      return parentTargetId === null
        ? []
        : [{ field, message: 'the head of the kecamatan intervenes no RHK inside the kecamatan' }];
    }
    if (parentTargetId === null)
      return [{ field, message: 'an UTAMA target must name the supervisor’s RHK it intervenes' }];
    const parent = await manager.findOneBy(WorkTarget, { id: parentTargetId });
    const parentPlan = parent && (await manager.findOneBy(PerformancePlan, { id: parent.planId }));
    if (
      !parentPlan ||
      parentPlan.employeeId !== plan.evaluatorId ||
      parentPlan.cycleId !== plan.cycleId
    ) {
      return [
        { field, message: 'must be a work target of your supervisor’s SKP for the same cycle' },
      ];
    }
    return [];
  }

  private async replaceIndicators(
    manager: EntityManager,
    workTargetId: number,
    indicators: IndicatorInput[],
  ): Promise<void> {
    await manager.delete(Indicator, { workTargetId });
    await manager.insert(
      Indicator,
      indicators.map((indicator) => {
        const { quarterTargets, actionPlans, ...resolved } = resolveIndicator(indicator);
        return {
          workTargetId,
          aspect: indicator.aspect,
          description: indicator.description.trim(),
          ...resolved,
          targetTw1: quarterTargets[0],
          targetTw2: quarterTargets[1],
          targetTw3: quarterTargets[2],
          targetTw4: quarterTargets[3],
          actionPlanTw1: actionPlans[0],
          actionPlanTw2: actionPlans[1],
          actionPlanTw3: actionPlans[2],
          actionPlanTw4: actionPlans[3],
        };
      }),
    );
  }
}
