import { subject as asSubject } from '@casl/ability';
import { type DataSource, In, IsNull } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { runTransaction } from '../../platform/database/transaction';
import {
  assertNoProblems,
  badInput,
  conflict,
  type FieldProblem,
  forbidden,
} from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { textProblems } from '../../platform/graphql/text';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { notify } from '../feedback/notices';
import { Employee } from '../org/employee.entity';
import { BehaviorExpectation } from './behavior-expectation.entity';
import { Indicator } from './indicator.entity';
import { PerformancePlan } from './performance-plan.entity';
import type { PlanAnnexInput } from './plan-annex.inputs';
import {
  EDITABLE,
  assertPlanCycleOpen,
  assertPlansOpen,
  editablePlan,
  parentTargetProblems,
  planFor,
  textOrNull,
  transitionPlan,
} from './plan-steps';
import { CoreValue, PlanApproach, PlanStatus, WorkTargetKind } from './plan.enums';
import type { CreatePerformancePlanInput } from './plan.inputs';
import type { PlanService } from './plan.service';
import { validateDescription } from './utils/plan-validation.util';
import { WorkTarget } from './work-target.entity';
import { PejabatPenilaiService } from '../staffing/pejabat-penilai.service';
import { planStartFor } from '../staffing/job-history.service';
import { lockedRow } from '../../platform/database/row-lock';

const pejabatPenilai = new PejabatPenilaiService();

/** An SKP's way from draft to approval: create, submit, approve or return, expectations and annex. */
export class PlanLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanService,
  ) {}

  async create(context: Context, input: CreatePerformancePlanInput): Promise<PerformancePlan> {
    const employeeId = context.viewer?.employeeId;
    if (
      !employeeId ||
      !context.ability.can('create', asSubject('PerformancePlan', { ownerId: employeeId }))
    ) {
      throw forbidden('PLAN_CREATE_FORBIDDEN', 'Only an employee drafts their own SKP');
    }
    const cycleId = parseId(input.cycleId, 'cycleId');
    const id = await runTransaction(this.dataSource, async (manager) => {
      const cycle = await lockedRow(manager, PerformanceCycle, cycleId, 'share');
      if (!cycle)
        throw badInput([
          {
            field: 'cycleId',
            reason: 'UNKNOWN_REFERENCE',
            message: `cycle ${cycleId} does not exist`,
          },
        ]);
      assertPlanCycleOpen(cycle, 'no new SKP');
      if (await manager.existsBy(PerformancePlan, { employeeId, cycleId }))
        throw conflict('PLAN_EXISTS', `You already have an SKP for ${cycle.year}`, {
          year: cycle.year,
        });
      const employee = await manager.findOneByOrFail(Employee, { id: employeeId });
      const inserted = await manager.insert(PerformancePlan, {
        employeeId,
        cycleId,
        // Whoever arrived in the kecamatan this year owes nothing of the months before.
        startsOn: await planStartFor(manager, employeeId, cycle.year),
        approach: input.approach ?? PlanApproach.KUANTITATIF,
        evaluatorId: employee.supervisorId,
        status: PlanStatus.DRAFT,
      });
      const planId = Number(inserted.identifiers[0].id);
      // The pejabat penilai by the one rule (a Plt/Plh, or the next head up for a vacancy).
      await pejabatPenilai.refresh(manager, [employeeId], {
        now: context.now,
        actor: context.viewer,
      });
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
      const plan = await planFor(manager, context, id, 'update');
      await assertPlansOpen(manager, plan.cycleId);
      if (!EDITABLE.includes(plan.status))
        throw conflict('PLAN_NOT_SUBMITTABLE', `A ${plan.status} plan cannot be submitted`, {
          status: plan.status,
        });
      const targets = await manager.find(WorkTarget, {
        where: { planId: id },
        order: { sortOrder: 'ASC', id: 'ASC' },
      });
      const indicators = targets.length
        ? await manager.find(Indicator, { where: { workTargetId: In(targets.map((t) => t.id)) } })
        : [];
      const problems: FieldProblem[] = [];
      if (!targets.some((target) => target.kind === WorkTargetKind.UTAMA))
        problems.push({
          field: 'workTargets',
          reason: 'UTAMA_REQUIRED',
          message: 'needs at least one UTAMA work target',
        });
      for (const [index, target] of targets.entries()) {
        if (!indicators.some((indicator) => indicator.workTargetId === target.id)) {
          problems.push({
            field: `workTargets[${index}].indicators`,
            reason: 'INDICATOR_REQUIRED',
            message: `"${target.description.slice(0, 40)}" needs at least one indicator`,
          });
        }
        if (target.kind === WorkTargetKind.UTAMA) {
          problems.push(
            ...(await parentTargetProblems(
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
          endsOn: IsNull(),
        });
        if (supervisorPlan?.status !== PlanStatus.APPROVED) {
          throw conflict(
            'SUPERVISOR_PLAN_NOT_APPROVED',
            'Your supervisor’s SKP for this cycle must be approved before you submit yours',
          );
        }
      }
      // The Camat's evaluator sits outside the kecamatan: the root head's plan is approved on submission.
      const now = new Date();
      await transitionPlan(
        manager,
        plan,
        EDITABLE,
        isRootHead
          ? { status: PlanStatus.APPROVED, submittedAt: now, approvedAt: now, returnReason: null }
          : { status: PlanStatus.SUBMITTED, submittedAt: now },
      );
      await recordAudit(manager, {
        actor: context.viewer,
        action: isRootHead ? 'plan.submitAndApprove' : 'plan.submit',
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
              params: { name: owner.name },
              entity: 'PerformancePlan',
              entityId: id,
              dedupeKey: `plan.submitted:${id}:${now.getTime()}`,
            },
          ],
          now,
        );
      }
    });
    return this.plans.get(context, id);
  }

  async approve(context: Context, id: number): Promise<PerformancePlan> {
    await runTransaction(this.dataSource, async (manager) => {
      const plan = await planFor(manager, context, id, 'approve');
      await assertPlansOpen(manager, plan.cycleId);
      if (plan.status !== PlanStatus.SUBMITTED)
        throw conflict(
          'PLAN_NOT_SUBMITTED',
          `Only a SUBMITTED plan can be approved (this one is ${plan.status})`,
          { status: plan.status },
        );
      await transitionPlan(manager, plan, [PlanStatus.SUBMITTED], {
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
    return this.plans.get(context, id);
  }

  async returnForRevision(context: Context, id: number, reason: string): Promise<PerformancePlan> {
    const text = reason.trim();
    assertNoProblems(validateDescription({ field: 'reason', text, min: 5, max: 2000 }));
    await runTransaction(this.dataSource, async (manager) => {
      const plan = await planFor(manager, context, id, 'approve');
      await assertPlansOpen(manager, plan.cycleId);
      if (plan.status !== PlanStatus.SUBMITTED)
        throw conflict(
          'PLAN_NOT_SUBMITTED',
          `Only a SUBMITTED plan can be returned (this one is ${plan.status})`,
          { status: plan.status },
        );
      await transitionPlan(manager, plan, [PlanStatus.SUBMITTED], {
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
    return this.plans.get(context, id);
  }

  async setBehaviorExpectation(
    context: Context,
    planId: number,
    coreValue: CoreValue,
    text: string | null,
  ): Promise<BehaviorExpectation> {
    const specificExpectation = textOrNull(text);
    if (specificExpectation)
      assertNoProblems(textProblems('specificExpectation', specificExpectation, { max: 2000 }));
    return runTransaction(this.dataSource, async (manager) => {
      const plan = await planFor(manager, context, planId, 'approve');
      if (plan.status === PlanStatus.APPROVED)
        throw conflict('PLAN_FROZEN', 'An approved plan is frozen');
      await assertPlansOpen(manager, plan.cycleId);
      await transitionPlan(
        manager,
        plan,
        [PlanStatus.DRAFT, PlanStatus.RETURNED, PlanStatus.SUBMITTED],
        {},
      );
      const expectation = await manager.findOneByOrFail(BehaviorExpectation, { planId, coreValue });
      await manager.update(BehaviorExpectation, expectation.id, { specificExpectation });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.setExpectation',
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
      const plan = await editablePlan(manager, context, id, version);
      await manager.update(PerformancePlan, id, changes);
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'plan.updateAnnex',
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
    return this.plans.get(context, id);
  }
}
