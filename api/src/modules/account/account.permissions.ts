import type { Policy } from '../../platform/authz/policy';

const USER_FIELDS = ['id', 'username', 'roles', 'employee', 'isSupervisor', 'abilityRules'];

/** Login accounts: each user reads their own (HR manages accounts through its own checks). */
export const accountPolicy: Policy = {
  subjects: { User: { fields: USER_FIELDS } },
  signedIn: ({ can }, viewer) => {
    can('read', 'User', USER_FIELDS, { id: viewer.accountId });
  },
};
