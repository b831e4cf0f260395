import { QueryFailedError } from 'typeorm';
import { DRIVERS, openTestDatabase, type TestDatabase } from '../../../testing/databases';
import { queryNamed } from '../named-sql';

describe.each(DRIVERS)('queryNamed on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  }, 60_000);
  afterAll(() => db?.close());

  const one = async (sql: string, params: Record<string, unknown>) => {
    const [row] = await queryNamed<{ value: number | string | null }>(db.dataSource, sql, params);
    return row.value === null ? null : Number(row.value);
  };

  it.each([
    ['a named value', 'SELECT :a + 1 AS value', { a: 41 }, 42],
    ['the same name twice', 'SELECT :a * :a AS value', { a: 7 }, 49],
    [
      'a list spread over IN',
      'SELECT CASE WHEN 3 IN (:...ids) THEN 1 ELSE 0 END AS value',
      { ids: [1, 2, 3] },
      1,
    ],
    [
      'a list that lacks the value',
      'SELECT CASE WHEN 4 IN (:...ids) THEN 1 ELSE 0 END AS value',
      { ids: [1, 2, 3] },
      0,
    ],
    [
      'a string, bound and never inlined',
      "SELECT CASE WHEN :text = 'x'' OR 1=1 --' THEN 1 ELSE 0 END AS value",
      { text: "x' OR 1=1 --" },
      1,
    ],
    ['a boolean', 'SELECT CASE WHEN :yes THEN 1 ELSE 0 END AS value', { yes: true }, 1],
    ['no parameters', 'SELECT 5 AS value', {}, 5],
  ])('binds %s', async (_case, sql, params, expected) => {
    expect(await one(sql, params)).toBe(expected);
  });

  it('runs inside a transaction on its manager', async () => {
    const seen = await db.dataSource.transaction((manager) =>
      queryNamed<{ value: number | string }>(manager, 'SELECT :n AS value', { n: 3 }),
    );
    expect(Number(seen[0].value)).toBe(3);
  });

  it('reads on the transaction’s own connection: its uncommitted rows, which others do not see', async () => {
    await db.dataSource.query('CREATE TABLE named_sql_probe (id INT PRIMARY KEY)');
    const count = 'SELECT COUNT(*) AS value FROM named_sql_probe WHERE id >= :from';
    const seen = await db.dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO named_sql_probe (id) VALUES (1)');
      const inside = await queryNamed<{ value: number | string }>(manager, count, { from: 1 });
      // SQLite has one connection (a read outside would wait for the transaction): MariaDB only.
      const outside =
        kind === 'mysql'
          ? await queryNamed<{ value: number | string }>(db.dataSource, count, { from: 1 })
          : [{ value: 0 }];
      return [Number(inside[0].value), Number(outside[0].value)];
    });
    expect(seen).toEqual([1, 0]);
    expect(await one(count, { from: 1 })).toBe(1);
    await db.dataSource.query('DROP TABLE named_sql_probe');
  });

  it('logs every statement and fails as TypeORM does, with the driver’s error', async () => {
    db.queries.reset();
    await one('SELECT :a AS value', { a: 1 });
    await db.dataSource.transaction((manager) => queryNamed(manager, 'SELECT 1 AS value', {}));
    expect(db.queries.statements.filter((sql) => sql.includes('AS value'))).toHaveLength(2);
    const failure = await queryNamed(db.dataSource, 'SELECT * FROM no_such_table WHERE id = :id', {
      id: 1,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError).query).toContain('no_such_table');
    expect((failure as QueryFailedError & { driverError: unknown }).driverError).toBeDefined();
  });
});
