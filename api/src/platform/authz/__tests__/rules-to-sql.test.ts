import { AbilityBuilder, createMongoAbility, subject } from '@casl/ability';
import Database from 'better-sqlite3';
import type { AppAbility } from '../abilities';
import { rulesToSql, type SqlFieldMap } from '../rules-to-sql';

// A tiny table and the same rows in memory: SQL filtering must agree with CASL's own checks.
const ROWS = [
  { id: 1, unitId: 10, active: 1, supervisorChainIds: [] as number[] },
  { id: 2, unitId: 10, active: 1, supervisorChainIds: [1] },
  { id: 3, unitId: 20, active: 0, supervisorChainIds: [1, 2] },
  { id: 4, unitId: 20, active: 1, supervisorChainIds: [1] },
  { id: 5, unitId: 30, active: 1, supervisorChainIds: [] },
];

function tableWithRows() {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE employee (id INTEGER PRIMARY KEY, unitId INTEGER, active INTEGER)');
  db.exec('CREATE TABLE reporting_line (ancestorId INTEGER, descendantId INTEGER, depth INTEGER)');
  for (const row of ROWS) {
    db.prepare('INSERT INTO employee VALUES (?, ?, ?)').run(row.id, row.unitId, row.active);
    row.supervisorChainIds.forEach((ancestor, index) =>
      db
        .prepare('INSERT INTO reporting_line VALUES (?, ?, ?)')
        .run(ancestor, row.id, row.supervisorChainIds.length - index),
    );
  }
  return db;
}

const FIELDS: SqlFieldMap = {
  id: 'e.id',
  unitId: 'e.unitId',
  active: 'e.active',
  supervisorChainIds: (operator, value, param) =>
    `e.id IN (SELECT descendantId FROM reporting_line WHERE ancestorId = ${param(value)})`,
};

function run(db: Database.Database, ability: AppAbility, field?: string): number[] {
  const { sql, params } = rulesToSql(ability, 'read', 'Employee', field, FIELDS);
  // Expand TypeORM-style named parameters for better-sqlite3.
  const values: unknown[] = [];
  const positional = sql.replace(/:(\.\.\.)?(\w+)/g, (_m, spread, name) => {
    const value = params[name];
    if (spread) {
      values.push(...(value as unknown[]));
      return (value as unknown[]).map(() => '?').join(', ');
    }
    values.push(value);
    return '?';
  });
  return (
    db.prepare(`SELECT e.id FROM employee e WHERE ${positional} ORDER BY e.id`).all(...values) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

function expected(ability: AppAbility, field?: string): number[] {
  return ROWS.filter((row) =>
    ability.can('read', subject('Employee', { ...row }) as never, field),
  ).map((row) => row.id);
}

type Define = (b: AbilityBuilder<AppAbility>) => void;
const CASES: [string, Define, string | undefined][] = [
  ['nothing allowed', () => {}, undefined],
  ['everything', (b) => b.can('read', 'Employee'), undefined],
  ['one row by id', (b) => b.can('read', 'Employee', { id: 3 }), undefined],
  [
    'field rule, asked for another field',
    (b) => b.can('read', 'Employee', ['nip'], { id: 3 }),
    'name',
  ],
  ['field rule, asked for its field', (b) => b.can('read', 'Employee', ['nip'], { id: 3 }), 'nip'],
  [
    'or of two rules',
    (b) => {
      b.can('read', 'Employee', { id: 1 });
      b.can('read', 'Employee', { unitId: 20 });
    },
    undefined,
  ],
  [
    '$in and $ne',
    (b) => b.can('read', 'Employee', { unitId: { $in: [10, 30] }, id: { $ne: 1 } } as never),
    undefined,
  ],
  [
    '$nin and $gte',
    (b) => b.can('read', 'Employee', { unitId: { $nin: [10] }, id: { $gte: 4 } } as never),
    undefined,
  ],
  [
    'cannot narrows can',
    (b) => {
      b.can('read', 'Employee');
      b.cannot('read', 'Employee', { active: 0 } as never);
    },
    undefined,
  ],
  [
    'cannot before can does not narrow it',
    (b) => {
      b.cannot('read', 'Employee', { active: 0 } as never);
      b.can('read', 'Employee', { unitId: 20 });
    },
    undefined,
  ],
  [
    'unconditional cannot wins',
    (b) => {
      b.can('read', 'Employee', { unitId: 20 });
      b.cannot('read', 'Employee');
    },
    undefined,
  ],
  [
    'derived field: whole chain',
    (b) => b.can('read', 'Employee', ['nip'], { supervisorChainIds: 1 } as never),
    'nip',
  ],
  [
    'derived field or self',
    (b) => {
      b.can('read', 'Employee', ['nip'], { id: 5 });
      b.can('read', 'Employee', ['nip'], { supervisorChainIds: 2 } as never);
    },
    'nip',
  ],
  ['empty $in', (b) => b.can('read', 'Employee', { id: { $in: [] } } as never), undefined],
];

describe('rulesToSql', () => {
  const db = tableWithRows();
  afterAll(() => db.close());

  it.each(CASES)('%s: SQL selects exactly the rows CASL allows', (_name, define, field) => {
    const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
    define(builder);
    const ability = builder.build();
    expect(run(db, ability, field)).toEqual(expected(ability, field));
  });

  it('spot-checks the chain case by hand', () => {
    const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
    builder.can('read', 'Employee', ['nip'], { supervisorChainIds: 2 } as never);
    expect(run(db, builder.build(), 'nip')).toEqual([3]);
  });

  it('refuses a condition field it has no mapping for', () => {
    const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
    builder.can('read', 'Employee', { email: 'x' } as never);
    expect(() => rulesToSql(builder.build(), 'read', 'Employee', undefined, FIELDS)).toThrow(
      /no SQL mapping/,
    );
  });
});
