import { DRIVERS, openTestDatabase, type TestDatabase } from '../../../testing/databases';
import { QueryFailedError } from 'typeorm';
import { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';
import { bindNamedMysql, type MysqlPool, queryNamed, queryPooled } from '../named-sql';

describe('bindNamedMysql', () => {
  // TypeORM's own binding, run without a connection: what the planned binding must equal.
  const typeorm = (sql: string, params: Record<string, unknown>) =>
    MysqlDriver.prototype.escapeQueryWithParameters.call(
      { createParameter: () => '?' } as unknown as MysqlDriver,
      sql,
      params,
    );
  const now = new Date('2026-12-05T00:00:00Z');

  it.each<[string, string, Record<string, unknown>]>([
    ['one value', 'SELECT :a AS value', { a: 1 }],
    ['a name twice, another between', 'SELECT :a, :b, :a', { a: 1, b: 'x' }],
    [
      'a list, then a value',
      'WHERE id IN (:...ids) AND cycleId = :cycle',
      { ids: [3, 1, 2], cycle: 4 },
    ],
    ['a list of one', 'WHERE id IN (:...ids)', { ids: [7] }],
    ['a name the parameters lack stays', 'SELECT :a, :missing, :...absent', { a: 1 }],
    ['no parameters at all: nothing replaced', 'SELECT :a', {}],
    ['dotted names', 'WHERE x = :scope.id AND y = :scope', { 'scope.id': 1, scope: 2 }],
    ['a function inlines its text', 'SELECT :fn, :a', { fn: () => 'NOW()', a: null }],
    [
      'dates, booleans and nulls as values',
      'SELECT :at, :yes, :none',
      { at: now, yes: true, none: null },
    ],
    [
      'colons in text and time literals',
      "SELECT '10:30', a::text, ':a' FROM t WHERE b = :a",
      { a: 5, 30: 'x' },
    ],
    ['parameters touching text', 'SELECT (:a),:b,x=:a:b', { a: 1, b: 2 }],
    ['no placeholder in the text', 'SELECT 1', { a: 1 }],
  ])('binds %s as TypeORM does', (_case, sql, params) => {
    // Twice: the first call plans the text, the second reuses the plan.
    expect(bindNamedMysql(sql, params)).toEqual(typeorm(sql, params));
    expect(bindNamedMysql(sql, params)).toEqual(typeorm(sql, params));
  });

  it('follows the parameters of each call, not those the text was first bound with', () => {
    const sql = 'WHERE a IN (:...ids) AND b = :b';
    expect(bindNamedMysql(sql, { ids: [1, 2], b: 3 })).toEqual([
      'WHERE a IN (?, ?) AND b = ?',
      [1, 2, 3],
    ]);
    expect(bindNamedMysql(sql, { ids: [4, 5, 6] })).toEqual([
      'WHERE a IN (?, ?, ?) AND b = :b',
      [4, 5, 6],
    ]);
  });
});

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

  it('reads a transaction’s own uncommitted rows through its manager', async () => {
    const probe = `probe-${kind}`;
    const count = async (source: Parameters<typeof queryNamed>[0]) => {
      const [row] = await queryNamed<{ value: number | string }>(
        source,
        'SELECT COUNT(*) AS value FROM migrations WHERE name = :probe',
        { probe },
      );
      return Number(row.value);
    };
    // The transaction counts its own insert, then throws to roll it back.
    const inside = await db.dataSource
      .transaction(async (manager) => {
        await manager.query(`INSERT INTO migrations (timestamp, name) VALUES (1, '${probe}')`);
        throw Object.assign(new Error('roll back'), { seen: await count(manager) });
      })
      .catch((error: Error & { seen?: number }) => error.seen);
    expect(inside).toBe(1);
    expect(await count(db.dataSource)).toBe(0);
  });

  it('runs a statement of a manager outside a transaction as its data source does', async () => {
    const runners = jest.spyOn(db.dataSource, 'createQueryRunner');
    try {
      await queryNamed(db.dataSource, 'SELECT :a AS value', { a: 1 });
      const bySource = runners.mock.calls.length;
      await queryNamed(db.dataSource.manager, 'SELECT :a AS value', { a: 1 });
      // On MySQL/MariaDB neither builds a query runner: both go straight to the pool.
      expect(runners.mock.calls.length - bySource).toBe(bySource);
      if (kind === 'mysql') expect(bySource).toBe(0);
    } finally {
      runners.mockRestore();
    }
  });

  // On MySQL/MariaDB a statement outside a transaction goes straight to the driver's pool.
  it('shows every statement to the data source’s logger, with its bound text', async () => {
    db.queries.reset();
    await queryNamed(db.dataSource, 'SELECT :a AS value', { a: 1 });
    await queryNamed(db.dataSource, 'SELECT :b AS value', { b: 2 });
    expect(db.queries.count).toBe(2);
    expect(db.queries.statements.every((sql) => !sql.includes(':'))).toBe(true);
  });

  it('rejects a failing statement with TypeORM’s QueryFailedError and the driver’s error', async () => {
    const failure = await queryNamed(db.dataSource, 'SELECT missing FROM no_such_table', {}).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError).query).toContain('no_such_table');
    expect((failure as QueryFailedError).driverError).toBeDefined();
  });

  it('reads whole rows alike through the pool and through TypeORM', async () => {
    const sql =
      'SELECT id, name, migration_name FROM (SELECT 1 AS id, :name AS name, :m AS migration_name) t';
    const params = { name: 'Gayungan', m: 'x' };
    const direct = await queryNamed(db.dataSource, sql, params);
    const [text, values] = db.dataSource.driver.escapeQueryWithParameters(sql, params);
    expect(direct).toEqual(await db.dataSource.query(text, values));
  });

  it('returns every connection it takes to the pool, after a failure too', async () => {
    // Three times the pool's ten connections, one after the other and then all at once: a
    // connection kept after its statement would leave the last ones waiting for ever.
    for (let index = 0; index < 30; index += 1) {
      const failing = index % 3 === 0;
      const outcome = queryNamed(
        db.dataSource,
        failing ? 'SELECT nope FROM nowhere' : 'SELECT :i AS value',
        {
          i: index,
        },
      );
      await (failing ? expect(outcome).rejects.toBeInstanceOf(QueryFailedError) : outcome);
    }
    const all = await Promise.all(
      Array.from({ length: 30 }, (_, index) => one('SELECT :i AS value', { i: index })),
    );
    expect(all).toEqual(Array.from({ length: 30 }, (_, index) => index));
  });

  if (kind === 'mysql')
    it('takes a pooled connection for each statement, never mysql2’s Pool.query', async () => {
      // mysql2's Pool.query keeps what a statement returned alive through young-generation
      // collections (see `queryPooled`).
      const pool = (db.dataSource.driver as MysqlDriver).pool as {
        query: (...args: unknown[]) => unknown;
        getConnection: (...args: unknown[]) => unknown;
      };
      const viaQuery = jest.spyOn(pool, 'query');
      const viaConnection = jest.spyOn(pool, 'getConnection');
      try {
        expect(await one('SELECT :a AS value', { a: 8 })).toBe(8);
        expect(viaQuery).not.toHaveBeenCalled();
        expect(viaConnection).toHaveBeenCalledTimes(1);
      } finally {
        viaQuery.mockRestore();
        viaConnection.mockRestore();
      }
    });
});

describe('queryPooled', () => {
  type Outcome = 'released' | 'destroyed';
  /** A pool whose one connection answers `error` (or a row), recording what became of it. */
  const poolAnswering = (error: (Error & { errno?: number }) | null) => {
    const fate: Outcome[] = [];
    const pool: MysqlPool = {
      getConnection: (callback) =>
        callback(null, {
          query: (_sql, _values, done) => done(error, error ? undefined : [{ value: 1 }]),
          release: () => fate.push('released'),
          destroy: () => fate.push('destroyed'),
        }),
    };
    return { pool, fate };
  };
  const failure = (errno?: number) => Object.assign(new Error(`errno ${errno}`), { errno });

  it.each<[string, Outcome, (Error & { errno?: number }) | null]>([
    ['a statement that succeeds', 'released', null],
    ['an ordinary failure (unknown column)', 'released', failure(1054)],
    ['a failure without an errno', 'released', failure(undefined)],
    ['ER_OPTION_PREVENTS_STATEMENT (a read-only node)', 'destroyed', failure(1290)],
    ['ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION', 'destroyed', failure(1792)],
    ['ER_READ_ONLY_MODE', 'destroyed', failure(1836)],
  ])('after %s, the connection is %s', async (_case, expected, error) => {
    const { pool, fate } = poolAnswering(error);
    const result = queryPooled(pool, 'SELECT 1', []);
    if (error) await expect(result).rejects.toBe(error);
    else await expect(result).resolves.toEqual([{ value: 1 }]);
    expect(fate).toEqual([expected]);
  });

  it('releases the connection and rejects when the statement cannot even be sent', async () => {
    const unformattable = new TypeError('cannot format the values');
    const fate: Outcome[] = [];
    const pool: MysqlPool = {
      getConnection: (callback) =>
        callback(null, {
          query: () => {
            throw unformattable;
          },
          release: () => fate.push('released'),
          destroy: () => fate.push('destroyed'),
        }),
    };
    await expect(queryPooled(pool, 'SELECT ?', [Symbol('x')])).rejects.toBe(unformattable);
    expect(fate).toEqual(['released']);
  });

  it('rejects with the pool’s error when no connection can be had', async () => {
    const refused = new Error('connect ECONNREFUSED');
    const pool: MysqlPool = { getConnection: (callback) => callback(refused, undefined as never) };
    await expect(queryPooled(pool, 'SELECT 1', [])).rejects.toBe(refused);
  });
});
