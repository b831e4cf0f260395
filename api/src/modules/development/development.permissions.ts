import { Role } from '../../platform/auth/role';
import type { SubjectName } from '../../platform/authz/abilities';
import type { DefineRules, Policy } from '../../platform/authz/policy';
import type { SqlFieldMap } from '../../platform/authz/rules-to-sql';
import { employeeRecordAttributes, ownerSqlFields } from '../org/org.permissions';

const TRAINING_PROGRAM_FIELDS = [
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
const TRAINING_PROGRAM_WRITABLE_FIELDS = [
  'code',
  'title',
  'description',
  'competencies',
  'hours',
  'provider',
  'mode',
  'retiredAt',
];
// Development records belong to one employee: conditions use `ownerId` and `ownerChainIds`.
const DEVELOPMENT_PLAN_FIELDS = ['id', 'employee', 'cycle', 'activities', 'jp'];
const DEVELOPMENT_ACTIVITY_FIELDS = [
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
const DEVELOPMENT_ACTIVITY_PROGRESS_FIELDS = ['status', 'outcome', 'evidenceUrl'];
const DEVELOPMENT_ACTIVITY_WRITABLE_FIELDS = [
  ...DEVELOPMENT_ACTIVITY_PROGRESS_FIELDS,
  'title',
  'reason',
  'jp',
  'dueDate',
  'cancelReason',
];
const DEVELOPMENT_SUBJECTS: [SubjectName, string[]][] = [
  ['DevelopmentPlan', DEVELOPMENT_PLAN_FIELDS],
  ['DevelopmentActivity', DEVELOPMENT_ACTIVITY_FIELDS],
];

/** How development condition fields read in SQL, for a column holding the employee's id. */
export function developmentSqlFields(employeeIdColumn: string): SqlFieldMap {
  return ownerSqlFields(employeeIdColumn);
}

// The employee reads their plan and records progress; the whole chain builds it.
const employeeSelf: DefineRules = ({ can }, viewer) => {
  if (viewer.employeeId === null) return;
  for (const [type, fields] of DEVELOPMENT_SUBJECTS) {
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
};

const readAll: DefineRules = ({ can }) => {
  for (const [type, fields] of DEVELOPMENT_SUBJECTS) can('read', type, fields);
  can('read', 'TrainingEffect');
  can('read', 'JpStatistics');
};

/** The training catalogue, development plans (20 JP a year), training effects and JP statistics. */
export const developmentPolicy: Policy = {
  subjects: {
    TrainingProgram: { fields: TRAINING_PROGRAM_FIELDS },
    DevelopmentPlan: { fields: DEVELOPMENT_PLAN_FIELDS, attributes: employeeRecordAttributes },
    DevelopmentActivity: {
      fields: DEVELOPMENT_ACTIVITY_FIELDS,
      attributes: employeeRecordAttributes,
    },
    // Capabilities checked per query: whether training helped, and JP totals by group.
    TrainingEffect: {},
    JpStatistics: {},
  },
  // The training catalogue is public to every signed-in user.
  signedIn: ({ can }) => {
    can('read', 'TrainingProgram', TRAINING_PROGRAM_FIELDS);
  },
  roles: {
    [Role.EMPLOYEE]: employeeSelf,
    [Role.LEADER]: (builder, viewer) => {
      employeeSelf(builder, viewer);
      readAll(builder, viewer);
    },
    [Role.HR_ADMIN]: (builder, viewer) => {
      builder.can('create', 'TrainingProgram', TRAINING_PROGRAM_WRITABLE_FIELDS);
      builder.can('update', 'TrainingProgram', TRAINING_PROGRAM_WRITABLE_FIELDS);
      readAll(builder, viewer);
    },
    // JP totals by group only (de-identified, small groups suppressed): no plan rows.
    [Role.ANALYST]: ({ can }) => {
      can('read', 'JpStatistics');
    },
  },
};
