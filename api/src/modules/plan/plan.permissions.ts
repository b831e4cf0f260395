import type { DataSource } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { Role } from '../../platform/auth/role';
import type { SubjectName } from '../../platform/authz/abilities';
import type { DefineRules, Policy, Row } from '../../platform/authz/policy';
import type { SqlFieldMap } from '../../platform/authz/rules-to-sql';
import { queryNamed } from '../../platform/database/named-sql';
import { MIN_GROUP_SIZE } from '../analytics/utils/suppression.util';
import { ownerAttributes, ownerSqlFields } from '../org/org.permissions';
import { Indicator } from './indicator.entity';
import { PerformancePlan } from './performance-plan.entity';
import { WorkTarget } from './work-target.entity';

// The SKP family. Conditions use `ownerId` (the plan's employee), `ownerChainIds` (everyone above
// them), `evaluatorId` (the plan's pejabat penilai), `objectionAtasanIds` (who decides a keberatan
// against one of its evaluations) and, for analysts, `ownerAnonymitySetSize`.
const PLAN_CASCADE_FIELDS = ['id', 'employee', 'cycle', 'status', 'workTargets'];
const PLAN_FIELDS = [
  ...PLAN_CASCADE_FIELDS,
  'approach',
  'evaluator',
  'returnReason',
  'submittedAt',
  'approvedAt',
  'version',
  'behaviorExpectations',
  // The lampiran SKP (free text; hidden from analysts below).
  'resourceSupport',
  'accountabilityScheme',
  'consequences',
  'achievement',
  // What is past its deadline (kind, period, due date, days late), and when the SKP is due.
  'overdue',
  'approvalDueOn',
  // What the annual evaluation draws on: the final quarters, and a unit head's organisation predicate.
  'quarterEvaluations',
  'organizationPredicate',
  // A mutasi splits the cycle into SKPs by post (issue #14): their terms and pejabat penilai.
  'sequence',
  'startsOn',
  'endsOn',
  'evaluatorCapacity',
  'cyclePlans',
];
const WORK_TARGET_CASCADE_FIELDS = [
  'id',
  'plan',
  'kind',
  'description',
  'parentTarget',
  'sortOrder',
];
const WORK_TARGET_FIELDS = [...WORK_TARGET_CASCADE_FIELDS, 'indicators', 'childTargets'];
const INDICATOR_FIELDS = [
  'id',
  'workTarget',
  'kind',
  'aspect',
  'description',
  'target',
  'narrativeTarget',
  'unit',
  'direction',
  'aggregation',
  'periodTargets',
  'targetFor',
  'achievement',
  'reported',
  'result',
  'realization',
  'realizations',
  'realizationHistory',
];
const BEHAVIOR_FIELDS = ['id', 'coreValue', 'name', 'guides', 'specificExpectation'];
const REALIZATION_FIELDS = [
  'id',
  'indicator',
  'period',
  'value',
  'narrative',
  'evidenceUrl',
  'note',
  'submittedAt',
  'replacedAt',
  'achievement',
];
const PLAN_SUBJECTS: [SubjectName, string[]][] = [
  ['PerformancePlan', PLAN_FIELDS],
  ['WorkTarget', WORK_TARGET_FIELDS],
  ['Indicator', INDICATOR_FIELDS],
  ['BehaviorExpectation', BEHAVIOR_FIELDS],
  ['Realization', REALIZATION_FIELDS],
];
// Analysts read plans de-identified: no free text written about a person, no name of who evaluates
// them, and no link to the people above them (the supervisor's RHK, a unit head's organisation
// predicate).
const ANALYST_HIDDEN = new Set([
  'evaluator',
  'returnReason',
  'resourceSupport',
  'accountabilityScheme',
  'consequences',
  'specificExpectation',
  'evidenceUrl',
  'note',
  // Narratives of KUALITATIF indicators are free text about one person's work.
  'narrativeTarget',
  'narrative',
  // The rencana aksi is free text: analysts read quarter targets through targetFor(period).
  'periodTargets',
  'parentTarget',
  'childTargets',
  'organizationPredicate',
  // Who is late is operational follow-up of named people, not de-identified analysis.
  'overdue',
  'approvalDueOn',
  // A mid-year change of post (and who acts for whom) narrows a person down.
  'sequence',
  'startsOn',
  'endsOn',
  'evaluatorCapacity',
  'cyclePlans',
]);

/**
 * How the condition fields plans share with their evaluations read in SQL (both carry the employee
 * and the pejabat penilai), for an alias of either table.
 */
export function evaluatedRecordSqlFields(alias: string): SqlFieldMap {
  return { ...ownerSqlFields(`${alias}.employeeId`), evaluatorId: `${alias}.evaluatorId` };
}

/** The plans with an evaluation under keberatan, by the atasan pejabat penilai deciding it. */
const PLANS_OBJECTED_TO = (atasan: string) =>
  `SELECT objectedEvaluation.planId FROM evaluation objectedEvaluation INNER JOIN objection planObjection ON planObjection.evaluationId = objectedEvaluation.id WHERE planObjection.atasanId = ${atasan}`;

/** How the SKP family's condition fields read in SQL, for an alias of the plan table. */
export function planSqlFields(alias: string): SqlFieldMap {
  return {
    ...evaluatedRecordSqlFields(alias),
    objectionAtasanIds: (operator, value, param) => {
      if (operator !== 'eq')
        throw new Error(`objection atasan conditions support only equality, got ${operator}`);
      return `${alias}.id IN (${PLANS_OBJECTED_TO(param(value))})`;
    },
  };
}

/**
 * Who decides a keberatan against an evaluation of each plan (a loader definition:
 * `context.loaders.get(objectionAtasanIdsOfPlans)`), in one statement per batch.
 */
export async function objectionAtasanIdsOfPlans(
  dataSource: DataSource,
  planIds: readonly number[],
): Promise<number[][]> {
  const rows = await queryNamed<{ planId: number; atasanId: number }>(
    dataSource,
    'SELECT objectedEvaluation.planId AS planId, planObjection.atasanId AS atasanId FROM evaluation objectedEvaluation INNER JOIN objection planObjection ON planObjection.evaluationId = objectedEvaluation.id WHERE planObjection.atasanId IS NOT NULL AND objectedEvaluation.planId IN (:...planIds)',
    { planIds: [...planIds] },
  );
  const byPlan = new Map<number, number[]>();
  for (const row of rows)
    byPlan.set(Number(row.planId), [
      ...(byPlan.get(Number(row.planId)) ?? []),
      Number(row.atasanId),
    ]);
  return planIds.map((id) => byPlan.get(id) ?? []);
}

/** The plan a member of the SKP family belongs to, through batched loaders. */
async function planOf(type: SubjectName, row: Row, context: Context) {
  const byId = <T extends { id: number }>(entity: new () => T, id: unknown) =>
    context.loaders.byId(entity).load(Number(id));
  switch (type) {
    case 'PerformancePlan':
      return row as unknown as PerformancePlan;
    case 'WorkTarget':
    case 'BehaviorExpectation':
      return byId(PerformancePlan, row.planId);
    case 'Indicator': {
      const target = await byId(WorkTarget, row.workTargetId);
      return target && byId(PerformancePlan, target.planId);
    }
    default: {
      // A realisation, through its indicator and work target.
      const indicator = await byId(Indicator, row.indicatorId);
      const target = indicator && (await byId(WorkTarget, indicator.workTargetId));
      return target && byId(PerformancePlan, target.planId);
    }
  }
}

/** The plan's owner attributes and its `evaluatorId`, on any member of the SKP family. */
async function planAttributes(row: Row, context: Context, type: SubjectName): Promise<Row> {
  const plan = await planOf(type, row, context);
  if (!plan) return row;
  return {
    ...row,
    evaluatorId: plan.evaluatorId,
    ...(await ownerAttributes(context, type, plan.employeeId)),
  };
}

/**
 * `objectionAtasanIds` on any member of the SKP family: a fallback (policy.ts), loaded only when the
 * cheaper rules did not already allow the read, batched per request.
 */
async function objectionAtasanAttributes(row: Row, context: Context, type: SubjectName) {
  const plan = await planOf(type, row, context);
  return {
    objectionAtasanIds: plan
      ? await context.loaders.get(objectionAtasanIdsOfPlans).load(plan.id)
      : [],
  };
}

const employeeSelf: DefineRules = ({ can }, viewer) => {
  if (viewer.employeeId === null) return;
  for (const [type, fields] of PLAN_SUBJECTS) {
    can('read', type, fields, { ownerId: viewer.employeeId });
    can('read', type, fields, { ownerChainIds: viewer.employeeId });
  }
  // Upward: the RHK of everyone above, to pick the one to intervene and to see the cascade.
  can('read', 'PerformancePlan', PLAN_CASCADE_FIELDS, {
    ownerId: { $in: viewer.supervisorChainIds },
  });
  can('read', 'WorkTarget', WORK_TARGET_CASCADE_FIELDS, {
    ownerId: { $in: viewer.supervisorChainIds },
  });
  can('create', 'PerformancePlan', { ownerId: viewer.employeeId });
  can('update', 'PerformancePlan', { ownerId: viewer.employeeId });
  // The pejabat penilai reads what they evaluate, also from outside the line (a Plt/Plh).
  for (const [type, fields] of PLAN_SUBJECTS)
    can('read', type, fields, { evaluatorId: viewer.employeeId });
  // The atasan pejabat penilai deciding a keberatan reads the SKP evaluated, as the pejabat penilai
  // does, also from outside the line (a Plt/Plh, after a mutasi); the one who decided keeps it.
  for (const [type, fields] of PLAN_SUBJECTS)
    can('read', type, fields, { objectionAtasanIds: viewer.employeeId });
  // Only the pejabat penilai recorded on the plan approves, returns, sets expectations and evaluates.
  can('approve', 'PerformancePlan', { evaluatorId: viewer.employeeId });
  can('evaluate', 'PerformancePlan', { evaluatorId: viewer.employeeId });
};

const readAll: DefineRules = ({ can }) => {
  for (const [type, fields] of PLAN_SUBJECTS) can('read', type, fields);
};

/** SKP: plans, work targets (RHK), indicators (IKI), behaviour expectations and realisations. */
export const planPolicy: Policy = {
  subjects: Object.fromEntries(
    PLAN_SUBJECTS.map(([type, fields]) => [
      type,
      {
        fields,
        attributes: planAttributes,
        fallback: { fields: ['objectionAtasanIds'], attributes: objectionAtasanAttributes },
      },
    ]),
  ),
  roles: {
    [Role.EMPLOYEE]: employeeSelf,
    [Role.LEADER]: (builder, viewer) => {
      employeeSelf(builder, viewer);
      readAll(builder, viewer);
    },
    [Role.HR_ADMIN]: readAll,
    // De-identified (DESIGN §3): a person's plans only when their anonymity set is large enough.
    [Role.ANALYST]: ({ can }) => {
      for (const [type, fields] of PLAN_SUBJECTS) {
        const readable = fields.filter((field) => !ANALYST_HIDDEN.has(field));
        can('read', type, readable, { ownerAnonymitySetSize: { $gte: MIN_GROUP_SIZE } });
      }
    },
  },
};
