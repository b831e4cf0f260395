import { PerformanceCycle } from '../../../modules/cycle/cycle.entity';
import { DRIVERS, openTestDatabase, type TestDatabase } from '../../../testing/databases';
import { RowClaim, RowClaimHold } from '../row-claim.entity';
import { claimRows, lockedRow } from '../row-lock';
import { onTransactionRetry, runTransaction } from '../transaction';

/**
 * What Galera certifies of a lock (row-claim.entity.ts): the claims each lock writes. Two nodes
 * certifying them against each other is `npm run test:galera` (galera.test.ts).
 */
describe.each(DRIVERS)('lockedRow and claimRows on %s', (kind) => {
  let db: TestDatabase;
  let cycles: number[];
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const saved = await db.dataSource
      .getRepository(PerformanceCycle)
      .save([{ year: 2031 }, { year: 2032 }, { year: 2033 }]);
    cycles = saved.map((cycle) => cycle.id);
  });
  afterAll(() => db.close());

  const claims = async () =>
    (await db.dataSource.getRepository(RowClaim).find({ order: { rowId: 'ASC' } })).map(
      ({ tableName, rowId, claims: count }) => [tableName, rowId, count],
    );

  test('an exclusive lock returns the row and, on MariaDB, counts up its claim each time', async () => {
    for (const _ of [1, 2]) {
      const cycle = await runTransaction(db.dataSource, (manager) =>
        lockedRow(manager, PerformanceCycle, cycles[0]),
      );
      expect(cycle?.year).toBe(2031);
    }
    expect(await claims()).toEqual(kind === 'mysql' ? [['performance_cycle', cycles[0], 2]] : []);
  });

  test('a shared lock leaves its claim uncounted and no hold behind', async () => {
    const cycle = await runTransaction(db.dataSource, (manager) =>
      lockedRow(manager, PerformanceCycle, cycles[1], 'share'),
    );
    expect(cycle?.year).toBe(2032);
    expect((await claims()).filter(([, rowId]) => rowId === cycles[1])).toEqual(
      kind === 'mysql' ? [['performance_cycle', cycles[1], 0]] : [],
    );
    expect(await db.dataSource.getRepository(RowClaimHold).count()).toBe(0);
  });

  test('a missing row is neither returned nor claimed', async () => {
    const before = await claims();
    const missing = await runTransaction(db.dataSource, (manager) =>
      lockedRow(manager, PerformanceCycle, 999_999),
    );
    expect(missing).toBeNull();
    expect(await claims()).toEqual(before);
  });

  test('claimRows claims several rows at once, and nothing for no rows', async () => {
    await runTransaction(db.dataSource, async (manager) => {
      await claimRows(manager, PerformanceCycle, [cycles[1], cycles[2]]);
      await claimRows(manager, PerformanceCycle, []);
    });
    expect((await claims()).filter(([, rowId]) => rowId !== cycles[0])).toEqual(
      kind === 'mysql'
        ? [
            ['performance_cycle', cycles[1], 1],
            ['performance_cycle', cycles[2], 1],
          ]
        : [],
    );
  });

  test('a claim rolled back with its transaction is not counted', async () => {
    const before = await claims();
    await expect(
      runTransaction(db.dataSource, async (manager) => {
        await lockedRow(manager, PerformanceCycle, cycles[2]);
        throw new Error('refused after the lock');
      }),
    ).rejects.toThrow('refused after the lock');
    expect(await claims()).toEqual(before);
  });

  test('first claims of neighbouring rows in concurrent transactions neither wait for nor deadlock with each other', async () => {
    const fresh = (
      await db.dataSource
        .getRepository(PerformanceCycle)
        .save([{ year: 2034 }, { year: 2035 }, { year: 2036 }, { year: 2037 }])
    ).map((cycle) => cycle.id);
    const retries: unknown[] = [];
    const stop = onTransactionRetry((error) => retries.push(error));
    try {
      // Each transaction's statements interleave with the other's; a claim deleted before it
      // exists would lock the gap both new rows go into, and the two inserts would deadlock.
      await Promise.all(
        [fresh.slice(0, 2), fresh.slice(2)].map((ids) =>
          runTransaction(db.dataSource, async (manager) => {
            for (const id of ids) await lockedRow(manager, PerformanceCycle, id);
          }),
        ),
      );
    } finally {
      stop();
    }
    expect(retries).toEqual([]);
    expect((await claims()).filter(([, rowId]) => fresh.includes(rowId as number))).toEqual(
      kind === 'mysql' ? fresh.map((id) => ['performance_cycle', id, 1]) : [],
    );
  });
});
