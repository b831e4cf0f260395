import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import jwt from 'jsonwebtoken';
import type { AddressInfo } from 'node:net';
import * as idempotencyScope from '../platform/idempotency/idempotency-scope';
import { DRIVERS } from '../testing/databases';
import { FIXTURE_PASSWORD } from '../testing/fixtures';
import { useSmallOrg } from '../testing/suite';

// Only the transport matters here, so one driver is enough.
describe.each(DRIVERS.slice(0, 1))('HTTP transport (%s)', (kind) => {
  const t = useSmallOrg(kind);
  let http: Server;
  let url: string;
  beforeAll(async () => {
    http = t.client.server.app.listen(0);
    await new Promise((resolve) => http.once('listening', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => http.close(resolve)));

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  async function token() {
    const response = await post({
      query: `mutation { login(username: "admin", password: "${FIXTURE_PASSWORD}") { token } }`,
    });
    return ((await response.json()) as { data: { login: { token: string } } }).data.login.token;
  }

  it('serves a logged-in query with a bearer token', async () => {
    const response = await post(
      { query: '{ me { username } }' },
      { authorization: `Bearer ${await token()}` },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: { username: 'admin' } } });
  });

  it('answers 401 UNAUTHENTICATED for a bad token or a malformed header', async () => {
    for (const authorization of ['Bearer not-a-jwt', 'Basic YWRtaW46eA==']) {
      const response = await post({ query: '{ me { username } }' }, { authorization });
      expect(response.status).toBe(401);
      expect(JSON.stringify(await response.json())).toMatch(/UNAUTHENTICATED/);
    }
  });

  it('refuses batched requests', async () => {
    const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }], {
      authorization: `Bearer ${await token()}`,
    });
    expect(response.status).toBe(400);
  });

  it('refuses simple (CSRF-able) requests', async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF|preflight/i);
    const form = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBe(400);
  });

  it('sets protective headers and hides the framework, on the API and on the dashboard', async () => {
    for (const response of [
      await post({ query: '{ __typename }' }),
      await fetch(url.replace('/graphql', '/')),
      await fetch(url.replace('/graphql', '/tim')),
    ]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
      const policy = Object.fromEntries(
        (response.headers.get('content-security-policy') ?? '')
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['default-src']).toEqual(["'self'"]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
    }
  });

  it('answers 401, not 500, to a request without a token', async () => {
    for (const query of ['{ me { username } }', '{ __schema { queryType { name } } }']) {
      const response = await post({ query });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('refuses a token signed with the secret the project once shipped as its default', async () => {
    const admin = await t.client.viewer('admin');
    const forged = jwt.sign(
      { roles: ['HR_ADMIN'], sv: 1 },
      'kinerja-development-secret-do-not-use-in-production',
      {
        algorithm: 'HS256',
        issuer: 'kinerja-gayungan',
        audience: 'kinerja-api',
        subject: String(admin.accountId),
        expiresIn: '1h',
      },
    );
    const response = await post(
      { query: '{ me { username } }' },
      { authorization: `Bearer ${forged}` },
    );
    expect(response.status).toBe(401);
  });

  async function expectJsonError(response: Response, status: number) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const text = await response.text();
    expect(text).not.toMatch(/<html|<pre|stack|at \/|node_modules|Error:/i);
    const body = JSON.parse(text) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    return body.errors[0].message;
  }

  it('answers malformed, oversized and badly compressed bodies with a JSON error and no internals', async () => {
    const send = (body: string | Buffer, headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
    expect(await expectJsonError(await send('{"query": "{ __typename }"'), 400)).toMatch(/JSON/);
    expect(
      await expectJsonError(
        await send(JSON.stringify({ query: 'x'.repeat(3 * 1024 * 1024) })),
        413,
      ),
    ).toMatch(/larger/);
    await expectJsonError(
      await send(Buffer.from('not gzip at all'), { 'content-encoding': 'gzip' }),
      400,
    );
    const unsupported = await send(Buffer.from('{}'), { 'content-encoding': 'br-unknown' });
    expect([400, 415]).toContain(unsupported.status);
    await expectJsonError(unsupported, unsupported.status);
    // A good gzip body still works.
    const gzipped = await send(gzipSync(JSON.stringify({ query: '{ __typename }' })), {
      'content-encoding': 'gzip',
      authorization: `Bearer ${await token()}`,
    });
    expect(gzipped.status).toBe(200);
  });

  it('answers an invalid variable with 400 BAD_USER_INPUT naming it, before any cost estimate', async () => {
    const authorization = `Bearer ${await token()}`;
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'query ($first: Int) { employees(first: $first) { totalCount } }',
        { first: 2 ** 40 },
        '$first',
      ],
      [
        'query ($filter: EmployeeFilter) { employees(filter: $filter) { totalCount } }',
        { filter: { employmentType: 'X' } },
        '$filter.employmentType',
      ],
      ['query ($id: ID!) { employee(id: $id) { id } }', {}, '$id'],
      [
        'mutation ($input: CreateCycleInput!) { createCycle(input: $input) { id } }',
        { input: { year: 2031, exceedsThreshold: 'NaN' } },
        '$input.exceedsThreshold',
      ],
    ];
    for (const [query, variables, field] of cases) {
      const response = await post({ query, variables }, { authorization });
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        errors: { extensions: { code: string; fields: { field: string }[] } }[];
      };
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].extensions.fields.map((problem) => problem.field)).toEqual([field]);
    }
  });

  it('answers an operation over the cost, depth or alias limit with 400, not 500', async () => {
    const authorization = `Bearer ${await token()}`;
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'query ($first: Int) { employees(first: $first) { totalCount } }',
        { first: 1_000_000 },
        'QUERY_TOO_COSTLY',
      ],
      [
        `{ employees(first: 1) { edges { node { ${'supervisor { '.repeat(12)}id${' }'.repeat(12)} } } } }`,
        {},
        'QUERY_TOO_DEEP',
      ],
      [
        `{ ${Array.from({ length: 21 }, (_v, i) => `a${i}: __typename`).join(' ')} }`,
        {},
        'TOO_MANY_ALIASES',
      ],
    ];
    for (const [query, variables, reason] of cases) {
      const response = await post({ query, variables }, { authorization });
      const body = (await response.json()) as {
        errors: { extensions: { code: string; reason: string } }[];
      };
      expect([response.status, body.errors[0].extensions]).toEqual([
        400,
        expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', reason }),
      ]);
    }
  });

  it('ends a POST answer at once (length, no ETag), compresses large ones, keeps ETag on GET', async () => {
    const authorization = `Bearer ${await token()}`;
    const small = await post({ query: '{ __typename }' }, { authorization });
    expect(small.status).toBe(200);
    expect(small.headers.get('content-type')).toMatch(/^application\/json/);
    expect(small.headers.get('content-length')).toBe(String((await small.text()).length));
    expect(small.headers.get('etag')).toBeNull();
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(small.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // Large answers still pay for compression.
    const large = await post(
      { query: '{ __schema { types { name description fields { name description } } } }' },
      { authorization, 'accept-encoding': 'gzip' },
    );
    expect(large.status).toBe(200);
    expect(large.headers.get('content-encoding')).toBe('gzip');
    expect(((await large.json()) as { data: { __schema: unknown } }).data.__schema).toBeDefined();
    // A GET query (with the preflight header CSRF prevention asks for) is answered by res.send.
    const get = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization, 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('etag')).toMatch(/^W\/"/);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('opens an idempotency scope only for a request that carries an Idempotency-Key', async () => {
    const authorization = `Bearer ${await token()}`;
    const open = jest.spyOn(idempotencyScope, 'withIdempotencyScope');
    try {
      expect((await post({ query: '{ __typename }' }, { authorization })).status).toBe(200);
      expect(open).not.toHaveBeenCalled();
      // A key on a query is refused by the plugin, which therefore saw the scope.
      const keyed = await post(
        { query: '{ __typename }' },
        { authorization, 'idempotency-key': 'key-12345678' },
      );
      expect(keyed.status).toBe(400);
      expect(JSON.stringify(await keyed.json())).toMatch(/IDEMPOTENCY_KEY_NOT_APPLICABLE/);
      expect(open).toHaveBeenCalledTimes(1);
    } finally {
      open.mockRestore();
    }
  });
});
