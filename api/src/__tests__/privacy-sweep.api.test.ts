import {
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { DEMO_USERNAMES } from '../../../seeds/gayungan.seed';
import { DRIVERS, type TestDatabase } from '../testing/databases';
import type { TestClient } from '../testing/graphql-client';
import { useDemo, useSeeded } from '../testing/suite';
import { seedScale } from '../../../seeds/scale.seed';
import {
  argumentEntity,
  type Ids,
  realIds,
  runOperation,
  selectionOf,
} from '../testing/schema-sweep';

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
    variables[arg.name] = valueOf(arg.type, argumentEntity(field, arg.name), variant, ids);
  }
  const query = `query${definitions.length ? ` (${definitions.join(', ')})` : ''} { ${field.name}${
    args.length ? `(${args.join(', ')})` : ''
  } ${selectionOf(field.type, 3)} }`;
  return { query, variables };
}

/** The seeded database a sweep reads, its client, and real ids for the arguments. */
type Swept = { db: TestDatabase; client: TestClient; ids: Ids };

/**
 * Each secret value, with what it is: the `everyone` fields of every employee but the viewer, the
 * `outsideTheLine` fields of those not below the viewer, and feedback on evaluations outside the
 * viewer's own and their line's (but for texts those also hold).
 */
async function secretsFor(
  { db }: Swept,
  viewerEmployeeId: number | null,
  fields: { everyone: string[]; outsideTheLine?: string[] },
) {
  const viewerId = viewerEmployeeId ?? 0;
  const below = `SELECT line.descendantId FROM reporting_line line WHERE line.ancestorId = ${viewerId}`;
  const line = new Set(
    (await db.dataSource.query<{ descendantId: number }[]>(below)).map((row) =>
      Number(row.descendantId),
    ),
  );
  const secrets = new Map<string, string>();
  const employees: Record<string, string | number | Date | null>[] = await db.dataSource.query(
    'SELECT id, name, nip, phone, email, birthDate FROM employee',
  );
  for (const employee of employees) {
    if (Number(employee.id) === viewerId) continue;
    const secret = line.has(Number(employee.id))
      ? fields.everyone
      : [...fields.everyone, ...(fields.outsideTheLine ?? [])];
    for (const field of secret) {
      const raw = employee[field];
      const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw ?? '');
      if (value.length >= MIN_SECRET_LENGTH)
        secrets.set(value, `${field} of employee ${String(employee.id)}`);
    }
  }
  const feedback: { text: string; employeeId: number }[] = await db.dataSource.query(
    `SELECT feedback.text, evaluation.employeeId FROM evaluation_feedback feedback
       JOIN evaluation ON evaluation.id = feedback.evaluationId`,
  );
  const visible = (employeeId: number) =>
    Number(employeeId) === viewerId || line.has(Number(employeeId));
  const seen = new Set(feedback.filter((row) => visible(row.employeeId)).map((row) => row.text));
  for (const { text, employeeId } of feedback)
    if (!visible(employeeId) && !seen.has(text) && text.length >= MIN_SECRET_LENGTH)
      secrets.set(text, 'feedback text');
  return secrets;
}

/**
 * Runs every query as `username`: where each secret value showed up, how many answers came, and
 * how many evaluations they held (row-level data, not only aggregates).
 */
async function sweep({ client, ids }: Swept, username: string, secrets: Map<string, string>) {
  const viewer = await client.viewer(username);
  const found: string[] = [];
  let answered = 0;
  let evaluations = 0;
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const what = secrets.get(value);
      if (what) found.push(`${path}: ${what}`);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, path));
    else if (value && typeof value === 'object') {
      if ((value as { __typename?: string }).__typename === 'Evaluation') evaluations += 1;
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    }
  };
  for (const field of Object.values(client.server.schema.getQueryType()!.getFields())) {
    for (let variant = 0; variant < VARIANTS; variant += 1) {
      const { query, variables } = operationFor(field, variant, ids);
      const { data } = await runOperation(client, viewer, query, variables);
      if (data) answered += 1;
      walk(data, '');
    }
  }
  return { found: [...new Set(found)], answered, evaluations };
}

describe.each(DRIVERS)('privacy swept across every query on %s', (kind) => {
  const demo = useDemo(kind);
  let swept: Swept;
  let loner: { username: string; employeeId: number };
  /** The head of a unit below the Camat's, with people below them. */
  let head: { username: string; employeeId: number };

  beforeAll(async () => {
    const { db, client } = demo;
    [loner] = await db.dataSource.query(
      `SELECT account.username, account.employeeId FROM account
        WHERE account.employeeId IS NOT NULL
          AND account.employeeId NOT IN (SELECT line.ancestorId FROM reporting_line line WHERE line.depth > 0)
        ORDER BY account.employeeId LIMIT 1`,
    );
    [head] = await db.dataSource.query(
      `SELECT account.username, account.employeeId FROM account
         JOIN org_unit unit ON unit.headId = account.employeeId
        WHERE unit.depth = 2 ORDER BY unit.id LIMIT 1`,
    );
    swept = { db, client, ids: await realIds(db.dataSource, ['1']) };
  }, 300_000);

  it('shows the analyst no name, NIP, phone, e-mail or feedback text; HR sees them', async () => {
    const secrets = await secretsFor(swept, null, { everyone: ['name', 'nip', 'phone', 'email'] });
    const analyst = await sweep(swept, DEMO_USERNAMES.analyst, secrets);
    expect(analyst.answered).toBeGreaterThan(50);
    expect(analyst.found).toEqual([]);
    const hr = await sweep(swept, DEMO_USERNAMES.admin, secrets);
    expect(hr.found.some((where) => where.includes('name of employee'))).toBe(true);
    expect(hr.found.some((where) => where.includes('nip of employee'))).toBe(true);
    expect(hr.found.some((where) => where.includes('feedback text'))).toBe(true);
  });

  it('shows an employee with no one below them no one else’s NIP, contacts, birth date or feedback', async () => {
    const secrets = await secretsFor(swept, loner.employeeId, {
      everyone: ['nip', 'phone', 'email', 'birthDate'],
    });
    const employee = await sweep(swept, loner.username, secrets);
    expect(employee.answered).toBeGreaterThan(50);
    expect(employee.found).toEqual([]);
    const hr = await sweep(swept, DEMO_USERNAMES.admin, secrets);
    for (const field of ['nip', 'phone', 'email', 'birthDate'])
      expect([field, hr.found.some((where) => where.includes(`${field} of employee`))]).toEqual([
        field,
        true,
      ]);
  });

  it('shows the head of a unit no one’s contacts or birth date, and no NIP or feedback outside their line', async () => {
    const secrets = await secretsFor(swept, head.employeeId, {
      everyone: ['phone', 'email', 'birthDate'],
      outsideTheLine: ['nip'],
    });
    const unitHead = await sweep(swept, head.username, secrets);
    expect(unitHead.answered).toBeGreaterThan(50);
    expect(unitHead.found).toEqual([]);
    const hr = await sweep(swept, DEMO_USERNAMES.admin, secrets);
    for (const what of ['nip of employee', 'phone of employee', 'feedback text'])
      expect([what, hr.found.some((where) => where.includes(what))]).toEqual([what, true]);
  });
});

describe.each(DRIVERS)('privacy of the analyst on a kecamatan of 500 on %s', (kind) => {
  // Large enough that many people share unit, level, rank, type and gender with four others: the
  // analyst reads evaluations row by row there, so the sweep meets de-identified rows, not only sums.
  const kecamatan = useSeeded(kind, (dataSource) =>
    seedScale(dataSource, { employees: 500, password: 'test-password' }),
  );

  it('shows the analyst no name, NIP, phone, e-mail or feedback text among the rows they read', async () => {
    const swept = { ...kecamatan, ids: await realIds(kecamatan.db.dataSource, ['1']) };
    const secrets = await secretsFor(swept, null, { everyone: ['name', 'nip', 'phone', 'email'] });
    const analyst = await sweep(swept, DEMO_USERNAMES.analyst, secrets);
    expect(analyst.evaluations).toBeGreaterThan(100);
    expect(analyst.found).toEqual([]);
    const hr = await sweep(swept, DEMO_USERNAMES.admin, secrets);
    for (const what of ['name of employee', 'nip of employee', 'feedback text'])
      expect([what, hr.found.some((where) => where.includes(what))]).toEqual([what, true]);
  });
});
