import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../config';
import { closeGracefully } from '../../../platform/observability/shutdown';
import { createServer, type KinerjaServer } from '../../../server';
import { DRIVERS } from '../../../testing/databases';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { OrgUnit } from '../org-unit.entity';
import { Position } from '../position.entity';

const CREATE_UNIT =
  'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id name } }';
const CREATE_POSITION =
  'mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id title } }';

type Body = { data?: Record<string, { id: string }> | null; errors?: unknown[] };

describe.each(DRIVERS)('creating units and positions with an Idempotency-Key on %s', (kind) => {
  const t = useSmallOrg(kind);
  let server: KinerjaServer;
  let http: Server;
  let url: string;
  let token: string;

  beforeAll(async () => {
    server = await createServer({
      dataSource: t.db.dataSource,
      config: loadConfig({ NODE_ENV: 'test' }),
    });
    http = server.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => http.once('listening', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(username: "admin", password: "${FIXTURE_PASSWORD}") { token } }`,
      }),
    });
    token = ((await response.json()) as { data: { login: { token: string } } }).data.login.token;
  });
  afterAll(async () => {
    await closeGracefully(http, 1000);
    await server.stop();
  });

  const send = async (query: string, variables: unknown, key: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'idempotency-key': key,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Body;
  };

  it('writes a retried unit and position once and answers the retry alike', async () => {
    const units = await t.db.dataSource.getRepository(OrgUnit).count();
    const unit = { input: { name: 'Seksi Ulang', parentId: String(t.org.units.root.id) } };
    const first = await send(CREATE_UNIT, unit, 'unit-key-0001');
    const retry = await send(CREATE_UNIT, unit, 'unit-key-0001');
    expect(first.errors).toBeUndefined();
    expect(retry).toEqual(first);
    expect(await t.db.dataSource.getRepository(OrgUnit).count()).toBe(units + 1);

    const positions = await t.db.dataSource.getRepository(Position).count();
    const position = { input: { title: 'Pengelola Ulang', level: 'PELAKSANA' } };
    const created = await send(CREATE_POSITION, position, 'position-key-0001');
    expect(await send(CREATE_POSITION, position, 'position-key-0001')).toEqual(created);
    expect(await t.db.dataSource.getRepository(Position).count()).toBe(positions + 1);
  });
});
