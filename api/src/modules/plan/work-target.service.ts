import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { lockedRow } from '../../platform/database/row-lock';
import { runTransaction } from '../../platform/database/transaction';
import { assertNoProblems, badInput, conflict, notFound } from '../../platform/graphql/errors';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { Indicator } from './indicator.entity';
import { editablePlan, parentTargetProblems } from './plan-steps';
import { WorkTargetKind } from './plan.enums';
import type { AddWorkTargetInput, IndicatorInput, UpdateWorkTargetInput } from './plan.inputs';
import {
  resolveIndicator,
  validateDescription,
  validateIndicators,
} from './utils/plan-validation.util';
import { WorkTarget } from './work-target.entity';

const MAX_WORK_TARGETS = 30;

/**
 * The supervisor's RHK an RHK is to intervene, locked before anything else is read (see
 * `lockedRow`): removing it at the same moment then either waits and counts the new intervener, or
 * goes first and the new RHK is refused as intervening no RHK of the supervisor.
 */
async function lockParentTarget(manager: EntityManager, parentTargetId: number | null) {
  if (parentTargetId !== null) await lockedRow(manager, WorkTarget, parentTargetId);
}

/** The RHK of an editable SKP with their IKI: added, changed and removed by the plan's owner. */
export class WorkTargetService {
  constructor(private readonly dataSource: DataSource) {}

  async add(context: Context, input: AddWorkTargetInput): Promise<WorkTarget> {
    const planId = parseId(input.planId, 'planId');
    const parentTargetId = parseOptionalId(input.parentTargetId, 'parentTargetId') ?? null;
    return runTransaction(this.dataSource, async (manager) => {
      await lockParentTarget(manager, parentTargetId);
      const plan = await editablePlan(manager, context, planId);
      assertNoProblems([
        ...validateDescription({ field: 'description', text: input.description }),
        ...validateIndicators({ field: 'indicators', indicators: input.indicators }),
        ...(input.kind === WorkTargetKind.UTAMA || parentTargetId !== null
          ? await parentTargetProblems(manager, plan, parentTargetId, 'parentTargetId')
          : []),
      ]);
      const count = await manager.countBy(WorkTarget, { planId });
      if (count >= MAX_WORK_TARGETS)
        throw badInput([
          {
            field: 'planId',
            reason: 'TOO_MANY_WORK_TARGETS',
            message: `a plan may hold at most ${MAX_WORK_TARGETS} work targets`,
            params: { max: MAX_WORK_TARGETS },
          },
        ]);
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
        action: 'workTarget.add',
        entity: 'WorkTarget',
        entityId: id,
        after: { ...input, planId, parentTargetId },
      });
      return manager.findOneByOrFail(WorkTarget, { id });
    });
  }

  /** `version`: the SKP's as the client read it (see `editablePlan`). */
  async update(
    context: Context,
    id: number,
    input: UpdateWorkTargetInput,
    version?: number,
  ): Promise<WorkTarget> {
    const newParentId =
      input.parentTargetId !== undefined
        ? (parseOptionalId(input.parentTargetId, 'parentTargetId') ?? null)
        : undefined;
    return runTransaction(this.dataSource, async (manager) => {
      await lockParentTarget(manager, newParentId ?? null);
      const target = await manager.findOneBy(WorkTarget, { id });
      if (!target) throw notFound('WorkTarget', id);
      const plan = await editablePlan(manager, context, target.planId, version);
      const kind = input.kind ?? target.kind;
      const description = input.description ?? target.description;
      const parentTargetId = newParentId !== undefined ? newParentId : target.parentTargetId;
      assertNoProblems([
        ...validateDescription({ field: 'description', text: description }),
        ...(input.indicators
          ? validateIndicators({ field: 'indicators', indicators: input.indicators })
          : []),
        ...(kind === WorkTargetKind.UTAMA || parentTargetId !== null
          ? await parentTargetProblems(manager, plan, parentTargetId, 'parentTargetId')
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
        action: 'workTarget.update',
        entity: 'WorkTarget',
        entityId: id,
        before: target,
        after: { ...input },
      });
      return manager.findOneByOrFail(WorkTarget, { id });
    });
  }

  /** `version`: the SKP's as the client read it (see `editablePlan`). */
  async remove(context: Context, id: number, version?: number): Promise<boolean> {
    return runTransaction(this.dataSource, async (manager) => {
      // Locked first, as an RHK intervening it locks it: the interveners counted below include one
      // added at the same moment, which would otherwise point at a removed RHK.
      const target = await lockedRow(manager, WorkTarget, id);
      if (!target) throw notFound('WorkTarget', id);
      await editablePlan(manager, context, target.planId, version);
      const interveners = await manager.countBy(WorkTarget, { parentTargetId: id });
      if (interveners > 0)
        throw conflict(
          'TARGET_HAS_INTERVENERS',
          `${interveners} work targets of your team intervene this one; they must be changed first`,
          { count: interveners },
        );
      await manager.delete(WorkTarget, id);
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'workTarget.remove',
        entity: 'WorkTarget',
        entityId: id,
        before: target,
      });
      return true;
    });
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
