import { type ReplayablePool, StatementReplay } from '../bench-replay';

/** A pool whose one connection answers from a table and counts what reaches it. */
function fakePool(table: Record<string, unknown[]>) {
  const reached: string[] = [];
  const released: string[] = [];
  const connection = {
    query(
      sql: string | { sql: string },
      values: unknown,
      done: (e: Error | null, r?: unknown) => void,
    ) {
      const text = typeof sql === 'string' ? sql : sql.sql;
      reached.push(`${text} ${JSON.stringify(values)}`);
      setImmediate(() =>
        text in table ? done(null, table[text]) : done(new Error(`no table ${text}`)),
      );
    },
    release: () => released.push('release'),
    destroy: () => released.push('destroy'),
  };
  const pool: ReplayablePool = { getConnection: (callback) => callback(null, connection) };
  return { pool, reached, released };
}

const query = (pool: ReplayablePool, sql: string, values: unknown[]) =>
  new Promise<unknown>((resolve, reject) =>
    pool.getConnection((error, connection) => {
      if (error) return reject(error);
      connection.query(sql, values, (queryError, rows) => {
        connection.release();
        if (queryError) reject(queryError);
        else resolve(rows);
      });
    }),
  );

describe('StatementReplay', () => {
  it('keeps what each statement returned and answers it again without the pool', async () => {
    const { pool, reached, released } = fakePool({ 'SELECT a': [{ a: 1 }], 'SELECT b': [] });
    const replay = new StatementReplay(pool);
    expect(await query(pool, 'SELECT a', [1])).toEqual([{ a: 1 }]);
    expect(await query(pool, 'SELECT b', [])).toEqual([]);
    expect(replay.statements).toBe(2);
    replay.replay();
    expect(await query(pool, 'SELECT a', [1])).toEqual([{ a: 1 }]);
    expect(await query(pool, 'SELECT b', [])).toEqual([]);
    // Nothing more reached the database, and its connection was handed back each time.
    expect(reached).toEqual(['SELECT a [1]', 'SELECT b []']);
    expect(released).toEqual(['release', 'release']);
  });

  it('refuses a statement, or the same one with other values, that was never recorded', async () => {
    const { pool } = fakePool({ 'SELECT a': [{ a: 1 }] });
    const replay = new StatementReplay(pool);
    await query(pool, 'SELECT a', [1]);
    replay.replay();
    await expect(query(pool, 'SELECT a', [2])).rejects.toThrow(/Not recorded: SELECT a/);
    await expect(query(pool, 'SELECT c', [])).rejects.toThrow(/Not recorded: SELECT c/);
  });

  it('answers a turn of the event loop later, as a socket read would', async () => {
    const { pool } = fakePool({ 'SELECT a': [{ a: 1 }] });
    const replay = new StatementReplay(pool);
    await query(pool, 'SELECT a', []);
    replay.replay();
    const order: string[] = [];
    const answered = query(pool, 'SELECT a', []).then(() => order.push('answer'));
    void Promise.resolve().then(() => order.push('microtask'));
    await answered;
    expect(order).toEqual(['microtask', 'answer']);
  });

  it('gives the pool back', async () => {
    const { pool, reached } = fakePool({ 'SELECT a': [{ a: 1 }] });
    const replay = new StatementReplay(pool);
    await query(pool, 'SELECT a', []);
    replay.replay();
    replay.restore();
    await query(pool, 'SELECT a', []);
    expect(reached).toHaveLength(2);
  });
});
