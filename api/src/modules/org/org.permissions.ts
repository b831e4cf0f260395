import type { Context } from '../../platform/graphql/context';
import { Role } from '../../platform/auth/role';
import type { SubjectName } from '../../platform/authz/abilities';
import { supervisorChainField } from '../../platform/authz/hierarchy-sql';
import {
  type DefineRules,
  type Policy,
  readRulesTest,
  type Row,
} from '../../platform/authz/policy';
import type { SqlFieldMap } from '../../platform/authz/rules-to-sql';
import { MIN_GROUP_SIZE } from '../analytics/utils/suppression.util';
import { anonymitySetSizes, anonymitySetSql } from './anonymity-set';
import { supervisorChainIds } from './supervisor-chain';

// Field lists per DESIGN §3. A field no rule names is denied.
const EMPLOYEE_DIRECTORY_FIELDS = [
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
const EMPLOYEE_PRIVATE_FIELDS = ['birthDate', 'phone', 'email'];
/** HR's alone: the login account, why someone left, and the one-time password of a new employee. */
const EMPLOYEE_HR_ONLY_FIELDS = ['account', 'separation', 'oneTimePassword'];
const EMPLOYEE_ANALYST_FIELDS = [
  'id',
  'unit',
  'positionLevel',
  'rank',
  'pangkat',
  'employmentType',
  'gender',
  'evaluations',
];
const EMPLOYEE_HR_WRITABLE_FIELDS = [
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
const EMPLOYEE_SELF_WRITABLE_FIELDS = ['email', 'phone'];
const ORG_UNIT_FIELDS = [
  'id',
  'name',
  'depth',
  'parent',
  'children',
  'closedAt',
  'version',
  'positions',
];
/**
 * Who heads a unit names a person, and head counts of small units narrow people down: never for
 * analysts (DESIGN §3, de-identified).
 */
const ORG_UNIT_HEAD_FIELDS = ['head', 'memberCount', 'totalMemberCount'];
const POSITION_FIELDS = ['id', 'title', 'level', 'kind', 'unit', 'isHead', 'closedAt', 'version'];
/** How many hold a position (HR closes only empty ones); not for analysts, like unit head counts. */
const POSITION_HOLDER_FIELDS = ['holderCount'];

/** How Employee's condition fields read in SQL, for an alias of the employee table. */
export function employeeSqlFields(alias: string): SqlFieldMap {
  return {
    id: `${alias}.id`,
    supervisorChainIds: supervisorChainField(`${alias}.id`),
    anonymitySetSize: anonymitySetSql(`${alias}.id`),
  };
}

/**
 * How the condition fields of one person's records (plans, evaluations, feedback, development)
 * read in SQL, for a column holding that person's employee id.
 */
export function ownerSqlFields(employeeColumn: string): SqlFieldMap {
  return {
    ownerId: employeeColumn,
    ownerChainIds: supervisorChainField(employeeColumn),
    ownerAnonymitySetSize: anonymitySetSql(employeeColumn),
  };
}

/** The size of a person's anonymity set, only for viewers whose rules depend on it (analysts). */
async function anonymitySetSize(
  context: Context,
  type: SubjectName,
  field: string,
  employeeId: number,
): Promise<Row> {
  return readRulesTest(context.ability, type, field)
    ? { [field]: await context.loaders.get(anonymitySetSizes).load(employeeId) }
    : {};
}

/**
 * What rules test on one person's records, in memory: `ownerId`, `ownerChainIds` (everyone above
 * them) and, where the viewer's rules ask, `ownerAnonymitySetSize`.
 */
export async function ownerAttributes(
  context: Context,
  type: SubjectName,
  ownerId: number,
): Promise<Row> {
  const [ownerChainIds, anonymity] = await Promise.all([
    context.loaders.get(supervisorChainIds).load(ownerId),
    anonymitySetSize(context, type, 'ownerAnonymitySetSize', ownerId),
  ]);
  return { ownerId, ownerChainIds, ...anonymity };
}

/** A row naming its person in `employeeId`, with that person's owner attributes. */
export async function employeeRecordAttributes(
  row: Row,
  context: Context,
  type: SubjectName,
): Promise<Row> {
  return { ...row, ...(await ownerAttributes(context, type, Number(row.employeeId))) };
}

/** `supervisorChainIds` (everyone above the employee) and `anonymitySetSize`, each where the rules test it. */
async function employeeAttributes(row: Row, context: Context): Promise<Row> {
  const id = Number(row.id);
  const [chain, anonymity] = await Promise.all([
    readRulesTest(context.ability, 'Employee', 'supervisorChainIds')
      ? context.loaders.get(supervisorChainIds).load(id)
      : [],
    anonymitySetSize(context, 'Employee', 'anonymitySetSize', id),
  ]);
  return { ...row, supervisorChainIds: chain, ...anonymity };
}

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
};

/** Units, positions and the employee directory (DESIGN §3). */
export const orgPolicy: Policy = {
  subjects: {
    Employee: {
      fields: [
        ...EMPLOYEE_DIRECTORY_FIELDS,
        'nip',
        'version',
        ...EMPLOYEE_PRIVATE_FIELDS,
        ...EMPLOYEE_HR_ONLY_FIELDS,
      ],
      attributes: employeeAttributes,
    },
    OrgUnit: { fields: [...ORG_UNIT_FIELDS, ...ORG_UNIT_HEAD_FIELDS] },
    Position: { fields: [...POSITION_FIELDS, ...POSITION_HOLDER_FIELDS] },
  },
  signedIn: ({ can }) => {
    can('read', 'OrgUnit', ORG_UNIT_FIELDS);
    can('read', 'Position', POSITION_FIELDS);
  },
  roles: {
    [Role.EMPLOYEE]: employeeSelf,
    [Role.LEADER]: (builder, viewer) => {
      employeeSelf(builder, viewer);
      builder.can('read', 'Employee', [...EMPLOYEE_DIRECTORY_FIELDS, 'nip']);
      builder.can('read', 'OrgUnit', ORG_UNIT_HEAD_FIELDS);
    },
    [Role.HR_ADMIN]: ({ can }) => {
      can('read', 'Employee', [
        ...EMPLOYEE_DIRECTORY_FIELDS,
        'nip',
        'version',
        ...EMPLOYEE_PRIVATE_FIELDS,
        ...EMPLOYEE_HR_ONLY_FIELDS,
      ]);
      can('read', 'OrgUnit', ORG_UNIT_HEAD_FIELDS);
      can('read', 'Position', POSITION_HOLDER_FIELDS);
      // HR keeps the structure: units and positions (the services check these).
      can(['create', 'update'], 'OrgUnit');
      can(['create', 'update'], 'Position');
      can('create', 'Employee', EMPLOYEE_HR_WRITABLE_FIELDS);
      can('update', 'Employee', EMPLOYEE_HR_WRITABLE_FIELDS);
    },
    // De-identified (DESIGN §3): a person only when at least MIN_GROUP_SIZE active people are alike
    // in everything the analyst reads about them (their anonymity set).
    [Role.ANALYST]: ({ can }) => {
      can('read', 'Employee', EMPLOYEE_ANALYST_FIELDS, {
        anonymitySetSize: { $gte: MIN_GROUP_SIZE },
      });
    },
  },
};
