/**
 * `npm run bench -- --http [--employees N] [--reuse] [--rounds N] [--connections N] [--duration S]
 * [--only NAME…] [--baseline PATH]`: HTTP throughput of the real server beside a bare twin.
 *
 * Seeds (or reuses) the bench database as bench.ts does, then starts the real server
 * (build/api/src/main.js, NODE_ENV=production, as deployed) and the twin (bench-twin.ts: node:http
 * + mysql2, the same per-request authentication, the bench's SQL, the same JSON) as child
 * processes on free ports, logs in once over HTTP, sends each one request with an Idempotency-Key
 * (as a process that has served submissions is), checks that both give the same answer, and
 * drives each with autocannon: `{ __typename }` with a token (the fixed cost of a request),
 * teamDashboard and performanceTrend. Targets alternate within each round (order reversed every
 * round) so drift on a shared machine hits them alike. Prints req/s (median of the rounds) and
 * real ÷ twin. `--baseline` adds another build's main.js (e.g. main's) to the same rounds.
 */
import { type ChildProcess, fork } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server';
import type { casesFor, findFixture, prepareDatabase, seedIfEmpty } from './bench';

/** What bench.ts lends: its database, seed and cases (passed in, so the two do not import each other). */
export type BenchParts = {
  prepareDatabase: typeof prepareDatabase;
  seedIfEmpty: typeof seedIfEmpty;
  findFixture: typeof findFixture;
  casesFor: typeof casesFor;
};

const USAGE =
  'Usage: npm run bench -- --http [--employees N] [--reuse] [--rounds N] [--connections N] [--duration S] [--only NAME…] [--baseline PATH/main.js]';
const DEFAULT_URL = 'mysql://root@127.0.0.1:3306/kinerja_bench';
const TYPENAME = '{ __typename }';
/** The bar of issue #19: the real server reaches at least half the twin's throughput. */
const BAR = 0.5;

export type HttpBenchOptions = {
  employees: number;
  reuse: boolean;
  rounds: number;
  connections: number;
  durationSeconds: number;
  only: string[];
  baseline: string | null;
};

export function parseHttpBenchArgs(argv: readonly string[]): HttpBenchOptions {
  const options: HttpBenchOptions = {
    employees: 50_000,
    reuse: false,
    rounds: 3,
    connections: 10,
    durationSeconds: 5,
    only: [],
    baseline: null,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split('=', 2);
    const value = () => inline ?? argv[++index] ?? '';
    const number = () => {
      const parsed = Number(value());
      if (!Number.isInteger(parsed) || parsed < 1)
        throw new Error(`${flag} needs a positive whole number. ${USAGE}`);
      return parsed;
    };
    if (flag === '--http') continue;
    else if (flag === '--employees') options.employees = number();
    else if (flag === '--reuse') options.reuse = true;
    else if (flag === '--rounds') options.rounds = number();
    else if (flag === '--connections') options.connections = number();
    else if (flag === '--duration') options.durationSeconds = number();
    else if (flag === '--only') options.only.push(value());
    else if (flag === '--baseline') options.baseline = path.resolve(value());
    else throw new Error(`Unknown argument "${argv[index]}". ${USAGE}`);
  }
  return options;
}

// ---- the servers -------------------------------------------------------------------------------

type Target = { name: string; port: number; child: ChildProcess };

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** Forks `script` with PORT set and waits until it answers HTTP (any status). */
async function start(name: string, script: string, env: NodeJS.ProcessEnv): Promise<Target> {
  const port = await freePort();
  const child = fork(script, [], {
    env: { ...env, PORT: String(port) },
    // The real server logs a JSON line per request, as deployed; nobody reads them here.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} (${script}) exited at start`);
    try {
      await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST' });
      return { name, port, child };
    } catch {
      if (Date.now() > deadline) throw new Error(`${name} did not answer within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

type Operation = { name: string; query: string; variables: Record<string, unknown> };

const bodyOf = (operation: Operation) =>
  JSON.stringify({ query: operation.query, variables: operation.variables });

async function ask(target: Target, operation: Operation, token: string) {
  const response = await fetch(`http://127.0.0.1:${target.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: bodyOf(operation),
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`${target.name} answered ${operation.name} with ${response.status}: ${text}`);
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (body.errors)
    throw new Error(`${target.name}: ${operation.name}: ${JSON.stringify(body.errors)}`);
  return { body, bytes: Buffer.byteLength(text) };
}

/** Where two answers first differ, for the report ("" when equal). */
function firstDifference(a: unknown, b: unknown, at = 'data'): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${at}.${key}`,
    );
    if (found) return found;
  }
  return `${at}: key order differs`;
}

type Sample = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** CPU the target's process spent per answered request (user + system), when /proc tells. */
  cpuMsPerRequest: number | null;
};

/**
 * CPU time a process has used, in ms (Linux /proc; null elsewhere). On a shared machine req/s
 * measures the share of CPU a server got; CPU per request measures what each answer cost.
 */
function cpuMsOf(pid: number | undefined): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
/** USER_HZ: 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

async function load(
  target: Target,
  operation: Operation,
  token: string,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<Sample> {
  const cpuBefore = cpuMsOf(target.child.pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${target.port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: bodyOf(operation),
    connections,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(
      `${target.name} ${operation.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`,
    );
  const cpuAfter = cpuMsOf(target.child.pid);
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest:
      cpuBefore === null || cpuAfter === null
        ? null
        : (cpuAfter - cpuBefore) / result.requests.total,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// ---- the run -----------------------------------------------------------------------------------

export async function runHttpBench(
  argv: readonly string[],
  { prepareDatabase, seedIfEmpty, findFixture, casesFor }: BenchParts,
): Promise<void> {
  const options = parseHttpBenchArgs(argv);
  const url = process.env.BENCH_MYSQL_URL || DEFAULT_URL;
  if (!url.startsWith('mysql://')) throw new Error('BENCH_MYSQL_URL must be a mysql:// URL');
  const dataSource = await prepareDatabase(url, options.reuse);
  const config = loadConfig({ ...process.env, NODE_ENV: undefined });
  let fixture;
  try {
    await seedIfEmpty(dataSource, options.employees);
    const server = await createServer({ dataSource, config });
    fixture = await findFixture(dataSource, server);
    await server.stop();
  } finally {
    await dataSource.destroy();
  }
  const cases = casesFor(fixture);
  const operations: Operation[] = [
    { name: TYPENAME, query: TYPENAME, variables: {} },
    ...['teamDashboard', 'performanceTrend'].map((name) => {
      const found = cases.find((run) => run.name === name)!;
      return { name, query: found.query, variables: found.variables };
    }),
  ].filter(
    (operation) =>
      options.only.length === 0 || options.only.some((name) => operation.name.startsWith(name)),
  );

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: url,
    BENCH_MYSQL_URL: url,
    JWT_SECRET: crypto.randomBytes(48).toString('base64url'),
    BENCH_TWIN_FIXTURE: JSON.stringify(fixture),
  };
  const targets: Target[] = [];
  try {
    targets.push(await start('real', path.join(__dirname, '../src/main.js'), env));
    targets.push(await start('twin', path.join(__dirname, 'bench-twin.js'), env));
    if (options.baseline) targets.push(await start('baseline', options.baseline, env));
    const [real, twin] = targets;

    // One login over HTTP, as the dashboard does; the token is good on every target.
    const login = await fetch(`http://127.0.0.1:${real.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: fixture.teamViewer.username, p: config.seedPassword },
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;

    // A deployed process has served submissions, each with an Idempotency-Key (the dashboard sends
    // one with every create). One keyed request puts each target in that state: here a refused one
    // (a key on a query is not applicable), which writes nothing but opens the key's scope.
    for (const target of targets) {
      const keyed = await fetch(`http://127.0.0.1:${target.port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'idempotency-key': 'bench-http-0001',
        },
        body: JSON.stringify({ query: TYPENAME }),
      });
      // Read to the end, so the connection is free before autocannon starts.
      await keyed.text();
    }

    console.log(
      `\nHTTP: ${options.rounds} rounds × ${options.durationSeconds} s per target and query, ${options.connections} connections, autocannon in this process.`,
    );
    console.log(
      `Viewer: ${fixture.teamViewer.username} (head of the unit above ${fixture.teamUnitName}).`,
    );
    for (const operation of operations) {
      const answers = await Promise.all(targets.map((target) => ask(target, operation, token)));
      const difference = firstDifference(answers[0].body, answers[1].body);
      console.log(
        `  ${operation.name}: real ${answers[0].bytes} B, twin ${answers[1].bytes} B; ` +
          (difference ? `answers differ at ${difference}` : 'same JSON'),
      );
    }

    const loadBefore = os.loadavg();
    const samples = new Map<string, Sample[]>();
    for (const operation of operations) {
      // Warm-up: V8 optimises, pools fill.
      for (const target of targets)
        await load(target, operation, token, { connections: options.connections, seconds: 2 });
      for (let round = 0; round < options.rounds; round += 1) {
        const order = round % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
          const key = `${operation.name}|${target.name}`;
          const sample = await load(target, operation, token, {
            connections: options.connections,
            seconds: options.durationSeconds,
          });
          samples.set(key, [...(samples.get(key) ?? []), sample]);
        }
      }
    }
    const loadAfter = os.loadavg();

    const rate = (operation: Operation, target: Target) =>
      median(samples.get(`${operation.name}|${target.name}`)!.map((s) => s.requestsPerSecond));
    const cpu = (operation: Operation, target: Target) => {
      const runs = samples.get(`${operation.name}|${target.name}`)!;
      return runs.every((s) => s.cpuMsPerRequest !== null)
        ? median(runs.map((s) => s.cpuMsPerRequest!))
        : null;
    };
    const cell = (operation: Operation, target: Target) => {
      const runs = samples.get(`${operation.name}|${target.name}`)!;
      const rates = runs.map((s) => s.requestsPerSecond);
      const perRequest = cpu(operation, target);
      return (
        `${rate(operation, target).toFixed(0)} (${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)}), ` +
        `p50 ${median(runs.map((s) => s.p50))} ms, p99 ${median(runs.map((s) => s.p99))} ms` +
        (perRequest === null ? '' : `, CPU ${perRequest.toFixed(2)} ms/req`)
      );
    };
    // "x ÷ y" by req/s, and by CPU per request (y's CPU ÷ x's: the throughput ratio on equal CPU).
    const ratios = (operation: Operation, x: Target, y: Target) => {
      const byRate = rate(operation, x) / rate(operation, y);
      const [cpuX, cpuY] = [cpu(operation, x), cpu(operation, y)];
      return { byRate, byCpu: cpuX === null || cpuY === null ? null : cpuY / cpuX };
    };
    const percent = (value: number | null) =>
      value === null ? 'n/a' : `${(value * 100).toFixed(0)} %`;
    console.log(
      `\nreq/s: median of the rounds (min–max); latency: median of the rounds' p50 / p99; CPU: the` +
        ` server process's user + system time per answered request (median of the rounds).` +
        ` Ratios by req/s, then by CPU per request.\n`,
    );
    const baseline = targets[2];
    console.log(
      `| query | real | twin | real ÷ twin |${baseline ? ' baseline | real ÷ baseline |' : ''}`,
    );
    console.log(`|---|---|---|---|${baseline ? '---|---|' : ''}`);
    for (const operation of operations) {
      const twinRatio = ratios(operation, real, twin);
      const verdict =
        operation.name === TYPENAME
          ? ''
          : ` ${twinRatio.byRate >= BAR ? 'PASS' : 'FAIL'} (≥ ${BAR * 100} %)`;
      const baselineRatio = baseline && ratios(operation, real, baseline);
      console.log(
        `| ${operation.name} | ${cell(operation, real)} | ${cell(operation, twin)} | ` +
          `${percent(twinRatio.byRate)}${verdict}; by CPU ${percent(twinRatio.byCpu)} |` +
          (baseline && baselineRatio
            ? ` ${cell(operation, baseline)} | ${baselineRatio.byRate.toFixed(2)}×; by CPU ${baselineRatio.byCpu === null ? 'n/a' : `${baselineRatio.byCpu.toFixed(2)}×`} |`
            : ''),
      );
    }
    console.log(
      `\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ` +
        `load average before ${loadBefore.map((v) => v.toFixed(2)).join(' ')}, after ${loadAfter.map((v) => v.toFixed(2)).join(' ')}.`,
    );
  } finally {
    // Nothing to keep: no graceful drain under a benchmark.
    for (const target of targets) target.child.kill('SIGKILL');
  }
}
