import { Role } from '../../platform/auth/role';
import { supervisorChainField } from '../../platform/authz/hierarchy-sql';
import type { DefineRules, Policy } from '../../platform/authz/policy';
import type { SqlFieldMap } from '../../platform/authz/rules-to-sql';

const CYCLE_FIELDS = [
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

/** What is still to evaluate in the viewer's line: for those who evaluate or follow evaluations. */
const EVALUATION_BACKLOG = ['evaluationBacklog'];

/** How OverdueItem's condition fields read in SQL, for an alias of the employee table. */
export function overdueItemSqlFields(memberAlias: string): SqlFieldMap {
  return {
    memberId: `${memberAlias}.id`,
    memberChainIds: supervisorChainField(`${memberAlias}.id`),
  };
}

// What is overdue: one's own items and those of everyone below in the reporting line.
const employeeSelf: DefineRules = ({ can }, viewer) => {
  if (viewer.employeeId === null) return;
  can('read', 'Cycle', EVALUATION_BACKLOG);
  can('read', 'OverdueItem', { memberId: viewer.employeeId });
  can('read', 'OverdueItem', { memberChainIds: viewer.employeeId });
};

/** Performance cycles (public to every signed-in user) and what is past their deadlines. */
export const cyclePolicy: Policy = {
  subjects: {
    Cycle: { fields: [...CYCLE_FIELDS, ...EVALUATION_BACKLOG] },
    // Overdue items name people: access is decided per query, names come through Employee.
    OverdueItem: {},
  },
  signedIn: ({ can }) => {
    can('read', 'Cycle', CYCLE_FIELDS);
  },
  roles: {
    [Role.EMPLOYEE]: employeeSelf,
    [Role.LEADER]: (builder, viewer) => {
      employeeSelf(builder, viewer);
      builder.can('update', 'Cycle', ['status']);
      builder.can('read', 'OverdueItem');
    },
    [Role.HR_ADMIN]: ({ can }) => {
      can('read', 'Cycle', EVALUATION_BACKLOG);
      can('create', 'Cycle');
      can('update', 'Cycle', ['status', 'deadlines', 'meetsThreshold', 'exceedsThreshold']);
      can('read', 'OverdueItem');
    },
  },
};
