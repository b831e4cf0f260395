import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { DEMO_USERNAMES, seedDemo } from '../../../seeds/gayungan.seed';
import { createContext } from '../platform/graphql/context';
import { openTestDatabase, type TestDatabase, DRIVERS } from '../testing/databases';
import { TestClient } from '../testing/graphql-client';

/**
 * DESIGN §3, swept across the whole schema on the seeded demo: every query, with real ids of the
 * entities it names, its answer read three levels deep. Nothing in any answer may be a value the
 * viewer may not read: for the analyst no employee's name, NIP, phone or e-mail and no feedback
 * text; for an employee with no one below them no other employee's NIP, phone, e-mail or birth date
 * and no feedback on anyone else's evaluation. HR, who may read all of it, is the control: the same
 * sweep must find such values in HR's answers, or it proves nothing.
 */
jest.setTimeout(300_000);

const VARIANTS = 6;
/** Shorter values (an initial, a two-digit number) are too likely to be something else. */
const MIN_SECRET_LENGTH = 5;

type Ids = (name: string) => string[];

function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (depth >= 3 || !isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields())
    .filter((field) =>
      field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
    )
    .map((field) => `${field.name} ${selectionOf(field.type, depth + 1)}`);
  return `{ __typename ${fields.join(' ')} }`;
}

/** The `variant`-th plausible value: ids walk through the real ids of the entity named. */
function valueOf(type: GraphQLInputType, name: string, variant: number, ids: Ids): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, name, variant, ids);
  if (isListType(type)) return [valueOf(type.ofType, name, variant, ids)];
  if (isEnumType(type)) {
    const values = type.getValues();
    return values[variant % values.length].name;
  }
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, valueOf(field.type, field.name, variant, ids)]),
    );
  switch (type.name) {
    case 'ID': {
      const real = ids(name);
      return real[variant % real.length];
    }
    case 'Int':
      return /year/i.test(name) ? 2026 : 10;
    case 'Boolean':
      return false;
    default:
      return '';
  }
}

function operationFor(field: GraphQLField<unknown, unknown>, variant: number, ids: Ids) {
  const definitions: string[] = [];
  const args: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    // Optional ids (a unit filter, an employee) every other variant, to narrow onto real rows.
    const optionalId = getNamedType(arg.type).name === 'ID' && variant % 2 === 1;
    if (!isNonNullType(arg.type) && !optionalId) continue;
    definitions.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
    const name = arg.name === 'id' ? getNamedType(field.type).name : arg.name;
    variables[arg.name] = valueOf(arg.type, name, variant, ids);
  }
  const query = `query${definitions.length ? ` (${definitions.join(', ')})` : ''} { ${field.name}${
    args.length ? `(${args.join(', ')})` : ''
  } ${selectionOf(field.type, 0)} }`;
  return { query, variables };
}

describe.each(DRIVERS)('privacy swept across every query on %s', (kind) => {
  let db: TestDatabase;
  let client: TestClient;
  let ids: Ids;
  let loner: { username: string; employeeId: number };

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await seedDemo(db.dataSource, { password: 'test-password' });
    client = await TestClient.start(db);
    [loner] = await db.dataSource.query(
      `SELECT account.username, account.employeeId FROM account
        WHERE account.employeeId IS NOT NULL
          AND account.employeeId NOT IN (SELECT line.ancestorId FROM reporting_line line WHERE line.depth > 0)
        ORDER BY account.employeeId LIMIT 1`,
    );
    const real = new Map<string, string[]>();
    for (const entity of db.dataSource.entityMetadatas) {
      if (entity.primaryColumns.length !== 1 || entity.primaryColumns[0].propertyName !== 'id')
        continue;
      const rows: { id: number }[] = await db.dataSource.query(
        `SELECT id FROM ${entity.tableName} ORDER BY id LIMIT 40`,
      );
      if (rows.length > 0)
        real.set(
          entity.targetName.toLowerCase(),
          rows.map((row) => String(row.id)),
        );
    }
    const people = /employee|evaluator|author|head|supervisor|member|recipient|holder/;
    ids = (name) => {
      const base = name.replace(/Ids?$/, '').toLowerCase();
      const entity =
        [...real.keys()].find((key) => key === base) ??
        [...real.keys()].find((key) => key.endsWith(base)) ??
        (people.test(base) ? 'employee' : undefined);
      return (entity && real.get(entity)) || ['1'];
    };
  }, 300_000);

  afterAll(async () => {
    await client?.stop();
    await db?.close();
  });

  /** Each secret value, with what it is: employees' own fields (but the viewer's) and feedback. */
  async function secretsFor(fields: string[], viewerEmployeeId: number | null) {
    const secrets = new Map<string, string>();
    const employees: Record<string, string | number | Date | null>[] = await db.dataSource.query(
      'SELECT id, name, nip, phone, email, birthDate FROM employee',
    );
    for (const employee of employees) {
      if (employee.id === viewerEmployeeId) continue;
      for (const field of fields) {
        const raw = employee[field];
        const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw ?? '');
        if (value.length >= MIN_SECRET_LENGTH)
          secrets.set(value, `${field} of employee ${String(employee.id)}`);
      }
    }
    // Feedback on others' evaluations, but for texts the viewer's own feedback also holds.
    const feedback: { text: string }[] = await db.dataSource.query(
      `SELECT DISTINCT feedback.text FROM evaluation_feedback feedback
         JOIN evaluation ON evaluation.id = feedback.evaluationId
        WHERE evaluation.employeeId <> ?
          AND feedback.text NOT IN (SELECT own.text FROM evaluation_feedback own
                JOIN evaluation mine ON mine.id = own.evaluationId WHERE mine.employeeId = ?)`,
      [viewerEmployeeId ?? 0, viewerEmployeeId ?? 0],
    );
    for (const { text } of feedback)
      if (text.length >= MIN_SECRET_LENGTH) secrets.set(text, 'feedback text');
    return secrets;
  }

  /** Runs every query as `username`; returns where each secret value showed up, and the answers. */
  async function sweep(username: string, secrets: Map<string, string>) {
    const viewer = await client.viewer(username);
    const found: string[] = [];
    let answered = 0;
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        const what = secrets.get(value);
        if (what) found.push(`${path}: ${what}`);
      } else if (Array.isArray(value)) value.forEach((item) => walk(item, path));
      else if (value && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    };
    for (const field of Object.values(client.server.schema.getQueryType()!.getFields())) {
      for (let variant = 0; variant < VARIANTS; variant += 1) {
        const { query, variables } = operationFor(field, variant, ids);
        const response = await client.server.apollo.executeOperation(
          { query, variables },
          {
            contextValue: createContext({
              dataSource: db.dataSource,
              viewer,
              clientAddress: '127.0.0.1',
            }),
          },
        );
        if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
        if (response.body.singleResult.data) answered += 1;
        walk(response.body.singleResult.data, '');
      }
    }
    return { found: [...new Set(found)], answered };
  }

  it('shows the analyst no name, NIP, phone, e-mail or feedback text; HR sees them', async () => {
    const secrets = await secretsFor(['name', 'nip', 'phone', 'email'], null);
    const analyst = await sweep(DEMO_USERNAMES.analyst, secrets);
    expect(analyst.answered).toBeGreaterThan(50);
    expect(analyst.found).toEqual([]);
    const hr = await sweep(DEMO_USERNAMES.admin, secrets);
    expect(hr.found.some((where) => where.includes('name of employee'))).toBe(true);
    expect(hr.found.some((where) => where.includes('nip of employee'))).toBe(true);
    expect(hr.found.some((where) => where.includes('feedback text'))).toBe(true);
  });

  it('shows an employee with no one below them no one else’s NIP, contacts, birth date or feedback', async () => {
    const secrets = await secretsFor(['nip', 'phone', 'email', 'birthDate'], loner.employeeId);
    const employee = await sweep(loner.username, secrets);
    expect(employee.answered).toBeGreaterThan(50);
    expect(employee.found).toEqual([]);
    const hr = await sweep(DEMO_USERNAMES.admin, secrets);
    for (const field of ['nip', 'phone', 'email', 'birthDate'])
      expect([field, hr.found.some((where) => where.includes(`${field} of employee`))]).toEqual([
        field,
        true,
      ]);
  });
});
