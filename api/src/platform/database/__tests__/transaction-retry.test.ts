import { DRIVERS, openTestDatabase, type TestDatabase } from '../../../testing/databases';
import { onTransactionRetry, runTransaction } from '../transaction';
import { isTransientConflict, retryDelayMs } from '../transient-failure';

describe('isTransientConflict', () => {
  test.each([
    [
      'a MariaDB deadlock victim (also a Galera certification conflict)',
      { code: 'ER_LOCK_DEADLOCK', errno: 1213 },
      true,
    ],
    ['a lock wait timeout', { code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205 }, true],
    ['errno only', { errno: 1213 }, true],
    ['wrapped by TypeORM', { driverError: { code: 'ER_LOCK_DEADLOCK' } }, true],
    ['SQLite busy', { code: 'SQLITE_BUSY' }, true],
    ['a duplicate key', { code: 'ER_DUP_ENTRY', errno: 1062 }, false],
    ['a lost connection', { code: 'PROTOCOL_CONNECTION_LOST' }, false],
    ['a domain error', new Error('PLAN_FROZEN'), false],
    ['nothing', undefined, false],
  ])('%s → %s', (_case, error, expected) => {
    expect(isTransientConflict(error)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  test.each([
    [1, 0, 10],
    [1, 1, 20],
    [2, 0, 20],
    [3, 0.5, 60],
  ])('retry %i with random %f waits %i ms', (retry, random, expected) => {
    expect(retryDelayMs({ attempts: 5, baseDelayMs: 20 }, retry, () => random)).toBe(expected);
  });
});

describe('runTransaction', () => {
  const conflict = Object.assign(new Error('Deadlock found'), { code: 'ER_LOCK_DEADLOCK' });

  test.each(DRIVERS)(
    'on %s retries the whole transaction after a conflict, up to its bound',
    async (kind) => {
      const db = await openTestDatabase(kind);
      try {
        let runs = 0;
        const result = await runTransaction(db.dataSource, async () => {
          runs += 1;
          if (runs < 3) throw conflict;
          return 'written';
        });
        expect({ result, runs }).toEqual({ result: 'written', runs: 3 });

        runs = 0;
        const bounded = runTransaction(
          db.dataSource,
          async () => {
            runs += 1;
            throw conflict;
          },
          { attempts: 4, baseDelayMs: 1 },
        );
        await expect(bounded).rejects.toBe(conflict);
        expect(runs).toBe(4);

        runs = 0;
        const notTransient = new Error('bad input');
        await expect(
          runTransaction(db.dataSource, async () => {
            runs += 1;
            throw notTransient;
          }),
        ).rejects.toBe(notTransient);
        expect(runs).toBe(1);
      } finally {
        await db.close();
      }
    },
  );
});

const onMysql = DRIVERS.includes('mysql') ? describe : describe.skip;

onMysql('a real deadlock on MariaDB', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('mysql');
    await db.dataSource.query(
      'CREATE TABLE deadlock_probe (id INT PRIMARY KEY, hits INT NOT NULL) ENGINE=InnoDB',
    );
    await db.dataSource.query('INSERT INTO deadlock_probe VALUES (1, 0), (2, 0)');
  });
  afterAll(() => db.close());

  test('two transactions locking rows in opposite order: the victim retries and both commit once', async () => {
    let firstLocks = 0;
    let release!: () => void;
    const bothHoldTheirFirstRow = new Promise<void>((resolve) => (release = resolve));
    const retries: unknown[] = [];
    const stopListening = onTransactionRetry((error) => retries.push(error));
    const runs = { up: 0, down: 0 };

    const lockInOrder = (name: 'up' | 'down', first: number, second: number) =>
      runTransaction(db.dataSource, async (manager) => {
        runs[name] += 1;
        await manager.query('UPDATE deadlock_probe SET hits = hits + 1 WHERE id = ?', [first]);
        if (runs[name] === 1) {
          firstLocks += 1;
          if (firstLocks === 2) release();
          await bothHoldTheirFirstRow;
        }
        await manager.query('UPDATE deadlock_probe SET hits = hits + 1 WHERE id = ?', [second]);
        return name;
      });

    try {
      await expect(
        Promise.all([lockInOrder('up', 1, 2), lockInOrder('down', 2, 1)]),
      ).resolves.toEqual(['up', 'down']);
    } finally {
      stopListening();
    }
    // InnoDB chose one victim; it ran twice, and its first run left no trace.
    expect(retries).toHaveLength(1);
    expect(isTransientConflict(retries[0])).toBe(true);
    expect(runs.up + runs.down).toBe(3);
    const rows: { id: number; hits: number }[] = await db.dataSource.query(
      'SELECT id, hits FROM deadlock_probe ORDER BY id',
    );
    expect(rows.map((row) => Number(row.hits))).toEqual([2, 2]);
  });
});
