import type { Context } from '../graphql/context';
import { Evaluation } from '../../modules/evaluation/evaluation.entity';
import { Feedback } from '../../modules/feedback/feedback.entity';
import { Indicator } from '../../modules/plan/indicator.entity';
import { anonymitySetSizes } from '../../modules/org/anonymity-set';
import { supervisorChainIds } from '../../modules/org/supervisor-chain';
import { PerformancePlan } from '../../modules/plan/performance-plan.entity';
import { WorkTarget } from '../../modules/plan/work-target.entity';
import type { AppAbility, SubjectName } from './abilities';

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
  if (type === 'EvaluationFeedback' || type === 'IndicatorJudgement')
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
    case 'IndicatorJudgement':
      return (await context.loaders.byId(Evaluation).load(Number(root.evaluationId)))?.employeeId;
    case 'Feedback':
    case 'Notification':
      return Number(root.recipientId);
    default:
      return undefined;
  }
}

/** Per ability (one per request): the condition fields of its read rules on each type. */
const conditionFieldsOf = new WeakMap<AppAbility, Map<SubjectName, ReadonlySet<string>>>();

/** Whether the viewer's read rules on a type test a field, so it is worth loading. */
function readRulesTest(ability: AppAbility, type: SubjectName, field: string): boolean {
  let byType = conditionFieldsOf.get(ability);
  if (!byType)
    conditionFieldsOf.set(ability, (byType = new Map<SubjectName, ReadonlySet<string>>()));
  let fields = byType.get(type);
  if (!fields) {
    fields = new Set(
      ability
        .possibleRulesFor('read', type)
        .flatMap((rule) => Object.keys((rule.conditions ?? {}) as object)),
    );
    byType.set(type, fields);
  }
  return fields.has(field);
}

/** The size of a person's anonymity set, only for viewers whose rules depend on it (analysts). */
async function anonymitySetSize(
  context: Context,
  type: SubjectName,
  field: string,
  employeeId: number,
): Promise<Root> {
  return readRulesTest(context.ability, type, field)
    ? { [field]: await context.loaders.get(anonymitySetSizes).load(employeeId) }
    : {};
}

/**
 * The derived attributes rule conditions use, added to an object before an in-memory check:
 * `supervisorChainIds` and `anonymitySetSize` on employees; `ownerId`, `ownerChainIds` and
 * `ownerAnonymitySetSize` on the records of one person (SKP family, evaluations, feedback, inbox),
 * plus `evaluatorId` on the SKP family.
 */
export async function conditionAttributes(
  type: SubjectName,
  root: Root,
  context: Context,
): Promise<Root> {
  if (type === 'Employee') {
    const id = Number(root.id);
    const [chain, anonymity] = await Promise.all([
      context.loaders.get(supervisorChainIds).load(id),
      anonymitySetSize(context, type, 'anonymitySetSize', id),
    ]);
    return { ...root, supervisorChainIds: chain, ...anonymity };
  }
  // A reply reads as its thread's first item: its parties and whoever may read that item.
  if (type === 'Feedback' && root.threadId !== null && root.threadId !== undefined) {
    const first = await context.loaders.byId(Feedback).load(Number(root.threadId));
    if (first) root = { ...root, recipientId: first.recipientId, authorId: first.authorId };
  }
  // Records that name their person directly: the evaluated employee, the feedback's recipient.
  const ownerId = await directOwnerOf(type, root, context);
  if (ownerId !== undefined) {
    const [ownerChainIds, anonymity, evaluationStatus] = await Promise.all([
      context.loaders.get(supervisorChainIds).load(ownerId),
      anonymitySetSize(context, type, 'ownerAnonymitySetSize', ownerId),
      evaluationStatusOf(type, root, context),
    ]);
    return { ...root, ownerId, ownerChainIds, ...anonymity, evaluationStatus };
  }
  const plan = await planOf(type, root, context);
  if (!plan) return root;
  const [ownerChainIds, anonymity] = await Promise.all([
    context.loaders.get(supervisorChainIds).load(plan.employeeId),
    anonymitySetSize(context, type, 'ownerAnonymitySetSize', plan.employeeId),
  ]);
  return {
    ...root,
    ownerId: plan.employeeId,
    evaluatorId: plan.evaluatorId,
    ownerChainIds,
    ...anonymity,
  };
}
