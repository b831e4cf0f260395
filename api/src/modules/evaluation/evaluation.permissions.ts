import type { Context } from '../../platform/graphql/context';
import { Role } from '../../platform/auth/role';
import type { SubjectName } from '../../platform/authz/abilities';
import type { DefineRules, Policy, Row } from '../../platform/authz/policy';
import type { SqlFieldMap } from '../../platform/authz/rules-to-sql';
import { MIN_GROUP_SIZE } from '../analytics/utils/suppression.util';
import { employeeRecordAttributes, ownerAttributes, ownerSqlFields } from '../org/org.permissions';
import { evaluatedRecordSqlFields } from '../plan/plan.permissions';
import { Evaluation } from './evaluation.entity';
import { Objection } from './objection.entity';
import { IN_FORCE_STATUSES } from './evaluation.enums';

// Conditions use the evaluated employee's `ownerId`, `ownerChainIds` and `ownerAnonymitySetSize`,
// and `evaluationStatus`: an evaluation reaches its employee and analysts once it is final.
const EVALUATION_RATING_FIELDS = [
  'id',
  'plan',
  'employee',
  'cycle',
  'period',
  'resultRating',
  'behaviorRating',
  'predicate',
  'predicateLevel',
  'achievement',
  'unreportedIndicators',
  'suggestedResultRating',
  'suggestionBasis',
  'differsFromSuggestion',
  'status',
  'version',
  'revision',
  'finalizedAt',
  'acknowledgedAt',
  'supersededAt',
  'revisionOf',
  'organizationPredicate',
  'overdue',
  // The ratings of the KUALITATIF indicators (no text: analysts read them too).
  'judgements',
];
const EVALUATION_PERSONAL_FIELDS = [
  'evaluator',
  'summary',
  'feedback',
  'objection',
  // Signed by the holder of the post or by a Plt/Plh (issue #14).
  'evaluatorCapacity',
  // Free text: why an unusual evaluation was finalised (issue #17).
  'finalizationReason',
];
const EVALUATION_FEEDBACK_FIELDS = ['id', 'workTarget', 'coreValue', 'rating', 'text'];
const INDICATOR_JUDGEMENT_FIELDS = ['id', 'indicator', 'rating'];
const OBJECTION_FIELDS = [
  'id',
  'evaluation',
  'employee',
  'reason',
  'status',
  'decider',
  'decisionReason',
  'filedAt',
  'decidedAt',
  'revisedEvaluation',
  // The pejabat penilai's response and the decision's record (issue #15).
  'response',
  'respondedAt',
  'externalDecider',
  'externalReferenceNumber',
  'externalDecisionDate',
  'version',
  'canDecideFrom',
  'decideBy',
  'decisionDaysLeft',
  'daysWaiting',
  'decidedOutside',
  'viewerCanRespond',
  'viewerCanDecide',
  'viewerCanRecordExternal',
];
const ORGANIZATION_PREDICATE_FIELDS = [
  'id',
  'unit',
  'cycle',
  'predicate',
  'recordedAt',
  'referenceNumber',
  'referenceDate',
];
/** Read by the employee once final (drafts stay with the evaluator's chain). */
const EVALUATION_SUBJECTS: [SubjectName, string[]][] = [
  ['Evaluation', [...EVALUATION_RATING_FIELDS, ...EVALUATION_PERSONAL_FIELDS]],
  ['EvaluationFeedback', EVALUATION_FEEDBACK_FIELDS],
  ['IndicatorJudgement', INDICATOR_JUDGEMENT_FIELDS],
];
const IN_FORCE = { evaluationStatus: { $in: [...IN_FORCE_STATUSES] } };
// Analysts read final evaluations de-identified: no text written about a person nor who wrote it
// (feedback and objections are not theirs at all), and no organisation predicate, which would mark
// the evaluated person as a unit head.
const ANALYST_HIDDEN = new Set([
  'suggestionBasis',
  'organizationPredicate',
  // Who is late is operational follow-up of named people, not de-identified analysis.
  'overdue',
  ...EVALUATION_PERSONAL_FIELDS,
]);
const analystReadable = (fields: readonly string[]) =>
  fields.filter((field) => !ANALYST_HIDDEN.has(field));

/** How evaluation condition fields read in SQL, for an alias of the evaluation table. */
export function evaluationSqlFields(alias: string): SqlFieldMap {
  // Evaluations carry their employee and evaluator, so those condition fields read as the plan's.
  return {
    ...evaluatedRecordSqlFields(alias),
    evaluationStatus: `${alias}.status`,
    objectionAtasanIds: (operator, value, param) => {
      if (operator !== 'eq')
        throw new Error(`objection atasan conditions support only equality, got ${operator}`);
      return `${alias}.id IN (SELECT objectionAtasan.evaluationId FROM objection objectionAtasan WHERE objectionAtasan.atasanId = ${param(value)})`;
    },
  };
}

/**
 * `evaluationSqlFields` for a read of one employee's evaluations, `employeeSql` being the parameter
 * the statement also filters `employeeId` on. The owner conditions then compare that parameter, so
 * MariaDB decides them once per statement (no subquery cache per row); the keberatan condition
 * counts per row over the employee's few rows instead of materialising a temporary table.
 */
export function oneEmployeeEvaluationSqlFields(alias: string, employeeSql: string): SqlFieldMap {
  return {
    ...evaluationSqlFields(alias),
    ...ownerSqlFields(employeeSql),
    objectionAtasanIds: (operator, value, param) => {
      if (operator !== 'eq')
        throw new Error(`objection atasan conditions support only equality, got ${operator}`);
      return `(SELECT COUNT(*) FROM objection objectionAtasan WHERE objectionAtasan.evaluationId = ${alias}.id AND objectionAtasan.atasanId = ${param(value)}) > 0`;
    },
  };
}

/**
 * How objection condition fields read in SQL: the evaluation's, and the atasan pejabat penilai
 * (`atasanId`) kept on the objection row.
 */
export function objectionSqlFields(evaluationAlias: string, objectionAlias: string): SqlFieldMap {
  return { ...evaluationSqlFields(evaluationAlias), atasanId: `${objectionAlias}.atasanId` };
}

async function evaluationAttributes(row: Row, context: Context, type: SubjectName) {
  return {
    ...(await employeeRecordAttributes(row, context, type)),
    evaluationStatus: row.status,
  };
}

/** Who decides a keberatan against it (also from outside the line: a Plt/Plh, after a mutasi). */
async function objectionAtasanAttributes(row: Row, context: Context) {
  // A hypothetical evaluation (no id: "may they read any?") has no objection.
  const objections =
    row.id === undefined || row.id === null
      ? []
      : await context.loaders.manyBy(Objection, 'evaluationId').load(Number(row.id));
  return {
    objectionAtasanIds: objections.flatMap((objection) =>
      objection.atasanId === null ? [] : [objection.atasanId],
    ),
  };
}

/** Feedback items and judgements read as the evaluation they belong to. */
async function evaluationPartAttributes(row: Row, context: Context, type: SubjectName) {
  const evaluation = await context.loaders.byId(Evaluation).load(Number(row.evaluationId));
  if (!evaluation) return row;
  return {
    ...row,
    ...(await ownerAttributes(context, type, evaluation.employeeId)),
    evaluatorId: evaluation.evaluatorId,
    evaluationStatus: evaluation.status,
  };
}

const employeeSelf: DefineRules = ({ can }, viewer) => {
  if (viewer.employeeId === null) return;
  for (const [type, fields] of EVALUATION_SUBJECTS) {
    can('read', type, fields, { ownerId: viewer.employeeId, ...IN_FORCE });
    can('read', type, fields, { ownerChainIds: viewer.employeeId });
  }
  // The pejabat penilai reads what they evaluate, also from outside the line (a Plt/Plh).
  for (const [type, fields] of EVALUATION_SUBJECTS)
    can('read', type, fields, { evaluatorId: viewer.employeeId });
  can('read', 'Objection', OBJECTION_FIELDS, { ownerId: viewer.employeeId });
  can('read', 'Objection', OBJECTION_FIELDS, { ownerChainIds: viewer.employeeId });
  // Its atasan pejabat penilai reads it and the evaluation, also from outside the line (a Plt/Plh,
  // after a mutasi).
  can('read', 'Objection', OBJECTION_FIELDS, { atasanId: viewer.employeeId });
  can('read', 'Evaluation', [...EVALUATION_RATING_FIELDS, ...EVALUATION_PERSONAL_FIELDS], {
    objectionAtasanIds: viewer.employeeId,
  });
  // The atasan pejabat penilai (the evaluator's pejabat penilai, a Plt/Plh in term) decides.
  can('resolve', 'Objection', { atasanId: viewer.employeeId });
  // The pejabat penilai responds (tanggapan) to objections against their own evaluations.
  can('respond', 'Objection', { evaluatorId: viewer.employeeId });
};

const readAll: DefineRules = ({ can }) => {
  for (const [type, fields] of EVALUATION_SUBJECTS) can('read', type, fields);
  can('read', 'Objection', OBJECTION_FIELDS);
};

/** Evaluations, objections (keberatan), organisation predicates and calibration. */
export const evaluationPolicy: Policy = {
  subjects: {
    Evaluation: {
      fields: [...EVALUATION_RATING_FIELDS, ...EVALUATION_PERSONAL_FIELDS],
      attributes: evaluationAttributes,
      fallback: { fields: ['objectionAtasanIds'], attributes: objectionAtasanAttributes },
    },
    EvaluationFeedback: {
      fields: EVALUATION_FEEDBACK_FIELDS,
      attributes: evaluationPartAttributes,
    },
    IndicatorJudgement: {
      fields: INDICATOR_JUDGEMENT_FIELDS,
      attributes: evaluationPartAttributes,
    },
    Objection: { fields: OBJECTION_FIELDS, attributes: employeeRecordAttributes },
    OrganizationPredicate: { fields: ORGANIZATION_PREDICATE_FIELDS },
    // The distribution curve check of a unit: access is decided per query.
    Calibration: {},
  },
  signedIn: ({ can }) => {
    can('read', 'OrganizationPredicate', ORGANIZATION_PREDICATE_FIELDS);
  },
  roles: {
    [Role.EMPLOYEE]: employeeSelf,
    [Role.LEADER]: (builder, viewer) => {
      employeeSelf(builder, viewer);
      // The units below the kecamatan; the kecamatan's own predicate comes from the city (HR).
      builder.can('update', 'OrganizationPredicate', { unitIsRoot: false });
      builder.can('read', 'Calibration');
      readAll(builder, viewer);
    },
    [Role.HR_ADMIN]: (builder, viewer) => {
      const { can } = builder;
      can('read', 'Calibration');
      // The kecamatan's own predicate, as decided by the city (with its reference); never the units below.
      can('update', 'OrganizationPredicate', { unitIsRoot: true });
      // Objections whose atasan pejabat penilai is outside the kecamatan: HR records their decision.
      can('recordExternal', 'Objection', { atasanId: null });
      readAll(builder, viewer);
    },
    // De-identified (DESIGN §3): final evaluations only, of people whose anonymity set is large
    // enough; everyone else's count only into aggregates, where small groups are suppressed.
    [Role.ANALYST]: ({ can }) => {
      const final = { ...IN_FORCE, ownerAnonymitySetSize: { $gte: MIN_GROUP_SIZE } };
      can('read', 'Evaluation', analystReadable(EVALUATION_RATING_FIELDS), final);
      can('read', 'IndicatorJudgement', analystReadable(INDICATOR_JUDGEMENT_FIELDS), final);
      can('aggregate', 'Evaluation', analystReadable(EVALUATION_RATING_FIELDS), IN_FORCE);
    },
  },
};
