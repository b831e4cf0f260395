/**
 * A MariaDB Galera cluster on loopback ports in a folder of its own, as `shared/ops/galera.md`
 * describes: node 1 bootstraps, the joiners start from empty data directories owned by `nobody`
 * (the rsync state transfer drops to it when run as root). Used by `npm run cluster:test` and by
 * the two-node certification test (`npm run test:galera`). Ports from `base`: SQL base+n, gcomm
 * base+1150+n, IST base+1160+n, SST base+1170+n.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';

export const MARIADBD = '/usr/sbin/mariadbd';
export const GALERA = '/usr/lib/galera/libgalera_smm.so';

/** Whether this machine can run a cluster (MariaDB with galera-4). */
export const galeraInstalled = () => fs.existsSync(MARIADBD) && fs.existsSync(GALERA);

// ---------------------------------------------------------------------------------------------
// Processes: everything started is remembered and stopped by PID.

/** Everything started, remembered so that it is stopped by PID. */
export const started = new Set<ChildProcess>();

export function startProcess(
  command: string,
  args: string[],
  logFile: string,
  env: NodeJS.ProcessEnv = process.env,
) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { stdio: ['ignore', out, out], env });
  fs.closeSync(out);
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

export async function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  waitMs = 30_000,
) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
}

export async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

// ---------------------------------------------------------------------------------------------
// The cluster.

export interface Node {
  index: number;
  port: number;
  dataDir: string;
  cnf: string;
  process?: ChildProcess;
}

export function writeNodeConfig(dir: string, base: number, index: number, size = 3): Node {
  const port = base + index;
  const gcomm = Array.from({ length: size }, (_, n) => n + 1)
    .map((n) => `127.0.0.1:${base + 1150 + n}`)
    .join(',');
  const dataDir = path.join(dir, `d${index}`);
  const cnf = path.join(dir, `n${index}.cnf`);
  const asRoot = process.getuid?.() === 0;
  fs.writeFileSync(
    cnf,
    [
      '[mysqld]',
      `datadir=${dataDir}`,
      `port=${port}`,
      `socket=${path.join(dir, `n${index}.sock`)}`,
      `pid-file=${path.join(dir, `n${index}.pid`)}`,
      'bind-address=127.0.0.1',
      ...(asRoot ? ['user=root'] : []),
      'binlog_format=ROW',
      'default_storage_engine=InnoDB',
      'innodb_autoinc_lock_mode=2',
      'innodb_buffer_pool_size=64M',
      'innodb_flush_log_at_trx_commit=2',
      'max_connections=200',
      'wsrep_on=ON',
      `wsrep_provider=${GALERA}`,
      'wsrep_cluster_name=kinerja_cluster_test',
      `wsrep_cluster_address=gcomm://${gcomm}`,
      'wsrep_node_address=127.0.0.1',
      `wsrep_node_name=node${index}`,
      `wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${base + 1150 + index};ist.recv_addr=127.0.0.1:${base + 1160 + index};base_port=${base + 1150 + index}"`,
      'wsrep_sst_method=rsync',
      `wsrep_sst_receive_address=127.0.0.1:${base + 1170 + index}`,
      '',
    ].join('\n'),
  );
  return { index, port, dataDir, cnf };
}

/** An empty data directory the rsync SST (which drops to `nobody` as root) may write into. */
export function emptyJoinerDir(node: Node) {
  fs.rmSync(node.dataDir, { recursive: true, force: true });
  fs.mkdirSync(node.dataDir, { mode: 0o755 });
  if (process.getuid?.() === 0) execFileSync('chown', ['nobody:nogroup', node.dataDir]);
}

export async function sql(port: number, database?: string): Promise<Connection> {
  return createConnection({
    host: '127.0.0.1',
    port,
    user: 'root',
    database,
    connectTimeout: 3000,
  });
}

export async function wsrepStatus(port: number): Promise<{ state: string; size: number } | null> {
  try {
    const connection = await sql(port);
    try {
      const [rows] = await connection.query<RowDataPacket[]>(
        "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment','wsrep_cluster_size')",
      );
      const status = Object.fromEntries(
        rows.map((row) => [row.Variable_name as string, String(row.Value)]),
      );
      return { state: status.wsrep_local_state_comment, size: Number(status.wsrep_cluster_size) };
    } finally {
      await connection.end();
    }
  } catch {
    return null;
  }
}

export async function waitSynced(node: Node, size: number, timeoutMs = 180_000): Promise<number> {
  const since = Date.now();
  while (Date.now() - since < timeoutMs) {
    const status = await wsrepStatus(node.port);
    if (status?.state === 'Synced' && status.size >= size) return Date.now() - since;
    if (node.process && node.process.exitCode !== null)
      throw new Error(`node ${node.index} exited with ${node.process.exitCode}; see its log`);
    await sleep(500);
  }
  throw new Error(
    `node ${node.index} did not reach Synced with ${size} members in ${timeoutMs} ms`,
  );
}

export function startNode(dir: string, node: Node, bootstrap = false) {
  node.process = startProcess(
    MARIADBD,
    [`--defaults-file=${node.cnf}`, ...(bootstrap ? ['--wsrep-new-cluster'] : [])],
    path.join(dir, `node${node.index}.log`),
  );
}

/**
 * `size` nodes configured in `dir`, node 1 bootstrapped and every joiner synced from an empty data
 * directory (a full state transfer). Stop them with `stopProcess`, joiners first.
 */
export async function startCluster(dir: string, base: number, size: number): Promise<Node[]> {
  const nodes = Array.from({ length: size }, (_, n) => writeNodeConfig(dir, base, n + 1, size));
  fs.mkdirSync(nodes[0].dataDir);
  execFileSync(
    'mariadb-install-db',
    [
      `--defaults-file=${nodes[0].cnf}`,
      ...(process.getuid?.() === 0 ? ['--user=root'] : []),
      '--auth-root-authentication-method=normal',
    ],
    { stdio: 'ignore' },
  );
  startNode(dir, nodes[0], true);
  await waitSynced(nodes[0], 1);
  for (const node of nodes.slice(1)) {
    emptyJoinerDir(node);
    startNode(dir, node);
    await waitSynced(node, node.index);
  }
  return nodes;
}

/** The ports a cluster of `size` nodes from `base` listens on. */
export const clusterPorts = (base: number, size: number) =>
  Array.from({ length: size }, (_, n) => n + 1).flatMap((n) => [
    base + n,
    base + 1150 + n,
    base + 1160 + n,
    base + 1170 + n,
  ]);
