import { Role } from '../auth/role';
import type { Policy } from '../authz/policy';

const AUDIT_SUMMARY_FIELDS = [
  'id',
  'actorAccountId',
  'actorUsername',
  'actorName',
  'action',
  'entity',
  'entityId',
  'subjectName',
  'reason',
  'createdAt',
];
// The names of the records before/after point to are part of the details.
const AUDIT_DETAIL_FIELDS = ['before', 'after', 'references'];

/** The audit log: the Camat reads who did what; HR also reads the before and after. */
export const auditPolicy: Policy = {
  subjects: { AuditLog: { fields: [...AUDIT_SUMMARY_FIELDS, ...AUDIT_DETAIL_FIELDS] } },
  roles: {
    [Role.LEADER]: ({ can }) => {
      can('read', 'AuditLog', AUDIT_SUMMARY_FIELDS);
    },
    [Role.HR_ADMIN]: ({ can }) => {
      can('read', 'AuditLog', [...AUDIT_SUMMARY_FIELDS, ...AUDIT_DETAIL_FIELDS]);
    },
  },
};
