import {
  AbilityBuilder,
  createMongoAbility,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import { Role } from '../../modules/account/account.entity';
import type { Viewer } from '../auth/viewer';

export type Action = 'read' | 'create' | 'update';
export type SubjectName = 'Employee' | 'OrgUnit' | 'Position' | 'User' | 'AuditLog';
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
export const ORG_UNIT_FIELDS = ['id', 'name', 'depth', 'parent', 'children', 'head'];
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

type Builder = AbilityBuilder<AppAbility>;
type DefineRules = (builder: Builder, viewer: Viewer) => void;

const employeeSelf: DefineRules = ({ can }, viewer) => {
  if (viewer.employeeId === null) return;
  can('read', 'Employee', EMPLOYEE_DIRECTORY_FIELDS);
  can('read', 'Employee', ['nip', 'version', ...EMPLOYEE_PRIVATE_FIELDS], {
    id: viewer.employeeId,
  });
  // `supervisorChainIds` holds everyone above an employee: the whole chain reads the NIP.
  can('read', 'Employee', ['nip'], { supervisorChainIds: viewer.employeeId });
  can('update', 'Employee', EMPLOYEE_SELF_WRITABLE_FIELDS, { id: viewer.employeeId });
};

/** Role → rules. Each request builds its ability from the viewer's roles. */
export const ROLE_RULES: Record<Role, DefineRules> = {
  [Role.EMPLOYEE]: employeeSelf,
  [Role.LEADER]: (builder, viewer) => {
    employeeSelf(builder, viewer);
    builder.can('read', 'Employee', [...EMPLOYEE_DIRECTORY_FIELDS, 'nip']);
    builder.can('read', 'AuditLog', AUDIT_SUMMARY_FIELDS);
  },
  [Role.HR_ADMIN]: ({ can }) => {
    can('read', 'Employee', [
      ...EMPLOYEE_DIRECTORY_FIELDS,
      'nip',
      'version',
      ...EMPLOYEE_PRIVATE_FIELDS,
    ]);
    can('create', 'Employee', EMPLOYEE_HR_WRITABLE_FIELDS);
    can('update', 'Employee', EMPLOYEE_HR_WRITABLE_FIELDS);
    can('read', 'AuditLog', [...AUDIT_SUMMARY_FIELDS, ...AUDIT_DETAIL_FIELDS]);
  },
  [Role.ANALYST]: ({ can }) => {
    can('read', 'Employee', EMPLOYEE_ANALYST_FIELDS);
  },
};

export function defineAbilityFor(viewer: Viewer | null): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (viewer) {
    builder.can('read', 'OrgUnit', ORG_UNIT_FIELDS);
    builder.can('read', 'Position', POSITION_FIELDS);
    builder.can('read', 'User', USER_FIELDS, { id: viewer.accountId });
    for (const role of viewer.roles) ROLE_RULES[role](builder, viewer);
  }
  return builder.build();
}
