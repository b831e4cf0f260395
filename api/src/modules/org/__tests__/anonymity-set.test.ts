import { AbilityBuilder, createMongoAbility, subject } from '@casl/ability';
import Database from 'better-sqlite3';
import type { AppAbility } from '../../../platform/authz/abilities';
import { rulesToSql } from '../../../platform/authz/rules-to-sql';
import { anonymitySetSql } from '../anonymity-set';

interface Person {
  id: number;
  unitId: number;
  level: string;
  rank: string;
  employmentType: string;
  gender: string;
  active: boolean;
}

const alike = (id: number, overrides: Partial<Person> = {}): Person => ({
  id,
  unitId: 1,
  level: 'PELAKSANA',
  rank: 'II/a',
  employmentType: 'PNS',
  gender: 'LAKI_LAKI',
  active: true,
  ...overrides,
});
const range = (from: number, count: number, overrides: Partial<Person> = {}) =>
  Array.from({ length: count }, (_, index) => alike(from + index, overrides));

/** The reference: the active people alike in all five quasi-identifiers, 0 for an inactive person. */
function referenceSize(people: Person[], person: Person): number {
  if (!person.active) return 0;
  return people.filter(
    (peer) =>
      peer.active &&
      peer.unitId === person.unitId &&
      peer.level === person.level &&
      peer.rank === person.rank &&
      peer.employmentType === person.employmentType &&
      peer.gender === person.gender,
  ).length;
}

function databaseOf(people: Person[]) {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE position (id INTEGER PRIMARY KEY, level TEXT)');
  db.exec(
    'CREATE TABLE employee (id INTEGER PRIMARY KEY, unitId INTEGER, positionId INTEGER, rank TEXT, employmentType TEXT, gender TEXT, active INTEGER)',
  );
  // Two positions per level: people alike in level but not in position title still look alike.
  const levels = [...new Set(people.map((person) => person.level))];
  levels.forEach((level, index) => {
    db.prepare('INSERT INTO position VALUES (?, ?)').run(2 * index + 1, level);
    db.prepare('INSERT INTO position VALUES (?, ?)').run(2 * index + 2, level);
  });
  for (const person of people)
    db.prepare('INSERT INTO employee VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      person.id,
      person.unitId,
      2 * levels.indexOf(person.level) + 1 + (person.id % 2),
      person.rank,
      person.employmentType,
      person.gender,
      person.active ? 1 : 0,
    );
  return db;
}

function selected(db: Database.Database, ability: AppAbility): number[] {
  const { sql, params } = rulesToSql(ability, 'read', 'Employee', undefined, {
    anonymitySetSize: anonymitySetSql('e.id'),
  });
  const values: unknown[] = [];
  const positional = sql.replace(/:(\w+)/g, (_match, name: string) => {
    const value = params[name];
    values.push(typeof value === 'boolean' ? Number(value) : value);
    return '?';
  });
  return (
    db.prepare(`SELECT e.id FROM employee e WHERE ${positional} ORDER BY e.id`).all(...values) as {
      id: number;
    }[]
  ).map((row) => row.id);
}

const abilityWith = (condition: Record<string, number>) => {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  builder.can('read', 'Employee', { anonymitySetSize: condition } as never);
  return builder.build();
};

const CASES: [string, Person[]][] = [
  ['one set of exactly five', range(1, 5)],
  ['a set of four', range(1, 4)],
  ['five alike, one of them inactive', [...range(1, 4), alike(5, { active: false })]],
  ['five alike and an inactive sixth', [...range(1, 5), alike(6, { active: false })]],
  [
    'the only PENGAWAS of a unit beside five staff',
    [...range(1, 5), alike(6, { level: 'PENGAWAS', rank: 'III/d' })],
  ],
  [
    'each quasi-identifier splits a set',
    [
      ...range(1, 5),
      ...range(10, 4),
      alike(14, { unitId: 2 }),
      ...range(20, 4),
      alike(24, { rank: 'II/b' }),
      ...range(30, 4, { unitId: 3 }),
      alike(34, { unitId: 3, employmentType: 'PPPK' }),
      ...range(40, 4, { unitId: 4 }),
      alike(44, { unitId: 4, gender: 'PEREMPUAN' }),
      ...range(50, 4, { unitId: 5 }),
      alike(54, { unitId: 5, level: 'FUNGSIONAL' }),
    ],
  ],
  [
    'a large set and a small one in the same unit',
    [...range(1, 12), ...range(20, 3, { rank: 'III/a' })],
  ],
];

describe('anonymity sets in SQL', () => {
  it.each(CASES)(
    '%s: SQL selects exactly the people whose set the rule admits',
    (_name, people) => {
      const db = databaseOf(people);
      const conditions: Record<string, number>[] = [
        { $gte: 5 },
        { $gte: 1 },
        { $gt: 4 },
        { $gte: 12 },
      ];
      for (const condition of conditions) {
        const ability = abilityWith(condition);
        const expected = people
          .filter((person) =>
            ability.can(
              'read',
              subject('Employee', { anonymitySetSize: referenceSize(people, person) }) as never,
            ),
          )
          .map((person) => person.id);
        expect({ condition, ids: selected(db, ability) }).toEqual({ condition, ids: expected });
      }
      db.close();
    },
  );

  it('refuses comparisons it cannot answer from large sets alone', () => {
    const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
    builder.can('read', 'Employee', { anonymitySetSize: { $lt: 5 } } as never);
    expect(() =>
      rulesToSql(builder.build(), 'read', 'Employee', undefined, {
        anonymitySetSize: anonymitySetSql('e.id'),
      }),
    ).toThrow(/only \$gte and \$gt/);
  });
});
