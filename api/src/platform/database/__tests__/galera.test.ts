import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { PerformanceCycle } from '../../../modules/cycle/cycle.entity';
import { CycleStatus } from '../../../modules/cycle/cycle.enums';
import { createDataSource, openDatabase } from '../../../data-source';
import {
  clusterPorts,
  galeraInstalled,
  type Node,
  portFree,
  sql,
  startCluster,
  stopProcess,
} from '../../../testing/galera-cluster';
import { lockedRow } from '../row-lock';
import { onTransactionRetry, runTransaction } from '../transaction';

/**
 * Locks across two nodes of a real Galera cluster, where every node takes writes (DESIGN §7) and
 * row locks hold only on the node that took them: what `lockedRow` claims (row-claim.entity.ts) is
 * what keeps a check-then-write from passing on two nodes at once. Each scenario lets both
 * transactions take their locks and make their checks before either writes. Runs wherever
 * MariaDB's galera-4 is installed (CI installs it with MariaDB); two nodes start in about 20 s.
 */
const run = galeraInstalled() ? describe : describe.skip;
jest.setTimeout(240_000);

/** Resolves once `count` callers have arrived. */
function barrier(count: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === count) open();
    return opened;
  };
}

run('row locks on a two-node Galera cluster', () => {
  let dir: string;
  let nodes: Node[] = [];
  let first: DataSource;
  let second: DataSource;
  const retries: string[] = [];
  let stopListening: () => void;

  // A killed test run must not leave the nodes running.
  const killNodes = () => nodes.forEach((node) => node.process?.kill('SIGKILL'));
  process.once('exit', killNodes);

  beforeAll(async () => {
    let base = Number(process.env.GALERA_TEST_PORT_BASE || 3620);
    for (;;) {
      const free = await Promise.all(clusterPorts(base, 2).map(portFree));
      if (free.every(Boolean)) break;
      base += 10;
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-galera-test-'));
    fs.chmodSync(dir, 0o755);
    nodes = await startCluster(dir, base, 2);
    const admin = await sql(nodes[0].port);
    await admin.query('CREATE DATABASE kinerja CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await admin.end();
    const url = (node: Node) => `mysql://root@127.0.0.1:${node.port}/kinerja`;
    first = await openDatabase(url(nodes[0]));
    second = await createDataSource(url(nodes[1]));
    await second.initialize();
    stopListening = onTransactionRetry((error) => retries.push(String(error)));
  });

  afterAll(async () => {
    process.removeListener('exit', killNodes);
    stopListening?.();
    await first?.destroy();
    await second?.destroy();
    for (const node of [...nodes].reverse())
      if (node.process) await stopProcess(node.process, 'SIGTERM', 60_000);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => retries.splice(0));

  /** A cycle both nodes see, locked once before (as any cycle in use: its claim row exists). */
  async function sharedCycle(year: number) {
    const { id } = await first.getRepository(PerformanceCycle).save({ year });
    await runTransaction(first, (manager) => lockedRow(manager, PerformanceCycle, id));
    // `wsrep_sync_wait`: the read waits until the second node has applied what the first committed.
    const [row] = await second.query(
      'SET STATEMENT wsrep_sync_wait = 1 FOR SELECT COUNT(*) AS n FROM performance_cycle WHERE id = ?',
      [id],
    );
    expect(Number(row.n)).toBe(1);
    return id;
  }

  /** Marks the node has; `caughtUp`: once it has applied every write committed before. */
  const marks = async (
    dataSource: DataSource | EntityManager,
    entity: string,
    id: number,
    caughtUp = false,
  ) => {
    const [row] = await dataSource.query(
      `${caughtUp ? 'SET STATEMENT wsrep_sync_wait = 1 FOR ' : ''}SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entityId = ?`,
      [entity, String(id)],
    );
    return Number(row.n);
  };
  /** `count` marks in one statement: 4 000 of them take the other node a while to apply. */
  const mark = (dataSource: DataSource | EntityManager, entity: string, id: number, count = 1) =>
    dataSource.query(
      `INSERT INTO audit_log (action, entity, entityId, createdAt) VALUES ${Array(count)
        .fill('(?, ?, ?, NOW(3))')
        .join(', ')}`,
      Array(count)
        .fill(['test.mark', entity, String(id)])
        .flat(),
    );
  const SLOW_TO_APPLY = 4000;

  test('two exclusive locks of one row on two nodes: one check-then-write wins, the other reruns and sees it', async () => {
    const id = await sharedCycle(2041);
    const bothChecked = barrier(2);
    const checkThenWrite = (dataSource: DataSource) => {
      let attempt = 0;
      return runTransaction(dataSource, async (manager) => {
        attempt += 1;
        await lockedRow(manager, PerformanceCycle, id);
        const written = await marks(manager, 'only-one', id);
        if (attempt === 1) await bothChecked();
        if (written > 0) return 'refused';
        await mark(manager, 'only-one', id);
        return 'wrote';
      });
    };
    const outcomes = await Promise.all([checkThenWrite(first), checkThenWrite(second)]);
    expect(outcomes.sort()).toEqual(['refused', 'wrote']);
    expect(retries).toHaveLength(1);
    expect(await marks(first, 'only-one', id, true)).toBe(1);
  });

  // Certification treats a hold (a foreign key checked) and an exclusive claim as a conflict in
  // either order. With a claim written as an update it only orders them: whenever the node of the
  // later transaction is still applying the earlier one (here: the earlier one's writes start with
  // thousands of rows), both commit, the later one on a decision the earlier one made stale.
  test.each([
    ['applied at once', 0],
    ['still being applied when the exclusive lock commits', SLOW_TO_APPLY],
  ])(
    'a shared hold committed on one node first (%s): the exclusive lock on the other reruns and counts its write',
    async (_, before) => {
      const id = await sharedCycle(before ? 2044 : 2042);
      const bothLocked = barrier(2);
      let held!: () => void;
      const holderCommitted = new Promise<void>((resolve) => (held = resolve));
      const holder = runTransaction(first, async (manager) => {
        if (before) await mark(manager, 'bulk', id, before);
        await lockedRow(manager, PerformanceCycle, id, 'share');
        await bothLocked();
        await mark(manager, 'held', id);
      }).then(held);
      let attempt = 0;
      const closer = runTransaction(second, async (manager) => {
        attempt += 1;
        await lockedRow(manager, PerformanceCycle, id);
        if (attempt === 1) {
          await bothLocked();
          await holderCommitted;
        }
        const seen = await marks(manager, 'held', id);
        await manager.query('UPDATE performance_cycle SET status = ? WHERE id = ?', ['CLOSED', id]);
        return seen;
      });
      await holder;
      // Without the claims the close commits having counted nothing (its check ran before the
      // holder's write reached its node): the stale decision this prevents.
      expect(await closer).toBe(1);
      expect(retries).toHaveLength(1);
    },
  );

  test('an exclusive lock committed on one node first, still being applied on the other: the shared hold there reruns and sees the change', async () => {
    const id = await sharedCycle(2045);
    const bothLocked = barrier(2);
    let closed!: () => void;
    const closerCommitted = new Promise<void>((resolve) => (closed = resolve));
    const closer = runTransaction(second, async (manager) => {
      await mark(manager, 'bulk', id, SLOW_TO_APPLY);
      await lockedRow(manager, PerformanceCycle, id);
      await bothLocked();
      await manager.query('UPDATE performance_cycle SET status = ? WHERE id = ?', ['CLOSED', id]);
    }).then(closed);
    let attempt = 0;
    const holder = runTransaction(first, async (manager) => {
      attempt += 1;
      const cycle = await lockedRow(manager, PerformanceCycle, id, 'share');
      if (attempt === 1) {
        await bothLocked();
        await closerCommitted;
      }
      if (cycle?.status !== CycleStatus.CLOSED) await mark(manager, 'late', id);
      return cycle?.status;
    });
    await closer;
    // Without the claims the holder commits a write to the cycle the other node closed.
    expect(await holder).toBe(CycleStatus.CLOSED);
    expect(await marks(first, 'late', id, true)).toBe(0);
    expect(retries).toHaveLength(1);
  });

  test('two shared holds of one row on two nodes both commit, neither rerun', async () => {
    const id = await sharedCycle(2043);
    const bothLocked = barrier(2);
    const hold = (dataSource: DataSource) =>
      runTransaction(dataSource, async (manager) => {
        await lockedRow(manager, PerformanceCycle, id, 'share');
        await bothLocked();
        await mark(manager, 'holders', id);
      });
    await Promise.all([hold(first), hold(second)]);
    expect(retries).toEqual([]);
    expect(await marks(first, 'holders', id, true)).toBe(2);
  });
});
