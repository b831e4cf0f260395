/**
 * `npm run cluster:test`: Kinerja on a 3-node MariaDB Galera cluster under faults (issue #18).
 *
 * Starts three galera-4 nodes on loopback ports in a temporary folder (node 1 bootstraps, the
 * joiners start from empty data directories owned by `nobody`, as the rsync state transfer needs
 * when run as root), seeds the Gayungan demo, starts two API processes on nodes 1 and 2, and runs
 * bounded write load (feedback, realisations, evaluation drafts) from several clients. Every
 * write carries an Idempotency-Key and is retried, on the other API if need be, until it is
 * acknowledged or its attempts run out. During the load it kills node 2 with SIGKILL, later
 * brings it back (a replaced node: empty data directory, full state transfer), then kills API 1
 * with SIGKILL. At the end it checks on every node that each acknowledged write is present exactly
 * once with its audit row and that nothing is half-written. It stops everything it started by PID
 * and prints the measurements (docs/RELIABILITY.md keeps them). Exit code 1 when a check fails.
 *
 * Options: --clients N (8), --seconds N (40), --keep (leave the folder for inspection).
 * Ports: CLUSTER_PORT_BASE (default 3420): SQL base+1..3, gcomm base+1151.., IST +1161.., SST +1171..,
 * APIs base+1191, base+1192.
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RowDataPacket } from 'mysql2/promise';
import { PROJECT_ROOT } from '../src/config';
import {
  clusterPorts,
  emptyJoinerDir,
  galeraInstalled,
  type Node,
  portFree,
  sql,
  started,
  startCluster,
  startNode,
  startProcess,
  stopProcess,
  waitSynced,
} from '../src/testing/galera-cluster';
const PASSWORD = process.env.SEED_PASSWORD || 'gayungan2026';
const MARKER = 'cluster-test';

interface Options {
  clients: number;
  seconds: number;
  keep: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { clients: 8, seconds: 40, keep: false };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--clients') options.clients = Number(argv[++i]);
    else if (argv[i] === '--seconds') options.seconds = Number(argv[++i]);
    else if (argv[i] === '--keep') options.keep = true;
    else throw new Error(`Unknown option ${argv[i]}`);
  }
  if (!(options.clients >= 1 && options.seconds >= 10))
    throw new Error('--clients must be ≥ 1 and --seconds ≥ 10');
  return options;
}

const elapsed = (since: number) => Math.round((Date.now() - since) / 100) / 10;
const log = (message: string) =>
  console.log(`[cluster ${new Date().toISOString().slice(11, 19)}] ${message}`);

// ---------------------------------------------------------------------------------------------
// GraphQL clients that retry with the same Idempotency-Key, failing over between the APIs.

interface Api {
  url: string;
  process?: ChildProcess;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

interface Stats {
  attempts: number;
  acknowledged: number;
  rejected: number;
  gaveUp: number;
  retries: number;
  replays: number;
  resultsLost: number;
  failuresSeen: Record<string, number>;
  longestOutageMs: number;
}

const RETRYABLE_CODES = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

async function post(api: Api, body: unknown, token?: string, key?: string) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return {
    status: response.status,
    replay: response.headers.get('idempotent-replay') === 'true',
    answer: (await response.json()) as GraphQLAnswer,
  };
}

/** Sends until acknowledged (or refused for a reason a retry cannot change); never two keys. */
async function send(
  apis: Api[],
  preferred: number,
  stats: Stats,
  query: string,
  variables: unknown,
  token?: string,
  key?: string,
): Promise<GraphQLAnswer | null> {
  const firstFailure = { at: 0 };
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const api = apis[(preferred + attempt) % apis.length];
    let failure: string;
    try {
      const { status, replay, answer } = await post(api, { query, variables }, token, key);
      const code = answer.errors?.[0]?.extensions?.code;
      const reason = answer.errors?.[0]?.extensions?.reason;
      if (replay) stats.replays += 1;
      if (
        status < 500 &&
        !RETRYABLE_CODES.has(code ?? '') &&
        reason !== 'IDEMPOTENCY_KEY_IN_PROGRESS'
      ) {
        if (firstFailure.at)
          stats.longestOutageMs = Math.max(stats.longestOutageMs, Date.now() - firstFailure.at);
        return answer;
      }
      failure = reason ?? code ?? `HTTP ${status}`;
    } catch (error) {
      failure =
        (error as Error).name === 'TimeoutError' ? 'timeout' : 'connection refused or reset';
    }
    stats.failuresSeen[failure] = (stats.failuresSeen[failure] ?? 0) + 1;
    stats.retries += 1;
    firstFailure.at ||= Date.now();
    await sleep(150 + Math.random() * 250);
  }
  return null;
}

interface Ack {
  kind: 'feedback' | 'realization' | 'evaluation';
  marker: string;
  id: string;
}

interface Client {
  nip: string;
  token: string;
  employeeId: string;
  supervisorId: string | null;
  indicatorIds: string[];
  subordinatePlanIds: string[];
}

async function prepareClients(
  apis: Api[],
  count: number,
): Promise<{ clients: Client[]; cycleId: string }> {
  const stats = newStats();
  const admin = await send(
    apis,
    0,
    stats,
    `mutation { login(username: "admin", password: "${PASSWORD}") { token } }`,
    {},
  );
  const adminToken = (admin?.data?.login as { token: string }).token;
  const cycles = await send(apis, 0, stats, '{ cycles { id year status } }', {}, adminToken);
  const active = (cycles?.data?.cycles as { id: string; status: string }[]).find(
    (cycle) => cycle.status === 'ACTIVE',
  );
  if (!active) throw new Error('the demo has no ACTIVE cycle');
  const plans = await send(
    apis,
    0,
    stats,
    `query ($cycleId: ID!) { performancePlans(filter: { cycleId: $cycleId, status: APPROVED }, first: 60) {
      edges { node { id employee { id nip supervisor { id } } workTargets { indicators { id kind } } } } } }`,
    { cycleId: active.id },
    adminToken,
  );
  if (!plans?.data) throw new Error(`cannot list plans: ${JSON.stringify(plans?.errors)}`);
  type PlanNode = {
    id: string;
    employee: { id: string; nip: string; supervisor: { id: string } | null };
    workTargets: { indicators: { id: string; kind: string }[] }[];
  };
  const nodes = (plans.data.performancePlans as { edges: { node: PlanNode }[] }).edges.map(
    (edge) => edge.node,
  );
  // Supervisors first (they also write evaluation drafts), then staff.
  const supervisorIds = new Set(nodes.map((plan) => plan.employee.supervisor?.id));
  const candidates = nodes
    .filter((plan) => plan.employee.supervisor)
    .sort(
      (a, b) => Number(supervisorIds.has(b.employee.id)) - Number(supervisorIds.has(a.employee.id)),
    );
  const clients: Client[] = [];
  for (const plan of candidates.slice(0, count)) {
    const login = await send(
      apis,
      clients.length,
      stats,
      `mutation { login(username: "${plan.employee.nip}", password: "${PASSWORD}") { token } }`,
      {},
    );
    const token = (login?.data?.login as { token: string }).token;
    const team = await send(
      apis,
      0,
      stats,
      `query ($cycleId: ID!, $evaluatorId: ID!) {
        performancePlans(filter: { cycleId: $cycleId, evaluatorId: $evaluatorId, status: APPROVED }, first: 50) { edges { node { id } } } }`,
      { cycleId: active.id, evaluatorId: plan.employee.id },
      token,
    );
    if (!team?.data) throw new Error(`cannot list a team: ${JSON.stringify(team?.errors)}`);
    clients.push({
      nip: plan.employee.nip,
      token,
      employeeId: plan.employee.id,
      supervisorId: plan.employee.supervisor?.id ?? null,
      indicatorIds: plan.workTargets.flatMap((target) =>
        target.indicators
          .filter((indicator) => indicator.kind === 'KUANTITATIF')
          .map((indicator) => indicator.id),
      ),
      subordinatePlanIds: (
        team.data.performancePlans as { edges: { node: { id: string } }[] }
      ).edges.map((edge) => edge.node.id),
    });
  }
  return { clients, cycleId: active.id };
}

function newStats(): Stats {
  return {
    attempts: 0,
    acknowledged: 0,
    rejected: 0,
    gaveUp: 0,
    retries: 0,
    replays: 0,
    resultsLost: 0,
    failuresSeen: {},
    longestOutageMs: 0,
  };
}

const GIVE = `mutation ($input: GiveFeedbackInput!) { giveFeedback(input: $input) { id } }`;
const REALIZE = `mutation ($input: SubmitRealizationInput!) { submitRealization(input: $input) { id } }`;
const SAVE_EVALUATION = `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { id version } }`;
/** The supervisor's TW4 drafts with their versions: what a client reads after a lost answer. */
const DRAFT_VERSIONS = `query { evaluations(filter: { period: TW4 }, first: 200) { edges { node { version plan { id } } } } }`;

async function runClient(
  apis: Api[],
  client: Client,
  number: number,
  until: number,
  stats: Stats,
  acks: Ack[],
  rejections: Record<string, number>,
) {
  let sequence = 0;
  const evaluationVersions = new Map<string, number>();
  while (Date.now() < until) {
    sequence += 1;
    const marker = `${MARKER} c${number} w${sequence} ${crypto.randomBytes(4).toString('hex')}`;
    const key = crypto.randomUUID();
    const choice = sequence % 3;
    let kind: Ack['kind'];
    let query: string;
    let variables: Record<string, unknown>;
    let idempotent = true;
    if (choice === 1 && client.indicatorIds.length > 0) {
      kind = 'realization';
      query = REALIZE;
      variables = {
        input: {
          indicatorId: client.indicatorIds[sequence % client.indicatorIds.length],
          period: 'TW4',
          value: sequence,
          note: marker,
        },
      };
    } else if (choice === 2 && client.subordinatePlanIds.length > 0) {
      kind = 'evaluation';
      idempotent = false; // saveEvaluation updates a draft under `version`: a retry is a CONFLICT, never a second row
      const planId = client.subordinatePlanIds[sequence % client.subordinatePlanIds.length];
      query = SAVE_EVALUATION;
      variables = {
        input: {
          planId,
          period: 'TW4',
          resultRating: 'SESUAI_EKSPEKTASI',
          behaviorRating: 'SESUAI_EKSPEKTASI',
          summary: marker,
          ...(evaluationVersions.has(planId) ? { version: evaluationVersions.get(planId) } : {}),
        },
      };
    } else if (client.supervisorId) {
      kind = 'feedback';
      query = GIVE;
      variables = { input: { recipientId: client.supervisorId, kind: 'NOTE', text: marker } };
    } else continue;
    stats.attempts += 1;
    const answer = await send(
      apis,
      number % apis.length,
      stats,
      query,
      variables,
      client.token,
      idempotent ? key : undefined,
    );
    if (!answer) {
      stats.gaveUp += 1;
      continue;
    }
    const result = answer.data
      ? (Object.values(answer.data)[0] as { id: string; version?: number } | null)
      : null;
    if (result?.id) {
      stats.acknowledged += 1;
      acks.push({ kind, marker, id: result.id });
      if (kind === 'evaluation' && result.version !== undefined)
        evaluationVersions.set((variables.input as { planId: string }).planId, result.version);
    } else if (answer.errors?.[0]?.extensions?.reason === 'IDEMPOTENCY_RESULT_LOST') {
      // Written, but the process died before answering: it must be there exactly once.
      stats.acknowledged += 1;
      stats.resultsLost += 1;
      acks.push({ kind, marker, id: '' });
    } else {
      stats.rejected += 1;
      const reason =
        answer.errors?.[0]?.extensions?.reason ?? answer.errors?.[0]?.extensions?.code ?? 'unknown';
      rejections[`${kind}: ${reason}`] = (rejections[`${kind}: ${reason}`] ?? 0) + 1;
      // A lost answer to a committed draft save: read the current version and go on, as the
      // dashboard does when it shows a stale save (sending none again would be stale forever).
      if (kind === 'evaluation') {
        const { planId } = variables.input as { planId: string };
        const drafts = await send(
          apis,
          number % apis.length,
          stats,
          DRAFT_VERSIONS,
          {},
          client.token,
        );
        const edges =
          (
            drafts?.data?.evaluations as
              | { edges: { node: { version: number | null; plan: { id: string } | null } }[] }
              | undefined
          )?.edges ?? [];
        const current = edges.find((edge) => edge.node.plan?.id === planId)?.node.version;
        if (current === undefined || current === null) evaluationVersions.delete(planId);
        else evaluationVersions.set(planId, current);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The checks, on every node.

interface NodeCheck {
  node: number;
  problems: string[];
  rows: Record<string, number>;
}

async function checkNode(port: number, acks: Ack[]): Promise<NodeCheck> {
  const connection = await sql(port, 'kinerja');
  const problems: string[] = [];
  const rows: Record<string, number> = {};
  try {
    const tables = [
      {
        kind: 'feedback',
        table: 'feedback',
        text: 'text',
        entity: 'Feedback',
        action: 'feedback.give',
      },
      {
        kind: 'realization',
        table: 'realization',
        text: 'note',
        entity: 'Realization',
        action: 'realization.submit',
      },
      {
        kind: 'evaluation',
        table: 'evaluation',
        text: 'summary',
        entity: 'Evaluation',
        action: null,
      },
    ] as const;
    for (const { kind, table, text, entity, action } of tables) {
      const [found] = await connection.query<RowDataPacket[]>(
        `SELECT t.id, t.\`${text}\` AS marker,
           (SELECT COUNT(*) FROM audit_log a WHERE a.entity = ? AND a.entityId = CAST(t.id AS CHAR)
             ${action ? 'AND a.action = ?' : ''}) AS audits
         FROM \`${table}\` t WHERE t.\`${text}\` LIKE ?`,
        [entity, ...(action ? [action] : []), `${MARKER} %`],
      );
      rows[kind] = found.length;
      const byMarker = new Map<string, RowDataPacket[]>();
      for (const row of found)
        byMarker.set(row.marker as string, [...(byMarker.get(row.marker as string) ?? []), row]);
      for (const row of found)
        if (Number(row.audits) < 1)
          problems.push(`${kind} ${row.id} has no audit row (half-written)`);
      if (kind === 'evaluation') continue; // drafts are updated in place: the last summary stands
      for (const [marker, list] of byMarker)
        if (list.length > 1) problems.push(`${kind} "${marker}" written ${list.length} times`);
      for (const ack of acks.filter((candidate) => candidate.kind === kind)) {
        const list = byMarker.get(ack.marker) ?? [];
        if (list.length !== 1 || (ack.id !== '' && String(list[0].id) !== ack.id))
          problems.push(
            `acknowledged ${kind} ${ack.id} ("${ack.marker}") found ${list.length} times`,
          );
      }
    }
    // Realisations are replaced, never overwritten: one current row per indicator and period.
    const [current] = await connection.query<RowDataPacket[]>(
      `SELECT indicatorId, period, COUNT(*) AS n FROM realization WHERE replacedAt IS NULL
       GROUP BY indicatorId, period HAVING COUNT(*) > 1`,
    );
    for (const row of current)
      problems.push(`indicator ${row.indicatorId} ${row.period} has ${row.n} current realisations`);
    // Each acknowledged evaluation save: the draft exists with an audit trail.
    for (const ack of acks.filter((candidate) => candidate.kind === 'evaluation')) {
      const [found] = await connection.query<RowDataPacket[]>(
        'SELECT id FROM evaluation WHERE id = ?',
        [ack.id],
      );
      if (found.length !== 1) problems.push(`acknowledged evaluation ${ack.id} missing`);
    }
  } finally {
    await connection.end();
  }
  return { node: port, problems, rows };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (!galeraInstalled()) throw new Error('needs MariaDB with galera-4 installed');
  const base = Number(process.env.CLUSTER_PORT_BASE || 3420);
  const ports = clusterPorts(base, 3);
  const apiPorts = [base + 1191, base + 1192];
  for (const port of [...ports, ...apiPorts])
    if (!(await portFree(port))) throw new Error(`port ${port} is taken: set CLUSTER_PORT_BASE`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-galera-'));
  fs.chmodSync(dir, 0o755);
  log(`folder ${dir}`);
  const nodes: Node[] = [];
  const apis: Api[] = apiPorts.map((port) => ({ url: `http://127.0.0.1:${port}/graphql` }));
  const timeline: string[] = [];
  const t0 = Date.now();
  const mark = (event: string) => {
    timeline.push(`${elapsed(t0)} s: ${event}`);
    log(event);
  };
  let failed = true;
  try {
    // 1. Bootstrap node 1, then the joiners from empty directories.
    nodes.push(...(await startCluster(dir, base, 3)));
    mark('cluster of 3 synced');

    // 2. Database, demo seed (through node 1), two API processes on nodes 1 and 2.
    const admin = await sql(nodes[0].port);
    await admin.query('CREATE DATABASE kinerja CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await admin.end();
    const url = (node: Node) => `mysql://root@127.0.0.1:${node.port}/kinerja`;
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'build', 'seeds', 'cli.js')], {
      env: { ...process.env, DATABASE_URL: url(nodes[0]), NODE_ENV: 'production' },
      stdio: 'ignore',
    });
    mark('demo seeded');
    const jwtSecret = crypto.randomBytes(48).toString('base64url');
    const startApi = (index: number) => {
      apis[index].process = startProcess(
        process.execPath,
        [path.join(PROJECT_ROOT, 'build', 'api', 'src', 'main.js')],
        path.join(dir, `api${index + 1}.log`),
        {
          ...process.env,
          DATABASE_URL: url(nodes[index]),
          PORT: String(apiPorts[index]),
          NODE_ENV: 'production',
          JWT_SECRET: jwtSecret,
          LOG_LEVEL: 'warn',
        },
      );
    };
    startApi(0);
    startApi(1);
    for (const api of apis) {
      const ready = api.url.replace('/graphql', '/readyz');
      for (let i = 0; ; i += 1) {
        const ok = await fetch(ready).then(
          (response) => response.ok,
          () => false,
        );
        if (ok) break;
        if (i > 240) throw new Error(`API ${ready} not ready`);
        await sleep(500);
      }
    }
    mark('two APIs ready (on nodes 1 and 2)');

    // 3. Load with faults.
    const { clients } = await prepareClients(apis, options.clients);
    const stats = newStats();
    const acks: Ack[] = [];
    const rejections: Record<string, number> = {};
    const loadStart = Date.now();
    const until = loadStart + options.seconds * 1000;
    mark(`load: ${clients.length} clients for ${options.seconds} s`);
    const load = Promise.all(
      clients.map((client, number) =>
        runClient(apis, client, number, until, stats, acks, rejections),
      ),
    );
    const at = (fraction: number) =>
      sleep(Math.max(0, loadStart + fraction * options.seconds * 1000 - Date.now()));
    await at(0.2);
    nodes[1].process?.kill('SIGKILL');
    mark('node 2 killed (SIGKILL); API 2 has lost its database');
    await at(0.4);
    emptyJoinerDir(nodes[1]);
    startNode(dir, nodes[1]);
    const rejoinStart = Date.now();
    mark('node 2 restarting from an empty data directory (full state transfer)');
    const rejoined = waitSynced(nodes[1], 3).then(() => {
      mark(`node 2 synced again after ${elapsed(rejoinStart)} s`);
      return Date.now() - rejoinStart;
    });
    await at(0.7);
    apis[0].process?.kill('SIGKILL');
    mark('API 1 killed (SIGKILL); clients fail over to API 2');
    await load;
    mark(`load over: ${stats.acknowledged} acknowledged of ${stats.attempts}`);
    const rejoinMs = await rejoined;

    // 4. Checks on every node, once all agree.
    for (const node of nodes) await waitSynced(node, 3);
    const checks: NodeCheck[] = [];
    for (const node of nodes)
      checks.push({ ...(await checkNode(node.port, acks)), node: node.index });
    const problems = checks.flatMap((check) =>
      check.problems.map((problem) => `node ${check.node}: ${problem}`),
    );
    failed = problems.length > 0;

    const byKind = (kind: Ack['kind']) => acks.filter((ack) => ack.kind === kind).length;
    console.log('\n## Result\n');
    console.log(`| measure | value |\n|---|---|`);
    console.log(`| clients × seconds | ${clients.length} × ${options.seconds} |`);
    console.log(`| writes attempted | ${stats.attempts} |`);
    console.log(
      `| acknowledged | ${stats.acknowledged} (feedback ${byKind('feedback')}, realisations ${byKind('realization')}, evaluation drafts ${byKind('evaluation')}) |`,
    );
    console.log(
      `| refused by a rule (not a fault) | ${stats.rejected} ${JSON.stringify(rejections)} |`,
    );
    console.log(`| given up after 40 attempts | ${stats.gaveUp} |`);
    console.log(
      `| failed attempts seen by clients (then retried) | ${stats.retries} ${JSON.stringify(stats.failuresSeen)} |`,
    );
    console.log(`| answers replayed from an Idempotency-Key | ${stats.replays} |`);
    console.log(
      `| written, answer lost with a killed API (IDEMPOTENCY_RESULT_LOST) | ${stats.resultsLost} |`,
    );
    console.log(
      `| longest wait of one write through failures | ${(stats.longestOutageMs / 1000).toFixed(1)} s |`,
    );
    console.log(`| node 2 back to Synced (full SST) | ${(rejoinMs / 1000).toFixed(1)} s |`);
    console.log(
      `| rows checked per node | ${checks.map((check) => `node ${check.node}: ${JSON.stringify(check.rows)}`).join('; ')} |`,
    );
    console.log(`| problems | ${problems.length === 0 ? 'none' : problems.length} |`);
    console.log('\n## Timeline\n');
    for (const line of timeline) console.log(`- ${line}`);
    if (problems.length > 0) {
      console.log('\n## Problems\n');
      for (const problem of problems.slice(0, 50)) console.log(`- ${problem}`);
    }
  } finally {
    for (const api of apis) if (api.process) await stopProcess(api.process);
    for (const node of [...nodes].reverse())
      if (node.process) await stopProcess(node.process, 'SIGTERM', 60_000);
    for (const child of [...started]) await stopProcess(child, 'SIGKILL');
    if (options.keep || failed) log(`kept ${dir} (node and API logs)`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    for (const child of started) child.kill('SIGKILL');
    process.exit(130);
  });

main().catch((error: unknown) => {
  console.error(error);
  for (const child of started) child.kill('SIGKILL');
  process.exit(1);
});
