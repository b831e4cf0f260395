import type { Context } from '../../context';
import { Evaluation } from '../../modules/evaluation/evaluation.entity';
import { Indicator } from '../../modules/plan/indicator.entity';
import { PerformancePlan } from '../../modules/plan/performance-plan.entity';
import { WorkTarget } from '../../modules/plan/work-target.entity';
import type { SubjectName } from './abilities';

type Root = Record<string, unknown>;

/** The plan a member of the SKP family belongs to, through batched loaders. */
async function planOf(
  type: SubjectName,
  root: Root,
  context: Context,
): Promise<PerformancePlan | null> {
  const byId = <T extends { id: number }>(entity: new () => T, id: unknown) =>
    context.loaders.byId(entity).load(Number(id));
  switch (type) {
    case 'PerformancePlan':
      return root as unknown as PerformancePlan;
    case 'WorkTarget':
    case 'BehaviorExpectation':
      return byId(PerformancePlan, root.planId);
    case 'Indicator': {
      const target = await byId(WorkTarget, root.workTargetId);
      return target && byId(PerformancePlan, target.planId);
    }
    case 'Realization': {
      const indicator = await byId(Indicator, root.indicatorId);
      const target = indicator && (await byId(WorkTarget, indicator.workTargetId));
      return target && byId(PerformancePlan, target.planId);
    }
    default:
      return null;
  }
}

async function evaluationStatusOf(type: SubjectName, root: Root, context: Context) {
  if (type === 'Evaluation') return root.status;
  if (type === 'EvaluationFeedback')
    return (await context.loaders.byId(Evaluation).load(Number(root.evaluationId)))?.status;
  return undefined;
}

async function directOwnerOf(
  type: SubjectName,
  root: Root,
  context: Context,
): Promise<number | undefined> {
  switch (type) {
    case 'Evaluation':
    case 'Objection':
    case 'DevelopmentPlan':
    case 'DevelopmentActivity':
      return Number(root.employeeId);
    case 'EvaluationFeedback':
      return (await context.loaders.byId(Evaluation).load(Number(root.evaluationId)))?.employeeId;
    case 'Feedback':
    case 'Notification':
      return Number(root.recipientId);
    default:
      return undefined;
  }
}

/**
 * The derived attributes rule conditions use, added to an object before an in-memory check:
 * `supervisorChainIds` on employees; `ownerId` and `ownerChainIds` on the records of one person
 * (SKP family, evaluations, feedback, inbox), plus `evaluatorId` on the SKP family.
 */
export async function conditionAttributes(
  type: SubjectName,
  root: Root,
  context: Context,
): Promise<Root> {
  if (type === 'Employee') {
    return {
      ...root,
      supervisorChainIds: await context.loaders.supervisorChainIds.load(root.id as number),
    };
  }
  // Records that name their person directly: the evaluated employee, the feedback's recipient.
  const ownerId = await directOwnerOf(type, root, context);
  if (ownerId !== undefined) {
    return {
      ...root,
      ownerId,
      ownerChainIds: await context.loaders.supervisorChainIds.load(ownerId),
      evaluationStatus: await evaluationStatusOf(type, root, context),
    };
  }
  const plan = await planOf(type, root, context);
  if (!plan) return root;
  return {
    ...root,
    ownerId: plan.employeeId,
    evaluatorId: plan.evaluatorId,
    ownerChainIds: await context.loaders.supervisorChainIds.load(plan.employeeId),
  };
}
