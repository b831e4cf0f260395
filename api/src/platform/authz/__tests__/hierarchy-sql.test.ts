import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import Database from 'better-sqlite3';
import type { AppAbility } from '../abilities';
import { inUnitSubtree, supervisorChainField } from '../hierarchy-sql';
import { rulesToSql } from '../rules-to-sql';

// Reporting line 1 → 2 → 3 and 1 → 4; units 10 → 20 → 30 and 10 → 40. Closures include depth 0.
const REPORTING_LINE = [
  [1, 1, 0],
  [2, 2, 0],
  [3, 3, 0],
  [4, 4, 0],
  [1, 2, 1],
  [2, 3, 1],
  [1, 3, 2],
  [1, 4, 1],
];
const UNIT_CLOSURE = [
  [10, 10, 0],
  [20, 20, 0],
  [30, 30, 0],
  [40, 40, 0],
  [10, 20, 1],
  [20, 30, 1],
  [10, 30, 2],
  [10, 40, 1],
];
const EMPLOYEES = [
  [1, 10],
  [2, 20],
  [3, 30],
  [4, 40],
];

function database() {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE employee (id INTEGER PRIMARY KEY, unitId INTEGER)');
  db.exec('CREATE TABLE reporting_line (ancestorId INTEGER, descendantId INTEGER, depth INTEGER)');
  db.exec(
    'CREATE TABLE org_unit_closure (ancestorId INTEGER, descendantId INTEGER, depth INTEGER)',
  );
  for (const row of EMPLOYEES) db.prepare('INSERT INTO employee VALUES (?, ?)').run(...row);
  for (const row of REPORTING_LINE)
    db.prepare('INSERT INTO reporting_line VALUES (?, ?, ?)').run(...row);
  for (const row of UNIT_CLOSURE)
    db.prepare('INSERT INTO org_unit_closure VALUES (?, ?, ?)').run(...row);
  return db;
}

const ids = (db: Database.Database, where: string, values: unknown[] = []) =>
  (
    db.prepare(`SELECT e.id FROM employee e WHERE ${where} ORDER BY e.id`).all(...values) as {
      id: number;
    }[]
  ).map((row) => row.id);

/** The employees a chain rule selects in SQL, with the rule's employee as its only parameter. */
function belowInChain(db: Database.Database, supervisorId: number) {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  builder.can('read', 'Employee', { ownerChainIds: supervisorId } as never);
  const { sql, params } = rulesToSql(builder.build(), 'read', 'Employee', undefined, {
    ownerChainIds: supervisorChainField('e.id'),
  });
  return ids(db, sql.replace(/:(\w+)/g, '?'), Object.values(params));
}

describe('hierarchy SQL', () => {
  const db = database();
  afterAll(() => db.close());

  it.each([
    [1, [2, 3, 4]],
    [2, [3]],
    [3, []],
  ])(
    'a chain condition on employee %i selects everyone below them, not themselves',
    (id, below) => {
      expect(belowInChain(db, id)).toEqual(below);
    },
  );

  it('refuses chain conditions other than equality', () => {
    const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
    builder.can('read', 'Employee', { ownerChainIds: { $in: [1] } } as never);
    expect(() =>
      rulesToSql(builder.build(), 'read', 'Employee', undefined, {
        ownerChainIds: supervisorChainField('e.id'),
      }),
    ).toThrow(/only equality/);
  });

  it.each([
    [10, [1, 2, 3, 4]],
    [20, [2, 3]],
    [40, [4]],
  ])('a unit subtree of %i holds the unit and every unit below it', (unitId, members) => {
    expect(ids(db, inUnitSubtree('e.unitId', '?'), [unitId])).toEqual(members);
  });
});
