import net from 'node:net';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDataSource } from '../data-source';
import { loadConfig } from '../config';
import { createServer, type KinerjaServer } from '../server';
import { DRIVERS } from '../testing/databases';
import { FIXTURE_PASSWORD } from '../testing/fixtures';
import { useSmallOrg } from '../testing/suite';
import type { DataSource } from 'typeorm';

/** A TCP proxy to the database that the test can cut and restore, as an outage would. */
function databaseProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  return {
    listen,
    get port() {
      return port;
    },
    async cut() {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

// The outage of a database server: SQLite has no connection to lose.
const mysqlOnly = DRIVERS.filter((kind) => kind === 'mysql');
const suite = mysqlOnly.length > 0 ? describe.each(mysqlOnly) : describe.skip.each(DRIVERS);
const mysqlServer = new URL(process.env.TEST_MYSQL_URL ?? 'mysql://127.0.0.1:3306/test');

suite('a database outage on %s', (kind) => {
  const t = useSmallOrg(kind);
  const proxy = databaseProxy({
    host: mysqlServer.hostname,
    port: Number(mysqlServer.port || 3306),
  });
  let dataSource: DataSource;
  let server: KinerjaServer;
  let http: Server;
  let url: string;

  beforeAll(async () => {
    const direct = new URL((t.db.dataSource.options as { url: string }).url);
    await proxy.listen();
    direct.host = `127.0.0.1:${proxy.port}`;
    dataSource = await createDataSource(direct.toString());
    await dataSource.initialize();
    server = await createServer({ dataSource, config: loadConfig({ NODE_ENV: 'test' }) });
    http = server.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => http.once('listening', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => http.close(resolve));
    await server.stop();
    await dataSource.destroy().catch(() => undefined);
    await proxy.cut();
  });

  const post = async (query: string, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      text: await response.text(),
    };
  };

  it('answers 503 SERVICE_UNAVAILABLE without internals while the database is away, and keeps the session', async () => {
    const login = await post(
      `mutation { login(username: "admin", password: "${FIXTURE_PASSWORD}") { token } }`,
    );
    const token = (JSON.parse(login.text) as { data: { login: { token: string } } }).data.login
      .token;
    expect((await post('{ me { username } }', token)).status).toBe(200);

    const errorSpy = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await proxy.cut();
      for (const request of [
        () => post('{ me { username } }', token),
        () =>
          post(`mutation { login(username: "admin", password: "${FIXTURE_PASSWORD}") { token } }`),
      ]) {
        const answer = await request();
        expect(answer.status).toBe(503);
        const body = JSON.parse(answer.text) as {
          errors: { message: string; extensions: { code: string } }[];
        };
        expect(body.errors.map((error) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(answer.text).not.toMatch(/127\.0\.0\.1|ECONN|connect|3306|stack|UNAUTHENTICATED/i);
      }
    } finally {
      errorSpy.mockRestore();
    }

    // The database comes back: the same token works again, without a new login or a restart.
    await proxy.listen();
    let answer = await post('{ me { username } }', token);
    for (let i = 0; i < 20 && answer.status !== 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await post('{ me { username } }', token);
    }
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { me: { username: 'admin' } } });
  });
});
