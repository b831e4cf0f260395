import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { PerformanceCycle } from '../../../modules/cycle/cycle.entity';
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

  const marks = async (dataSource: DataSource | EntityManager, entity: string, id: number) => {
    const [row] = await dataSource.query(
      'SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entityId = ?',
      [entity, String(id)],
    );
    return Number(row.n);
  };
  const mark = (dataSource: DataSource | EntityManager, entity: string, id: number) =>
    dataSource.query(
      'INSERT INTO audit_log (action, entity, entityId, createdAt) VALUES (?, ?, ?, NOW(3))',
      ['test.mark', entity, String(id)],
    );

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
    expect(await marks(first, 'only-one', id)).toBe(1);
  });

  test('a shared hold committed on one node first: the exclusive lock on the other reruns and counts its write', async () => {
    const id = await sharedCycle(2042);
    const bothLocked = barrier(2);
    let held!: () => void;
    const holderCommitted = new Promise<void>((resolve) => (held = resolve));
    const holder = runTransaction(first, async (manager) => {
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
    expect(await marks(first, 'holders', id)).toBe(2);
  });
});
