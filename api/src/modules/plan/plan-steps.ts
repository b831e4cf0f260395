import { subject as asSubject } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import type { Action } from '../../platform/authz/abilities';
import { updateVersioned } from '../../platform/database/versioned-update';
import {
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
  staleVersion,
} from '../../platform/graphql/errors';
import type { PerformanceCycle } from '../cycle/cycle.entity';
import { CycleStatus } from '../cycle/cycle.enums';
import { PerformancePlan } from './performance-plan.entity';
import { PlanStatus } from './plan.enums';
import { WorkTarget } from './work-target.entity';
import { PejabatPenilaiService } from '../staffing/pejabat-penilai.service';
import { heldCycle } from '../cycle/held-cycle';

const pejabatPenilai = new PejabatPenilaiService();

/** The steps the plan services share inside their transactions. */

export const EDITABLE = [PlanStatus.DRAFT, PlanStatus.RETURNED];

export const textOrNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Loads a plan and checks the viewer may act on it: `update` for its owner, `approve` for its evaluator. */
export async function planFor(
  manager: EntityManager,
  context: Context,
  id: number,
  action: Action,
): Promise<PerformancePlan> {
  const found = await manager.findOneBy(PerformancePlan, { id });
  if (!found) throw notFound('PerformancePlan', id);
  // The pejabat penilai follows Plt/Plh terms that began or ended since it was last set.
  const plan =
    action === 'approve'
      ? await pejabatPenilai.current(manager, found, { now: context.now, actor: context.viewer })
      : found;
  const facts = asSubject('PerformancePlan', { ...plan, ownerId: plan.employeeId });
  if (!context.ability.can(action, facts)) {
    throw action === 'approve'
      ? forbidden(
          'PLAN_EVALUATOR_ONLY',
          'Only the plan’s pejabat penilai (direct supervisor) may do this',
        )
      : forbidden('PLAN_OWNER_ONLY', 'Only the plan’s owner may do this');
  }
  return plan;
}

/**
 * The owner's plan while it may still be edited; editing a RETURNED plan makes it a DRAFT again.
 * Every edit moves the plan's version on; `version`, when the client sends the one it read, makes
 * an edit of a plan changed since (in another tab, on another device) a STALE_VERSION CONFLICT
 * that changes nothing, instead of silently overwriting what the client never saw.
 */
export async function editablePlan(
  manager: EntityManager,
  context: Context,
  id: number,
  version?: number,
): Promise<PerformancePlan> {
  const plan = await planFor(manager, context, id, 'update');
  if (!EDITABLE.includes(plan.status)) {
    throw plan.status === PlanStatus.APPROVED
      ? conflict('PLAN_FROZEN', 'An approved plan is frozen')
      : conflict(
          'PLAN_AWAITING_APPROVAL',
          'A submitted plan waits for approval and cannot be edited',
        );
  }
  await assertPlansOpen(manager, plan.cycleId);
  if (version !== undefined && version !== plan.version)
    throw staleVersion('The plan was changed meanwhile; reload and try again');
  await transitionPlan(manager, plan, EDITABLE, { status: PlanStatus.DRAFT });
  return plan;
}

/**
 * SKP are written, submitted, returned and approved while their cycle is PLANNING or ACTIVE; from
 * CALIBRATION on they are frozen (CONFLICT CYCLE_NOT_OPEN). The cycle is held until the step
 * commits, so it cannot move on meanwhile.
 */
export async function assertPlansOpen(manager: EntityManager, cycleId: number): Promise<void> {
  assertPlanCycleOpen(await heldCycle(manager, cycleId));
}

/** The rule of `assertPlansOpen` on a cycle already read (held); `refused` ends the message. */
export function assertPlanCycleOpen(cycle: PerformanceCycle, refused = 'its SKP are frozen'): void {
  if (![CycleStatus.PLANNING, CycleStatus.ACTIVE].includes(cycle.status))
    throw conflict('CYCLE_NOT_OPEN', `The ${cycle.year} cycle is ${cycle.status}: ${refused}`, {
      year: cycle.year,
      status: cycle.status,
    });
}

/**
 * Conditional update on the plan row: applies `changes` only while the status is one of `from`,
 * bumping the version; anyone who changed the plan meanwhile makes this a CONFLICT.
 */
export async function transitionPlan(
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
export async function parentTargetProblems(
  manager: EntityManager,
  plan: PerformancePlan,
  parentTargetId: number | null,
  field: string,
): Promise<FieldProblem[]> {
  if (plan.evaluatorId === null) {
    return parentTargetId === null
      ? []
      : [
          {
            field,
            reason: 'ROOT_HEAD_NO_PARENT',
            message: 'the head of the kecamatan intervenes no RHK inside the kecamatan',
          },
        ];
  }
  if (parentTargetId === null)
    return [
      {
        field,
        reason: 'PARENT_REQUIRED',
        message: 'an UTAMA target must name the supervisor’s RHK it intervenes',
      },
    ];
  const parent = await manager.findOneBy(WorkTarget, { id: parentTargetId });
  const parentPlan = parent && (await manager.findOneBy(PerformancePlan, { id: parent.planId }));
  if (
    !parentPlan ||
    parentPlan.employeeId !== plan.evaluatorId ||
    parentPlan.cycleId !== plan.cycleId
  ) {
    return [
      {
        field,
        reason: 'PARENT_INVALID',
        message: 'must be a work target of your supervisor’s SKP for the same cycle',
      },
    ];
  }
  return [];
}
