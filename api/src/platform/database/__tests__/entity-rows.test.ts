import { type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { Account } from '../../../modules/account/account.entity';
import { PerformanceCycle } from '../../../modules/cycle/cycle.entity';
import { Period } from '../../../modules/cycle/cycle.enums';
import { Evaluation } from '../../../modules/evaluation/evaluation.entity';
import { Rating } from '../../../modules/evaluation/evaluation.enums';
import { Employee } from '../../../modules/org/employee.entity';
import { OrgUnit } from '../../../modules/org/org-unit.entity';
import { Position } from '../../../modules/org/position.entity';
import { Indicator } from '../../../modules/plan/indicator.entity';
import { ENTITIES } from '../../../entities';
import { DRIVERS } from '../../../testing/databases';
import {
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { entitiesById, entityColumnsSql, hydrateEntity } from '../entity-rows';
import { queryNamed } from '../named-sql';

describe.each(DRIVERS)('entity rows by hand-written SQL on %s', (kind) => {
  const t = useSmallOrg(kind);

  beforeAll(async () => {
    const ds = t.db.dataSource;
    const cycleId = await createCycle(ds, 2026);
    const plan = await createApprovedPlan(ds, { employeeId: t.org.people.staffA1.id, cycleId });
    await createFinalEvaluation(ds, plan, {
      period: Period.TW1,
      resultRating: Rating.SESUAI_EKSPEKTASI,
      behaviorRating: Rating.DI_ATAS_EKSPEKTASI,
      achievement: 97.5,
    });
  });

  // Booleans, dates, timestamps, nullable columns, decimals through their transformer, enums.
  it.each([
    ['Employee', Employee],
    ['OrgUnit', OrgUnit],
    ['Position', Position],
    ['PerformanceCycle', PerformanceCycle],
    ['Evaluation', Evaluation],
    ['Indicator', Indicator],
    ['Account', Account],
  ] as [string, EntityTarget<ObjectLiteral & { id: number }>][])(
    'reads %s by id exactly as the repository does',
    async (_name, entity) => {
      const repository = t.db.dataSource.getRepository(entity);
      const all = await repository.find({ order: { id: 'ASC' } as never });
      expect(all.length).toBeGreaterThan(0);
      const ids = all.map((row) => Number(row.id));
      const read = await entitiesById(t.db.dataSource, entity, [...ids, 999_999]);
      const byId = (rows: ObjectLiteral[]) => [...rows].sort((a, b) => a.id - b.id);
      expect(byId(read)).toEqual(byId(await repository.findBy({ id: In(ids) })));
      for (const row of read) expect(row).toBeInstanceOf(repository.target as never);
    },
  );

  it('hydrates whole rows selected beside other columns under an alias', async () => {
    const ds = t.db.dataSource;
    const rows = await queryNamed<Record<string, unknown>>(
      ds,
      `SELECT ${entityColumnsSql(ds, Employee, 'member')}, 1 + 1 AS extra
         FROM employee member WHERE member.id = :id`,
      { id: t.org.people.kasiA.id },
    );
    expect(rows[0].extra).toBe(2);
    expect(hydrateEntity(ds, Employee, 'member', rows[0])).toEqual(
      await ds.getRepository(Employee).findOneByOrFail({ id: t.org.people.kasiA.id }),
    );
  });

  // Every entity of the schema, hydrated from its own table as the repository reads it: each column
  // type, transformer and default the project uses, whichever way `hydrateEntity` sets it.
  it('hydrates every entity with rows exactly as the repository reads it', async () => {
    const ds = t.db.dataSource;
    const compared: string[] = [];
    for (const entity of ENTITIES) {
      const metadata = ds.getMetadata(entity);
      const expected = await ds.getRepository(entity).find();
      if (expected.length === 0) continue;
      const rows = await queryNamed<Record<string, unknown>>(
        ds,
        `SELECT ${entityColumnsSql(ds, entity, 'x')} FROM ${ds.driver.escape(metadata.tableName)} x`,
        {},
      );
      const key = (row: ObjectLiteral) => JSON.stringify(metadata.getEntityIdMap(row));
      const inOrder = (list: ObjectLiteral[]) =>
        [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
      const hydrated = rows.map((row) => hydrateEntity(ds, entity, 'x', row));
      expect(inOrder(hydrated)).toEqual(inOrder(expected));
      for (const row of hydrated) expect(row).toBeInstanceOf(entity);
      compared.push(metadata.name);
    }
    expect(compared).toEqual(expect.arrayContaining(['Employee', 'Evaluation', 'Account']));
    expect(compared.length).toBeGreaterThanOrEqual(12);
  });

  it('reads and hydrates only a projection’s properties, and refuses a property without a column', async () => {
    const ds = t.db.dataSource;
    const projection = ['id', 'name', 'birthDate', 'active'] as const;
    const sql = entityColumnsSql(ds, Employee, 'lean', projection);
    expect(sql.match(/ AS /g)).toHaveLength(projection.length);
    const rows = await queryNamed<Record<string, unknown>>(
      ds,
      `SELECT ${sql} FROM employee lean WHERE lean.id = :id`,
      { id: t.org.people.kasiA.id },
    );
    const whole = await ds.getRepository(Employee).findOneByOrFail({ id: t.org.people.kasiA.id });
    const lean = hydrateEntity(ds, Employee, 'lean', rows[0], projection);
    expect(lean).toBeInstanceOf(Employee);
    expect({ ...lean }).toEqual({
      id: whole.id,
      name: whole.name,
      birthDate: whole.birthDate,
      active: whole.active,
    });
    // The whole shape of the same alias is another statement, not the projection's.
    expect(entityColumnsSql(ds, Employee, 'lean')).not.toBe(sql);
    expect(() => entityColumnsSql(ds, Employee, 'lean', ['id', 'unit'])).toThrow(/no column/);
  });
});
