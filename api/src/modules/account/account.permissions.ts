import { Role } from '../../platform/auth/role';
import type { Policy } from '../../platform/authz/policy';
import type { SqlFieldMap } from '../../platform/authz/rules-to-sql';

const USER_STATUS_FIELDS = [
  'active',
  'locked',
  'mustChangePassword',
  'passwordChangedAt',
  'createdAt',
];
const USER_FIELDS = [
  'id',
  'username',
  'roles',
  'employee',
  'isSupervisor',
  'abilityRules',
  ...USER_STATUS_FIELDS,
];
/** HR reads every account, but not another user's CASL rules (they describe the viewer only). */
const USER_HR_FIELDS = USER_FIELDS.filter((field) => field !== 'abilityRules');

/** How User's condition fields read in SQL, for an alias of the account table. */
export function accountSqlFields(alias: string): SqlFieldMap {
  return { id: `${alias}.id` };
}

/** Login accounts (DESIGN §3 "accounts"): each user reads their own; HR reads and manages all. */
export const accountPolicy: Policy = {
  subjects: { User: { fields: USER_FIELDS } },
  signedIn: ({ can }, viewer) => {
    can('read', 'User', USER_FIELDS, { id: viewer.accountId });
  },
  roles: {
    [Role.HR_ADMIN]: ({ can }) => {
      can('read', 'User', USER_HR_FIELDS);
      can('update', 'User', ['roles', 'locked', 'mustChangePassword']);
    },
  },
};
