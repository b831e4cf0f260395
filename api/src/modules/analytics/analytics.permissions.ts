import { Role } from '../../platform/auth/role';
import { supervisorChainField } from '../../platform/authz/hierarchy-sql';
import type { DefineRules, Policy } from '../../platform/authz/policy';
import type { SqlFieldMap } from '../../platform/authz/rules-to-sql';

/** How TeamDashboard's condition fields read in SQL, for an alias of the employee table. */
export function teamDashboardSqlFields(memberAlias: string): SqlFieldMap {
  return { memberChainIds: supervisorChainField(`${memberAlias}.id`) };
}

// A supervisor's team dashboard covers the people below them, never anyone outside their line.
const employeeSelf: DefineRules = ({ can }, viewer) => {
  if (viewer.employeeId === null) return;
  can('read', 'TeamDashboard', { memberChainIds: viewer.employeeId });
};

/** Team dashboards; analysts' aggregates follow the rules of the data they count. */
export const analyticsPolicy: Policy = {
  subjects: { TeamDashboard: {} },
  roles: {
    [Role.EMPLOYEE]: employeeSelf,
    [Role.LEADER]: (builder, viewer) => {
      employeeSelf(builder, viewer);
      builder.can('read', 'TeamDashboard');
    },
    [Role.HR_ADMIN]: ({ can }) => {
      can('read', 'TeamDashboard');
    },
  },
};
