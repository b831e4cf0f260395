import {
  AbilityBuilder,
  createAliasResolver,
  createMongoAbility,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import { Role } from '../../modules/account/account.entity';
import { MIN_GROUP_SIZE } from '../../modules/analytics/utils/suppression.util';
import { IN_FORCE_STATUSES } from '../../modules/evaluation/evaluation.enums';
import type { Viewer } from '../auth/viewer';

/** `aggregate`: count a row into a de-identified aggregate; whoever may read a row may count it. */
export type Action =
  | 'read'
  | 'aggregate'
  | 'create'
  | 'update'
  | 'approve'
  | 'evaluate'
  | 'resolve'
  | 'respond'
  | 'recordExternal';
export type SubjectName =
  | 'Employee'
  | 'OrgUnit'
  | 'Position'
  | 'User'
  | 'AuditLog'
  | 'Cycle'
  | 'PerformancePlan'
  | 'WorkTarget'
  | 'Indicator'
  | 'BehaviorExpectation'
  | 'Realization'
  | 'Evaluation'
  | 'EvaluationFeedback'
  | 'IndicatorJudgement'
  | 'Objection'
  | 'Feedback'
  | 'OrganizationPredicate'
  | 'Notification'
  | 'Calibration'
  | 'TeamDashboard'
  | 'TrainingProgram'
  | 'DevelopmentPlan'
  | 'DevelopmentActivity'
  | 'TrainingEffect'
  | 'JpStatistics'
  | 'OverdueItem';
export type AppAbility = MongoAbility<
  [Action, SubjectName | { __caslSubjectType__?: SubjectName }]
>;
export type AppRawRule = RawRuleOf<AppAbility>;

// Field lists per DESIGN §3. A field no rule names is denied.
export const EMPLOYEE_DIRECTORY_FIELDS = [
  'id',
  'name',
  'gender',
  'employmentType',
  'rank',
  'pangkat',
  'position',
  'positionLevel',
  'unit',
  'supervisor',
  'active',
  // The list itself holds only the evaluations the viewer may read (filtered per row).
  'evaluations',
];
export const EMPLOYEE_PRIVATE_FIELDS = ['birthDate', 'phone', 'email'];
export const EMPLOYEE_ANALYST_FIELDS = [
  'id',
  'unit',
  'positionLevel',
  'rank',
  'pangkat',
  'employmentType',
  'gender',
  'evaluations',
];
export const EMPLOYEE_HR_WRITABLE_FIELDS = [
  'nip',
  'name',
  'gender',
  'birthDate',
  'employmentType',
  'rank',
  'position',
  'unit',
  'supervisor',
  'email',
  'phone',
  'active',
];
export const EMPLOYEE_SELF_WRITABLE_FIELDS = ['email', 'phone'];
export const ORG_UNIT_FIELDS = ['id', 'name', 'depth', 'parent', 'children'];
/** Who heads a unit names a person: never for analysts (DESIGN §3, de-identified). */
export const ORG_UNIT_HEAD_FIELDS = ['head'];
export const POSITION_FIELDS = ['id', 'title', 'level'];
export const USER_FIELDS = ['id', 'username', 'roles', 'employee', 'isSupervisor', 'abilityRules'];
export const AUDIT_SUMMARY_FIELDS = [
  'id',
  'actorAccountId',
  'action',
  'entity',
  'entityId',
  'reason',
  'createdAt',
];
export const AUDIT_DETAIL_FIELDS = ['before', 'after'];
export const CYCLE_FIELDS = [
  'id',
  'year',
  'status',
  'periods',
  'currentPeriod',
  'reportablePeriods',
  'evaluablePeriods',
  'exceedsThreshold',
  'meetsThreshold',
  'deadlines',
  'version',
];
// SKP family. Conditions use `ownerId` (the plan's employee) and `ownerChainIds` (everyone above them).
export const PLAN_CASCADE_FIELDS = ['id', 'employee', 'cycle', 'status', 'workTargets'];
export const PLAN_FIELDS = [
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
  // What is past its deadline (kind, period, due date, days late).
  'overdue',
  // What the annual evaluation draws on: the final quarters, and a unit head's organisation predicate.
  'quarterEvaluations',
  'organizationPredicate',
];
export const WORK_TARGET_CASCADE_FIELDS = [
  'id',
  'plan',
  'kind',
  'description',
  'parentTarget',
  'sortOrder',
];
export const WORK_TARGET_FIELDS = [...WORK_TARGET_CASCADE_FIELDS, 'indicators', 'childTargets'];
export const INDICATOR_FIELDS = [
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
export const BEHAVIOR_FIELDS = ['id', 'coreValue', 'name', 'guides', 'specificExpectation'];
export const REALIZATION_FIELDS = [
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
export const EVALUATION_RATING_FIELDS = [
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
export const EVALUATION_PERSONAL_FIELDS = ['evaluator', 'summary', 'feedback', 'objection'];
export const EVALUATION_FEEDBACK_FIELDS = ['id', 'workTarget', 'coreValue', 'rating', 'text'];
export const INDICATOR_JUDGEMENT_FIELDS = ['id', 'indicator', 'rating'];
export const OBJECTION_FIELDS = [
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
export const FEEDBACK_FIELDS = [
  'id',
  'cycle',
  'author',
  'recipient',
  'workTarget',
  'coreValue',
  'kind',
  'text',
  'createdAt',
  'acknowledgedAt',
  'thread',
  'replies',
];
export const ORGANIZATION_PREDICATE_FIELDS = [
  'id',
  'unit',
  'cycle',
  'predicate',
  'recordedAt',
  'referenceNumber',
  'referenceDate',
];
export const NOTIFICATION_FIELDS = [
  'id',
  'kind',
  'message',
  'entity',
  'entityId',
  'createdAt',
  'readAt',
];
export const TRAINING_PROGRAM_FIELDS = [
  'id',
  'code',
  'title',
  'description',
  'competencies',
  'hours',
  'provider',
  'mode',
  'retiredAt',
  'version',
];
export const TRAINING_PROGRAM_WRITABLE_FIELDS = [
  'code',
  'title',
  'description',
  'competencies',
  'hours',
  'provider',
  'mode',
  'retiredAt',
];
export const DEVELOPMENT_PLAN_FIELDS = ['id', 'employee', 'cycle', 'activities', 'jp'];
export const DEVELOPMENT_ACTIVITY_FIELDS = [
  'id',
  'plan',
  'employee',
  'kind',
  'program',
  'title',
  'reason',
  'reasonEvaluation',
  'reasonCoreValue',
  'reasonIndicator',
  'reasonAspect',
  'jp',
  'status',
  'dueDate',
  'completedOn',
  'outcome',
  'evidenceUrl',
  'required',
  'cancelReason',
  'createdBy',
  'effects',
  'version',
  'createdAt',
  'updatedAt',
];
/** What the employee records on their own activities: progress, outcome and evidence. */
export const DEVELOPMENT_ACTIVITY_PROGRESS_FIELDS = ['status', 'outcome', 'evidenceUrl'];
export const DEVELOPMENT_ACTIVITY_WRITABLE_FIELDS = [
  ...DEVELOPMENT_ACTIVITY_PROGRESS_FIELDS,
  'title',
  'reason',
  'jp',
  'dueDate',
  'cancelReason',
];
const DEVELOPMENT_FAMILY: [SubjectName, string[]][] = [
  ['DevelopmentPlan', DEVELOPMENT_PLAN_FIELDS],
  ['DevelopmentActivity', DEVELOPMENT_ACTIVITY_FIELDS],
];
const EVALUATION_TYPES: ReadonlySet<SubjectName> = new Set([
  'Evaluation',
  'EvaluationFeedback',
  'IndicatorJudgement',
]);
const IN_FORCE = { evaluationStatus: { $in: [...IN_FORCE_STATUSES] } };
const PLAN_FAMILY: [SubjectName, string[]][] = [
  ['PerformancePlan', PLAN_FIELDS],
  ['WorkTarget', WORK_TARGET_FIELDS],
  ['Indicator', INDICATOR_FIELDS],
  ['BehaviorExpectation', BEHAVIOR_FIELDS],
  ['Realization', REALIZATION_FIELDS],
  ['Evaluation', [...EVALUATION_RATING_FIELDS, ...EVALUATION_PERSONAL_FIELDS]],
  ['EvaluationFeedback', EVALUATION_FEEDBACK_FIELDS],
  ['IndicatorJudgement', INDICATOR_JUDGEMENT_FIELDS],
  ['Objection', OBJECTION_FIELDS],
  // Feedback's owner is its recipient; its author reads it too (below).
  ['Feedback', FEEDBACK_FIELDS],
];
// Analysts read plans de-identified: no free text written about a person, and no link to the people
// above them (the supervisor's RHK, the organisation predicate shown on a unit head's evaluation).
const ANALYST_HIDDEN = new Set([
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
  // ORGANIZATION_PREDICATE would mark the evaluated person as a unit head.
  'suggestionBasis',
  // The rencana aksi is free text: analysts read quarter targets through targetFor(period).
  'periodTargets',
  'parentTarget',
  'childTargets',
  'organizationPredicate',
  // Who is late is operational follow-up of named people, not de-identified analysis.
  'overdue',
  ...EVALUATION_PERSONAL_FIELDS,
]);
// Analysts never read text written about a person, nor who wrote it.
const ANALYST_EXCLUDED: ReadonlySet<SubjectName> = new Set([
  'EvaluationFeedback',
  'Objection',
  'Feedback',
]);

type Builder = AbilityBuilder<AppAbility>;
type DefineRules = (builder: Builder, viewer: Viewer) => void;

const employeeSelf: DefineRules = ({ can }, viewer) => {
  if (viewer.employeeId === null) return;
  can('read', 'Employee', EMPLOYEE_DIRECTORY_FIELDS);
  can('read', 'OrgUnit', ORG_UNIT_HEAD_FIELDS);
  can('read', 'Employee', ['nip', 'version', ...EMPLOYEE_PRIVATE_FIELDS], {
    id: viewer.employeeId,
  });
  // `supervisorChainIds` holds everyone above an employee: the whole chain reads the NIP.
  can('read', 'Employee', ['nip'], { supervisorChainIds: viewer.employeeId });
  can('update', 'Employee', EMPLOYEE_SELF_WRITABLE_FIELDS, { id: viewer.employeeId });
  for (const [type, fields] of PLAN_FAMILY) {
    // An evaluation reaches its employee once it is final; drafts stay with the evaluator's chain.
    const ownCondition = EVALUATION_TYPES.has(type)
      ? { ownerId: viewer.employeeId, ...IN_FORCE }
      : { ownerId: viewer.employeeId };
    can('read', type, fields, ownCondition);
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
  // Only the pejabat penilai recorded on the plan approves, returns, sets expectations and evaluates.
  can('approve', 'PerformancePlan', { evaluatorId: viewer.employeeId });
  can('evaluate', 'PerformancePlan', { evaluatorId: viewer.employeeId });
  can('read', 'Feedback', FEEDBACK_FIELDS, { authorId: viewer.employeeId });
  can('create', 'Feedback');
  can('read', 'Notification', NOTIFICATION_FIELDS, { ownerId: viewer.employeeId });
  // Development plans: the employee reads theirs and records progress; the whole chain builds them.
  for (const [type, fields] of DEVELOPMENT_FAMILY) {
    can('read', type, fields, { ownerId: viewer.employeeId });
    can('read', type, fields, { ownerChainIds: viewer.employeeId });
  }
  can('create', 'DevelopmentActivity', { ownerChainIds: viewer.employeeId });
  can('update', 'DevelopmentActivity', DEVELOPMENT_ACTIVITY_PROGRESS_FIELDS, {
    ownerId: viewer.employeeId,
  });
  can('update', 'DevelopmentActivity', DEVELOPMENT_ACTIVITY_WRITABLE_FIELDS, {
    ownerChainIds: viewer.employeeId,
  });
  // A supervisor's team dashboard covers the people below them, never anyone outside their line.
  can('read', 'TeamDashboard', { memberChainIds: viewer.employeeId });
  // What is overdue: one's own items and those of everyone below in the reporting line.
  can('read', 'OverdueItem', { memberId: viewer.employeeId });
  can('read', 'OverdueItem', { memberChainIds: viewer.employeeId });
  // The atasan pejabat penilai decides objections against their subordinate's evaluations.
  can('resolve', 'Objection', { evaluatorSupervisorId: viewer.employeeId });
  // The pejabat penilai responds (tanggapan) to objections against their own evaluations.
  can('respond', 'Objection', { evaluatorId: viewer.employeeId });
};

const readEverything = ({ can }: Builder) => {
  can('read', 'Cycle', CYCLE_FIELDS);
  for (const [type, fields] of PLAN_FAMILY) can('read', type, fields);
};

const readDevelopment = ({ can }: Builder) => {
  for (const [type, fields] of DEVELOPMENT_FAMILY) can('read', type, fields);
};

/** Role → rules. Each request builds its ability from the viewer's roles. */
export const ROLE_RULES: Record<Role, DefineRules> = {
  [Role.EMPLOYEE]: employeeSelf,
  [Role.LEADER]: (builder, viewer) => {
    employeeSelf(builder, viewer);
    builder.can('read', 'Employee', [...EMPLOYEE_DIRECTORY_FIELDS, 'nip']);
    builder.can('read', 'OrgUnit', ORG_UNIT_HEAD_FIELDS);
    builder.can('read', 'AuditLog', AUDIT_SUMMARY_FIELDS);
    builder.can('update', 'Cycle', ['status']);
    // The units below the kecamatan; the kecamatan's own predicate comes from the city (HR).
    builder.can('update', 'OrganizationPredicate', { unitIsRoot: false });
    builder.can('read', 'Calibration');
    builder.can('read', 'TeamDashboard');
    builder.can('read', 'OverdueItem');
    builder.can('read', 'TrainingEffect');
    builder.can('read', 'JpStatistics');
    readEverything(builder);
    readDevelopment(builder);
  },
  [Role.HR_ADMIN]: (builder) => {
    const { can } = builder;
    can('read', 'Employee', [
      ...EMPLOYEE_DIRECTORY_FIELDS,
      'nip',
      'version',
      ...EMPLOYEE_PRIVATE_FIELDS,
    ]);
    can('read', 'OrgUnit', ORG_UNIT_HEAD_FIELDS);
    can('create', 'Employee', EMPLOYEE_HR_WRITABLE_FIELDS);
    can('update', 'Employee', EMPLOYEE_HR_WRITABLE_FIELDS);
    can('read', 'AuditLog', [...AUDIT_SUMMARY_FIELDS, ...AUDIT_DETAIL_FIELDS]);
    can('create', 'Cycle');
    can('update', 'Cycle', ['status', 'deadlines']);
    can('read', 'Calibration');
    // The kecamatan's own predicate, as decided by the city (with its reference); never the units below.
    can('update', 'OrganizationPredicate', { unitIsRoot: true });
    // Objections whose atasan pejabat penilai is outside the kecamatan: HR records their decision.
    can('recordExternal', 'Objection', { evaluatorSupervisorId: null });
    can('read', 'TeamDashboard');
    can('read', 'OverdueItem');
    can('create', 'TrainingProgram', TRAINING_PROGRAM_WRITABLE_FIELDS);
    can('update', 'TrainingProgram', TRAINING_PROGRAM_WRITABLE_FIELDS);
    can('read', 'TrainingEffect');
    can('read', 'JpStatistics');
    readEverything(builder);
    readDevelopment(builder);
  },
  [Role.ANALYST]: ({ can }) => {
    // De-identified (DESIGN §3): a person's rows only when at least MIN_GROUP_SIZE active people are
    // alike in everything the analyst reads about them (their anonymity set), evaluations only once
    // final; everyone else reaches the analyst through aggregates with small groups suppressed.
    const alikeEnough = { $gte: MIN_GROUP_SIZE };
    can('read', 'Employee', EMPLOYEE_ANALYST_FIELDS, { anonymitySetSize: alikeEnough });
    can('read', 'Cycle', CYCLE_FIELDS);
    for (const [type, fields] of PLAN_FAMILY) {
      if (ANALYST_EXCLUDED.has(type)) continue;
      const final = EVALUATION_TYPES.has(type) ? IN_FORCE : {};
      const readable = fields.filter((field) => !ANALYST_HIDDEN.has(field));
      can('read', type, readable, { ...final, ownerAnonymitySetSize: alikeEnough });
    }
    can(
      'aggregate',
      'Evaluation',
      EVALUATION_RATING_FIELDS.filter((field) => !ANALYST_HIDDEN.has(field)),
      IN_FORCE,
    );
    // JP totals by group only (de-identified, small groups suppressed): no plan rows.
    can('read', 'JpStatistics');
  },
};

export function defineAbilityFor(viewer: Viewer | null): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (viewer) {
    builder.can('read', 'OrgUnit', ORG_UNIT_FIELDS);
    builder.can('read', 'Position', POSITION_FIELDS);
    builder.can('read', 'Cycle', CYCLE_FIELDS);
    builder.can('read', 'OrganizationPredicate', ORGANIZATION_PREDICATE_FIELDS);
    // The training catalogue is public to every signed-in user.
    builder.can('read', 'TrainingProgram', TRAINING_PROGRAM_FIELDS);
    builder.can('read', 'User', USER_FIELDS, { id: viewer.accountId });
    for (const role of viewer.roles) ROLE_RULES[role](builder, viewer);
  }
  // Whoever may read a row may count it into an aggregate.
  return builder.build({ resolveAction: createAliasResolver({ read: 'aggregate' }) });
}
