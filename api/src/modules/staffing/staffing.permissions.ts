import { Role } from '../../platform/auth/role';
import type { DefineRules, Policy } from '../../platform/authz/policy';
import type { SqlFieldMap } from '../../platform/authz/rules-to-sql';
import { employeeRecordAttributes, ownerSqlFields } from '../org/org.permissions';

// DESIGN §3 "job history, acting assignments": self read, supervisor chain read, LEADER read,
// HR read/write, colleagues and analysts nothing. Both are rows of one person (`employeeId`).
const JOB_HISTORY_FIELDS = [
  'id',
  'employee',
  'unit',
  'position',
  'rank',
  'supervisor',
  'kind',
  'startsOn',
  'endsOn',
  'decreeNumber',
];
const ACTING_ASSIGNMENT_FIELDS = [
  'id',
  'kind',
  'employee',
  'unit',
  'startsOn',
  'endsOn',
  'decreeNumber',
  'cancelledAt',
  'version',
  'status',
];
const SUBJECTS: [string, string[]][] = [
  ['JobHistory', JOB_HISTORY_FIELDS],
  ['ActingAssignment', ACTING_ASSIGNMENT_FIELDS],
];

/** How job-history and acting-assignment conditions read in SQL, for an alias of either table. */
export function staffingSqlFields(alias: string): SqlFieldMap {
  return ownerSqlFields(`${alias}.employeeId`);
}

const employeeSelf: DefineRules = ({ can }, viewer) => {
  if (viewer.employeeId === null) return;
  for (const [type, fields] of SUBJECTS) {
    can('read', type, fields, { ownerId: viewer.employeeId });
    can('read', type, fields, { ownerChainIds: viewer.employeeId });
  }
};

const readAll: DefineRules = ({ can }) => {
  for (const [type, fields] of SUBJECTS) can('read', type, fields);
};

/** Mutasi, job history (riwayat jabatan) and acting officials (Plt/Plh). */
export const staffingPolicy: Policy = {
  subjects: {
    JobHistory: { fields: JOB_HISTORY_FIELDS, attributes: employeeRecordAttributes },
    ActingAssignment: { fields: ACTING_ASSIGNMENT_FIELDS, attributes: employeeRecordAttributes },
    // Moving an employee (mutasi, promotion): a capability of HR.
    Mutasi: {},
  },
  roles: {
    [Role.EMPLOYEE]: employeeSelf,
    [Role.LEADER]: (builder, viewer) => {
      employeeSelf(builder, viewer);
      readAll(builder, viewer);
    },
    [Role.HR_ADMIN]: (builder, viewer) => {
      readAll(builder, viewer);
      builder.can('create', 'Mutasi');
      builder.can('create', 'ActingAssignment');
      builder.can('update', 'ActingAssignment');
    },
  },
};
