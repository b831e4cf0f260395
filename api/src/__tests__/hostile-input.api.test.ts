import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLLeafType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { DEMO_USERNAMES } from '../../../seeds/gayungan.seed';
import { createRandom, type Random } from '../../../seeds/prng.util';
import type { DataSource } from 'typeorm';
import { LoginFailure } from '../modules/account/account.entity';
import { textProblems } from '../platform/graphql/text';
import { DRIVERS, type TestDatabase } from '../testing/databases';
import type { TestClient } from '../testing/graphql-client';
import { useDemo } from '../testing/suite';
import {
  argumentEntity,
  type Ids,
  realIds,
  runOperation,
  selectionOf,
} from '../testing/schema-sweep';

/**
 * Every root field of the schema, as every kind of user on the seeded demo, with what careless and
 * hostile clients send: ids that do not exist or are not numbers, empty, huge and control-character
 * text, impossible dates, extreme numbers, long lists, null for every optional field, and plausible
 * input with one field wrong (its answer read two levels deep, so field resolvers run too).
 * Whatever the answer, it is the user's 4xx: never an internal error, never a 5xx (DESIGN §4);
 * and a mutation refused past its first checks has written nothing.
 * Deterministic: the same seed sends the same operations.
 */
jest.setTimeout(300_000);

const ROUNDS = 8;
const HOSTILE = {
  ID: ['0', '-1', 'abc', '', ' 1', '1.5', '1e3', '99999999999999999999', '9007199254740993'],
  String: [
    '',
    '   ',
    'x',
    'a'.repeat(5_000),
    '\u0000',
    '<b>tebal</b>',
    "'; DROP TABLE employee; --",
    '%_\\',
    '2026-13-45',
    '2026-02-30',
    '𝔘𝔫𝔦𝔨𝔬𝔡𝔢',
  ],
  Int: [0, -1, 2_147_483_647, -2_147_483_648, 1_000_000],
  Float: [0, -1, 0.5, 1e308, 100.01],
  DateTimeISO: [
    'not-a-date',
    '1900-01-01T00:00:00Z',
    '9999-12-31T00:00:00Z',
    '2026-02-30T00:00:00Z',
  ],
  JSON: [{}, [], 'x', { a: 1 }],
} as const;

function plausibleLeaf(type: GraphQLLeafType, name: string, ids: Ids, random: Random): unknown {
  if (isEnumType(type)) return random.pick(type.getValues()).name;
  const lower = name.toLowerCase();
  switch (type.name) {
    case 'ID':
      return random.pick(ids(name));
    case 'Int':
      if (lower === 'version') return random.pick([1, 1, 2]);
      return lower.includes('year') ? 2026 : random.pick([1, 2, 5, 10, 100]);
    case 'Float':
      return random.pick([50, 80.5, 100]);
    case 'Boolean':
      return random.chance(0.5);
    case 'DateTimeISO':
      return '2026-06-30T03:00:00.000Z';
    case 'JSON':
      return {};
    default:
      if (/date|from$|^to$|until|since|start|end/.test(lower))
        return random.pick(['2026-03-31', '2026-06-30', '2026-12-31']);
      if (lower.includes('nip')) return '199001012020121009';
      if (lower.includes('code')) return `PLT-${random.int(1, 999)}`;
      return random.pick([
        'Pelayanan administrasi kependudukan yang cepat dan tepat',
        'Budi Santoso',
        'Evaluasi kinerja triwulan berjalan',
      ]);
  }
}

function hostileLeaf(type: GraphQLLeafType, name: string, ids: Ids, random: Random): unknown {
  if (isEnumType(type)) return random.pick(type.getValues()).name;
  if (type.name === 'Boolean') return random.chance(0.5);
  if (type.name === 'ID' && random.chance(0.5)) return random.pick(ids(name));
  const values = HOSTILE[type.name as keyof typeof HOSTILE] ?? HOSTILE.String;
  return random.pick(values as readonly unknown[]);
}

/**
 * A value of `type`: hostile throughout, or plausible with now and then one leaf hostile or null.
 * `name` is the argument or input field it fills, which picks real ids of the entity it names.
 */
function valueOf(
  type: GraphQLInputType,
  name: string,
  plausible: boolean,
  ids: Ids,
  random: Random,
): unknown {
  const required = isNonNullType(type);
  const inner = required ? type.ofType : type;
  if (!required && random.chance(plausible ? 0.04 : 0.1)) return null;
  if (isListType(inner)) {
    const length = random.chance(0.1) ? 60 : random.int(plausible ? 1 : 0, 3);
    return Array.from({ length }, () => valueOf(inner.ofType, name, plausible, ids, random));
  }
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (!isNonNullType(field.type) && random.chance(0.3)) continue;
      value[field.name] = valueOf(field.type, field.name, plausible, ids, random);
    }
    return value;
  }
  return plausible && !random.chance(0.06)
    ? plausibleLeaf(inner, name, ids, random)
    : hostileLeaf(inner, name, ids, random);
}

function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  plausible: boolean,
  ids: Ids,
  random: Random,
) {
  const definitions: string[] = [];
  const args: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) && random.chance(0.4)) continue;
    definitions.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = valueOf(
      arg.type,
      argumentEntity(field, arg.name),
      plausible,
      ids,
      random,
    );
  }
  const selection = selectionOf(field.type, plausible ? 2 : 0);
  const query = `${kind}${definitions.length ? ` (${definitions.join(', ')})` : ''} { ${field.name}${
    args.length ? `(${args.join(', ')})` : ''
  } ${selection} }`;
  return { query, variables };
}

/**
 * Every stored text holding what textProblems refuses (control characters, lone surrogates,
 * direction overrides): none may have got in through any mutation, whatever was sent. Failed
 * logins keep the name that was tried, as it was tried: that is their point.
 */
async function unprintableStored(dataSource: DataSource): Promise<string[]> {
  const found: string[] = [];
  for (const entity of dataSource.entityMetadatas) {
    if (entity.tableType !== 'regular' || entity.target === LoginFailure) continue;
    for (const column of entity.columns) {
      if (![String, 'varchar', 'text', 'simple-json'].includes(column.type as never)) continue;
      const name = dataSource.driver.escape(column.databaseName);
      const rows: { value: unknown }[] = await dataSource.query(
        `SELECT ${name} AS value FROM ${dataSource.driver.escape(entity.tableName)} WHERE ${name} IS NOT NULL`,
      );
      for (const { value } of rows)
        if (textProblems(column.databaseName, String(value), { max: Infinity }).length > 0)
          found.push(
            `${entity.tableName}.${column.databaseName}: ${JSON.stringify(value).slice(0, 120)}`,
          );
    }
  }
  return found;
}

describe.each(DRIVERS)('hostile input across the whole schema on %s', (kind) => {
  const demo = useDemo(kind);
  let db: TestDatabase;
  let client: TestClient;
  let users: string[];
  let ids: Ids;
  /** Rows per table and the sum of their versions: what any write, even a partial one, moves. */
  let fingerprint: () => Promise<string>;

  beforeAll(async () => {
    ({ db, client } = demo);
    const [head] = await db.dataSource.query(
      `SELECT account.username FROM account JOIN org_unit unit ON unit.headId = account.employeeId
        WHERE unit.parentId IS NOT NULL ORDER BY unit.id LIMIT 1`,
    );
    const [staff] = await db.dataSource.query(
      `SELECT account.username FROM account JOIN employee ON employee.id = account.employeeId
        WHERE employee.id NOT IN (SELECT headId FROM org_unit WHERE headId IS NOT NULL)
        ORDER BY employee.id LIMIT 1`,
    );
    users = [...Object.values(DEMO_USERNAMES), head.username, staff.username];
    // Failed logins and wrong current passwords are recorded on purpose: they lock out guessing.
    const tables = db.dataSource.entityMetadatas.filter(
      (entity) => entity.tableType === 'regular' && entity.target !== LoginFailure,
    );
    const tally = tables
      .map((entity) => {
        const version = entity.columns.some((column) => column.propertyName === 'version');
        return `SELECT '${entity.tableName}' AS name, COUNT(*) AS n, ${version ? 'SUM(version)' : '0'} AS v FROM ${entity.tableName}`;
      })
      .join(' UNION ALL ');
    fingerprint = async () =>
      (await db.dataSource.query<{ name: string; n: unknown; v: unknown }[]>(tally))
        .map(({ name, n, v }) => `${name} ${Number(n)}/${Number(v)}`)
        .join(', ');
    // Real ids per entity, so that plausible input reaches the checks past "not found".
    ids = await realIds(db.dataSource, HOSTILE.ID);
  }, 300_000);

  // Queries first: the mutations change the demo as they go.
  it.each(['query', 'mutation'] as const)(
    'answers every %s field, as every kind of user, without an internal error',
    async (operation) => {
      const schema = client.server.schema;
      const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
      const random = createRandom(operation === 'query' ? 19 : 20);
      const viewers = await Promise.all(users.map((username) => client.viewer(username)));
      const problems: string[] = [];
      let sent = 0;
      let refusals = 0;
      for (const field of Object.values(root!.getFields())) {
        for (let round = 0; round < ROUNDS; round += 1) {
          for (const [index, viewer] of viewers.entries()) {
            const plausible = round % 2 === 1;
            const { query, variables } = operationFor(operation, field, plausible, ids, random);
            // Plausible input gets past the first checks: a refusal there must still write nothing.
            const before = operation === 'mutation' && plausible ? await fingerprint() : null;
            const {
              data,
              errors = [],
              status,
            } = await runOperation(client, viewer, query, variables);
            sent += 1;
            if (before !== null && errors.length > 0 && !data?.[field.name]) {
              const after = await fingerprint();
              const was = new Set(before.split(', '));
              const changed = after.split(', ').filter((table) => !was.has(table));
              if (changed.length > 0)
                problems.push(
                  `${field.name} as ${users[index]} refused (${String(errors[0].extensions?.reason)}) ` +
                    `but wrote: ${changed.join(', ')} ${JSON.stringify(variables).slice(0, 300)}`,
                );
              refusals += 1;
            }
            for (const error of errors) {
              if (status < 500 && error.extensions?.code !== 'INTERNAL_SERVER_ERROR') continue;
              problems.push(
                `${field.name} as ${users[index]}: ${status} ${String(error.extensions?.code)} ` +
                  `${error.message} ${JSON.stringify(variables).slice(0, 300)}`,
              );
            }
          }
        }
      }
      expect(sent).toBe(Object.keys(root!.getFields()).length * ROUNDS * users.length);
      if (operation === 'mutation') {
        expect(refusals).toBeGreaterThan(500);
        problems.push(...(await unprintableStored(db.dataSource)));
      }
      expect(problems).toEqual([]);
    },
  );
});
