import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('sets protective headers and hides the framework', async () => {
    const response = await post({ query: '{ __typename }' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
