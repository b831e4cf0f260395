import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { loadConfig } from '../config';
import { createDataSource } from '../data-source';
import { createLogger } from '../platform/observability/logger';
import { Readiness } from '../platform/observability/operations.routes';
import { closeGracefully } from '../platform/observability/shutdown';
import { createServer, type KinerjaServer } from '../server';
import { DRIVERS } from '../testing/databases';
import { FIXTURE_PASSWORD } from '../testing/fixtures';
import { useSmallOrg } from '../testing/suite';

const METRICS_TOKEN = 'scrape-secret-for-the-test-0123456789';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe.each(DRIVERS)('operations endpoints and logs on %s', (kind) => {
  const t = useSmallOrg(kind);
  const lines: Record<string, unknown>[] = [];
  let server: KinerjaServer;
  let httpServer: Server;
  let base: string;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    server = await createServer({
      dataSource: t.db.dataSource,
      config: { ...loadConfig({ NODE_ENV: 'test' }), metricsToken: METRICS_TOKEN },
      logger: createLogger('info', sink),
    });
    httpServer = server.app.listen(0, '127.0.0.1');
    base = await listen(httpServer);
  });
  afterAll(async () => {
    await closeGracefully(httpServer, 1000);
    await server.stop();
  });

  const graphql = (query: string, token?: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, operationName: /^\w+ (\w+)/.exec(query)?.[1] }),
    });

  async function loginAs(username: string) {
    const response = await graphql(
      `mutation Login { login(username: "${username}", password: "${FIXTURE_PASSWORD}") { token user { id } } }`,
    );
    const body = (await response.json()) as {
      data: { login: { token: string; user: { id: string } } };
    };
    return body.data.login;
  }

  it('leaves SIGTERM and SIGINT to main.ts in production (Apollo registers no handler of its own)', async () => {
    const before = [process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')];
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    let production: KinerjaServer | undefined;
    try {
      production = await createServer({
        dataSource: t.db.dataSource,
        config: loadConfig({ NODE_ENV: 'test' }),
        logger: createLogger('info', new Writable({ write: (_chunk, _encoding, done) => done() })),
      });
      expect([process.listenerCount('SIGTERM'), process.listenerCount('SIGINT')]).toEqual(before);
    } finally {
      process.env.NODE_ENV = nodeEnv;
      await production?.stop();
    }
  });

  it('says the process is alive and ready, without a token', async () => {
    const health = await fetch(`${base}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('logs one JSON line per request with request id, operation, duration and viewer, and no personal data', async () => {
    const staff = t.org.people.staffA1;
    const session = await loginAs(staff.nip);
    lines.length = 0;
    const response = await graphql(
      'query MyName { me { username employee { name nip } } }',
      session.token,
      {
        'x-request-id': 'trace-abc-12345',
      },
    );
    expect(response.headers.get('x-request-id')).toBe('trace-abc-12345');
    const body = await response.text();
    expect(body).toContain(staff.name);
    const line = lines.find((entry) => entry.requestId === 'trace-abc-12345');
    expect(line).toMatchObject({
      msg: 'request',
      method: 'POST',
      route: 'graphql',
      status: 200,
      operationName: 'MyName',
      viewerId: Number(session.user.id),
    });
    expect(typeof line?.durationMs).toBe('number');
    // A request without a usable id gets a fresh one.
    const fresh = await graphql('query Again { me { username } }', session.token, {
      'x-request-id': 'bad id with spaces',
    });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const logged = JSON.stringify(lines);
    for (const secret of [staff.nip, staff.name, FIXTURE_PASSWORD, session.token])
      expect(logged).not.toContain(secret);
  });

  it('keeps /metrics off without its bearer token and counts operations and errors by code with it', async () => {
    await graphql('query Anonymous { me { username } }');
    const session = await loginAs('admin');
    await graphql('query Everyone { employees(first: 5) { totalCount } }', session.token);

    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const scraped = await fetch(`${base}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(scraped.status).toBe(200);
    const text = await scraped.text();
    expect(text).toMatch(
      /kinerja_graphql_operations_total\{operation="employees",type="query"\} [1-9]/,
    );
    expect(text).toMatch(/kinerja_graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/);
    expect(text).toMatch(
      /kinerja_graphql_operation_duration_seconds_count\{operation="login"\} [1-9]/,
    );
    expect(text).toMatch(/kinerja_db_pool_connections\{state="open"\} [1-9]/);
    expect(text).toMatch(
      /kinerja_http_requests_total\{route="graphql",method="POST",status="200"\}/,
    );
  });

  it('compresses what it sends when the client accepts it', async () => {
    const session = await loginAs('admin');
    const response = await graphql(
      'query Schema { __schema { types { name description fields { name description } } } }',
      session.token,
      { 'accept-encoding': 'gzip' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers /readyz 503 SHUTTING_DOWN once draining', async () => {
    server.readiness.drain();
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([
      503,
      { status: 'unavailable', reason: 'SHUTTING_DOWN' },
    ]);
    expect(ready.headers.get('connection')).toBe('close');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describe('metrics are off unless an operator configures them', () => {
  const t = useSmallOrg('sqlite');
  it('answers 404 at /metrics without METRICS_TOKEN', async () => {
    const server = await createServer({
      dataSource: t.db.dataSource,
      config: loadConfig({ NODE_ENV: 'test' }),
    });
    const httpServer = server.app.listen(0, '127.0.0.1');
    const base = await listen(httpServer);
    try {
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
    } finally {
      await closeGracefully(httpServer, 1000);
      await server.stop();
    }
  });
});

describe('readiness', () => {
  it('is MIGRATIONS_PENDING on an unmigrated database and DATABASE_UNREACHABLE on a closed one', async () => {
    const dataSource = await createDataSource('sqlite::memory:');
    await dataSource.initialize();
    const readiness = new Readiness(dataSource);
    expect(await readiness.problem()).toBe('MIGRATIONS_PENDING');
    await dataSource.runMigrations();
    expect(await readiness.problem()).toBeNull();
    await dataSource.destroy();
    expect(await readiness.problem()).toBe('DATABASE_UNREACHABLE');
  });
});

describe('closeGracefully', () => {
  it('stops accepting, answers the request in flight, and resolves true', async () => {
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    const server = http.createServer((_req, res) => {
      started();
      setTimeout(() => res.end('finished'), 300);
    });
    const base = await listen(server);
    const slow = fetch(base).then((response) => response.text());
    await inFlight;
    const closed = closeGracefully(server, 5000);
    await expect(fetch(base)).rejects.toThrow();
    await expect(slow).resolves.toBe('finished');
    await expect(closed).resolves.toBe(true);
  });

  it('cuts what is still running at the bound and resolves false', async () => {
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    const server = http.createServer(() => started());
    const base = await listen(server);
    const hanging = fetch(base);
    await inFlight;
    await expect(closeGracefully(server, 100)).resolves.toBe(false);
    await expect(hanging).rejects.toThrow();
  });
});
