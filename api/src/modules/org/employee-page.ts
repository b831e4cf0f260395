import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import type { SqlCondition } from '../../platform/authz/rules-to-sql';
import {
  entityColumnsSql,
  hydrateEntity,
  type Projection,
} from '../../platform/database/entity-rows';
import { queryNamed } from '../../platform/database/named-sql';
import type { Context } from '../../platform/graphql/context';
import {
  type Connection,
  connectionOf,
  keysetCut,
  type KeysetOrder,
  type PageArgs,
  pageSizeOf,
} from '../../platform/graphql/pagination';
import { fieldsAt } from '../../platform/graphql/selection';
import { entryOf } from '../../platform/maps';
import { Employee } from './employee.entity';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';
import { supervisorChainIds } from './supervisor-chain';

/**
 * What each `Employee` field a lean directory row answers reads of the employee's row (names,
 * NIPs, ranks, where they sit). A relation reads its foreign key, so it still resolves, through the
 * loaders, where the row did not join it. The field guard needs only the id, which every lean row
 * reads: its conditions test the id and what is loaded by it (reporting line, anonymity set).
 */
const EMPLOYEE_READS: Reads = {
  id: [],
  nip: ['nip'],
  name: ['name'],
  employmentType: ['employmentType'],
  rank: ['rank'],
  pangkat: ['rank'],
  active: ['active'],
  unit: ['unitId'],
  position: ['positionId'],
  positionLevel: ['positionId'],
  supervisor: ['supervisorId'],
};

/** A field's name and the properties it reads of its entity's row (besides the id). */
type Reads = Readonly<Record<string, readonly string[]>>;

/**
 * The entities a directory row joins, by alias: each one's place in the answer, what its fields
 * read of a lean row and what the page itself reads of it whatever is asked (the employee's name:
 * the cursors of the name order carry it); for a joined relation, the fields of the employee's row
 * that read it (and what they read of it).
 */
const JOINED: Record<
  'employee' | 'unit' | 'position' | 'supervisor',
  {
    entity: new () => { id: number };
    path: readonly string[];
    reads: Reads;
    always?: readonly string[];
    readBy?: Reads;
  }
> = {
  employee: { entity: Employee, path: ['edges', 'node'], reads: EMPLOYEE_READS, always: ['name'] },
  unit: {
    entity: OrgUnit,
    path: ['edges', 'node', 'unit'],
    reads: { id: [], name: ['name'] },
    readBy: { unit: [] },
  },
  position: {
    entity: Position,
    path: ['edges', 'node', 'position'],
    reads: { id: [], title: ['title'], level: ['level'] },
    readBy: { position: [], positionLevel: ['level'] },
  },
  supervisor: {
    entity: Employee,
    path: ['edges', 'node', 'supervisor'],
    reads: EMPLOYEE_READS,
    readBy: { supervisor: [] },
  },
};
type Alias = keyof typeof JOINED;
const ALIASES = Object.keys(JOINED) as Alias[];
/** Each alias's id column in a page row. */
const ID_KEYS = Object.fromEntries(ALIASES.map((alias) => [alias, `${alias}_id`])) as Record<
  Alias,
  `${Alias}_id`
>;

/**
 * Lean rows: per alias, the properties the operation's fields read (the id first), or null for a
 * relation no field asks, which the page then does not join.
 */
export type LeanRows = Readonly<Record<Alias, Projection | null>>;

/**
 * One projection per entity and set of properties, so that each reads the same array on every
 * request (the hydration shapes are kept per projection). At most one per subset of an entity's
 * lean properties.
 */
const projections = new Map<string, Projection>();
function projectionOf(entity: { name: string }, properties: ReadonlySet<string>): Projection {
  const ordered = ['id', ...[...properties].sort()];
  return entryOf(projections, `${entity.name}:${ordered.join(',')}`, () => ordered);
}

/** Adds what `fields` read to `properties`; false when one of them is not in `reads`. */
function addReads(reads: Reads, fields: Iterable<string>, properties: Set<string>): boolean {
  for (const field of fields) {
    if (field === '__typename') continue;
    if (!Object.hasOwn(reads, field)) return false;
    for (const property of reads[field]) properties.add(property);
  }
  return true;
}

/**
 * What a lean employee row reads for the fields asked of it in each of `fieldSets` (the id first),
 * or null when one of them is not a lean row's: then whole rows are read.
 */
export function leanEmployeeOf(fieldSets: Iterable<ReadonlySet<string>>): Projection | null {
  const properties = new Set<string>();
  for (const fields of fieldSets) if (!addReads(EMPLOYEE_READS, fields, properties)) return null;
  return projectionOf(Employee, properties);
}

/**
 * Whether the operation asks of a directory row only what a lean row answers (a directory, a
 * picker: names, NIPs, units, positions) and, if so, what each alias reads for it: reading whole
 * rows parses four entities' every column, dates included (48 values a row), where the directory
 * shows a dozen.
 */
export function leanRowsFor(info: GraphQLResolveInfo): LeanRows | null {
  const onRow = fieldsAt(info, JOINED.employee.path);
  const lean = {} as Record<Alias, Projection | null>;
  for (const alias of ALIASES) {
    const { entity, path, reads, always = [], readBy } = JOINED[alias];
    const properties = new Set<string>(always);
    const asked = alias === 'employee' ? onRow : fieldsAt(info, path);
    if (!addReads(reads, asked, properties)) return null;
    if (readBy) {
      const by = Object.keys(readBy).filter((field) => onRow.has(field));
      if (by.length === 0) {
        lean[alias] = null;
        continue;
      }
      addReads(readBy, by, properties);
    }
    lean[alias] = projectionOf(entity, properties);
  }
  return lean;
}

/** The directory's order: by name, or by id for a viewer who may not read names. */
export type EmployeePageOrder = 'name' | 'id';

// The keyset runs on the columns `matching` carries, under these names.
const KEYSET: Record<EmployeePageOrder, KeysetOrder<Employee>> = {
  name: {
    expression: 'matching.sortValue',
    valueOf: (employee) => employee.name,
    idExpression: 'matching.id',
  },
  id: {
    expression: 'matching.id',
    valueOf: (employee) => employee.id,
    idExpression: 'matching.id',
  },
};

type PageShape = {
  where: string;
  order: EmployeePageOrder;
  cut: ReturnType<typeof keysetCut>;
  limit: number;
  withChains: boolean;
  lean: LeanRows | null;
};

/** The filtered rows (the viewer's read rules and the filter, on `employee`), as `matching`. */
const matchingSql = ({ where, order }: PageShape) => `WITH matching AS (
    SELECT employee.id AS id, employee.${order} AS sortValue FROM employee employee WHERE ${where}
  )`;

/** The relations a page joins, each under its alias: all of them for whole rows. */
const JOINS: Record<Exclude<Alias, 'employee'>, string> = {
  unit: 'LEFT JOIN org_unit unit ON unit.id = employee.unitId',
  position: 'LEFT JOIN position position ON position.id = employee.positionId',
  supervisor: 'LEFT JOIN employee supervisor ON supervisor.id = employee.supervisorId',
};

/** The aliases a page reads: every one for whole rows, those some field asks for lean ones. */
const readAliases = (lean: LeanRows | null) =>
  lean ? ALIASES.filter((alias) => lean[alias] !== null) : ALIASES;

/**
 * The directory's page: `matching` cut by the keyset and sorted while narrow (ids and sort values),
 * and only then joined to what a directory row shows (the employee, unit, position, supervisor).
 */
const pageSql = (dataSource: DataSource, shape: PageShape) => `${matchingSql(shape)}
  SELECT ${readAliases(shape.lean)
    .map((alias) =>
      entityColumnsSql(dataSource, JOINED[alias].entity, alias, shape.lean?.[alias] ?? undefined),
    )
    .join(',\n    ')}
    ${shape.withChains ? `, (SELECT GROUP_CONCAT(lineAbove.ancestorId) FROM reporting_line lineAbove WHERE lineAbove.descendantId = employee.id AND lineAbove.depth > 0) AS supervisorChain` : ''}
  FROM (
    SELECT matching.id AS id, matching.sortValue AS sortValue FROM matching
    ${shape.cut ? `WHERE ${shape.cut.page}` : ''}
    ORDER BY matching.sortValue ASC, matching.id ASC LIMIT ${shape.limit}
  ) page
  INNER JOIN employee employee ON employee.id = page.id
  ${readAliases(shape.lean)
    .flatMap((alias) => (alias === 'employee' ? [] : [JOINS[alias]]))
    .join('\n  ')}
  ORDER BY page.sortValue ASC, page.id ASC`;

/** How many rows `matching` holds, and whether any comes before the cursor. */
const countSql = (shape: PageShape) => `${matchingSql(shape)}
  SELECT COUNT(*) AS totalCount,
    ${shape.cut ? `CASE WHEN EXISTS (SELECT 1 FROM matching WHERE ${shape.cut.preceding}) THEN 1 ELSE 0 END` : '0'} AS hasPreviousPage
  FROM matching`;

type PageRow = Record<string, unknown> & {
  employee_id: number | null;
  unit_id: number | null;
  position_id: number | null;
  supervisor_id: number | null;
  /** Everyone above the employee, comma-separated (GROUP_CONCAT on both engines), when asked. */
  supervisorChain?: string | Buffer | null;
};

/**
 * The directory page the viewer asked for. Whole rows come with their unit, position and supervisor
 * primed into the request's by-id loaders, so the fields a directory row shows read no more SQL;
 * `lean` rows (`leanRowsFor`) carry only what the operation asks and prime nothing: a partial
 * entity must never answer another part of the request. `conditions` must hold the viewer's read
 * rules on `employee`: they are the privacy filter. `withChains` also primes each row's reporting
 * line (`supervisorChainIds`), for a viewer whose field rules test it.
 */
export async function readEmployeePage(
  dataSource: DataSource,
  context: Context,
  {
    conditions,
    order,
    page,
    withChains,
    lean,
  }: {
    conditions: SqlCondition[];
    order: EmployeePageOrder;
    page: PageArgs;
    withChains: boolean;
    lean: LeanRows | null;
  },
): Promise<Connection<Employee>> {
  const first = pageSizeOf(page);
  const keyset = KEYSET[order];
  const cut = keysetCut(keyset, page.after);
  const params: Record<string, unknown> = { ...cut?.params };
  for (const condition of conditions) Object.assign(params, condition.params);
  const where = conditions.map((condition) => `(${condition.sql})`).join(' AND ');
  // The page and its count side by side, each on its own connection: in one statement MariaDB
  // filtered the rows twice, one after the other (the count alone is most of a page's time).
  const shape: PageShape = { where, order, cut, limit: first + 1, withChains, lean };
  const [rows, [count]] = await Promise.all([
    queryNamed<PageRow>(dataSource, pageSql(dataSource, shape), params),
    queryNamed<{ totalCount: number | string; hasPreviousPage: number | string }>(
      dataSource,
      countSql(shape),
      params,
    ),
  ]);
  // Rows share units, positions and supervisors: each is hydrated (and, whole, primed) once. Lean
  // entities are shared per alias only: a supervisor read lean is not the row of the same person.
  // Keyed by id, in one map per alias (per entity when whole): no key string per value.
  const byEntity = new Map<unknown, Map<number, { id: number }>>();
  const hydrated = Object.fromEntries(
    ALIASES.map((alias) => [
      alias,
      entryOf(byEntity, lean ? alias : JOINED[alias].entity, () => new Map()),
    ]),
  ) as Record<Alias, Map<number, { id: number }>>;
  const entityOf = (alias: Alias, row: PageRow) => {
    const raw = row[ID_KEYS[alias]];
    if (raw === null || raw === undefined) return null;
    const id = Number(raw);
    const { entity } = JOINED[alias];
    const byId = hydrated[alias];
    let found = byId.get(id);
    if (!found) {
      found = hydrateEntity(dataSource, entity, alias, row, lean?.[alias] ?? undefined);
      byId.set(id, found);
      if (!lean) context.loaders.byId(entity).prime(id, found);
    }
    return found;
  };
  const chains = context.loaders.get(supervisorChainIds);
  const nodes: Employee[] = [];
  for (const row of rows) {
    const employee = entityOf('employee', row) as Employee | null;
    if (!employee) continue;
    nodes.push(employee);
    // Joined on the row itself too, so a directory row's unit, position and supervisor resolve as
    // plain values (see `joinedOr`): no loader promise per row to wait for. A relation no field
    // asks of a lean row is not read at all.
    if (!lean || lean.unit) employee.unit = (entityOf('unit', row) as OrgUnit | null) ?? undefined;
    if (!lean || lean.position)
      employee.position = (entityOf('position', row) as Position | null) ?? undefined;
    if (!lean || lean.supervisor)
      employee.supervisor = entityOf('supervisor', row) as Employee | null;
    if (withChains)
      chains.prime(
        employee.id,
        row.supervisorChain ? String(row.supervisorChain).split(',').map(Number) : [],
      );
  }
  return connectionOf(nodes, {
    first,
    order: keyset,
    totalCount: Number(count.totalCount),
    hasPreviousPage: Number(count.hasPreviousPage) === 1,
  });
}
