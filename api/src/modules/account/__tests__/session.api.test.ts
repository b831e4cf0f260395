import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DRIVERS } from '../../../testing/databases';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Account } from '../account.entity';

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const UPDATE_EMPLOYEE =
  'mutation ($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }';

// Every request re-reads the session (account, roles, state, reporting line) in one statement.
describe.each(DRIVERS)('the session of each request on %s', (kind) => {
  const t = useSmallOrg(kind);
  let http: Server;
  let url: string;
  beforeAll(async () => {
    http = t.client.server.app.listen(0);
    await new Promise((resolve) => http.once('listening', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => http.close(resolve)));

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
      body: (await response.json()) as {
        data?: Record<string, any> | null;
        errors?: { extensions?: { code?: string; reason?: string } }[];
      },
    };
  };
  const tokenOf = async (username: string) => {
    const result = await t.client.run<{ login: { token: string } }>(null, LOGIN, {
      u: username,
      p: FIXTURE_PASSWORD,
    });
    return result.data!.login.token;
  };
  const chainOf = async (token: string) =>
    [...(await t.client.server.services.auth.viewerFromToken(token)).supervisorChainIds].sort(
      (a, b) => a - b,
    );
  const versionOf = async (employeeId: number) =>
    (await t.client.as('admin', `{ employee(id: ${employeeId}) { version } }`)).data?.employee
      .version as number;

  it('authenticates `{ __typename }` with one SQL statement', async () => {
    const token = await tokenOf(t.org.people.staffA1.nip);
    await post('{ __typename }', token);
    t.db.queries.reset();
    const answer = await post('{ __typename }', token);
    expect(answer).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    expect(t.db.queries.statements).toHaveLength(1);
    expect(t.db.queries.statements[0]).toMatch(/reporting_line/);
  });

  it('reads the whole supervisor chain in that statement, for accounts with and without an employee', async () => {
    const { camat, kasiA, staffA1 } = t.org.people;
    expect(await chainOf(await tokenOf(staffA1.nip))).toEqual(
      [camat.id, kasiA.id].sort((a, b) => a - b),
    );
    expect(await chainOf(await tokenOf(kasiA.nip))).toEqual([camat.id]);
    expect(await chainOf(await tokenOf('camat'))).toEqual([]);
    expect(await chainOf(await tokenOf('admin'))).toEqual([]);
  });

  it('sees a new supervisor on the next request with the same token', async () => {
    const { camat, kasiA, kasiB, staffA2 } = t.org.people;
    const token = await tokenOf(staffA2.nip);
    expect(await chainOf(token)).toEqual([camat.id, kasiA.id].sort((a, b) => a - b));
    const moved = await t.client.as('admin', UPDATE_EMPLOYEE, {
      id: String(staffA2.id),
      input: { version: await versionOf(staffA2.id), supervisorId: String(kasiB.id) },
    });
    expect(moved.errors).toBeUndefined();
    expect(await chainOf(token)).toEqual([camat.id, kasiB.id].sort((a, b) => a - b));
    const back = await t.client.as('admin', UPDATE_EMPLOYEE, {
      id: String(staffA2.id),
      input: { version: await versionOf(staffA2.id), supervisorId: String(kasiA.id) },
    });
    expect(back.errors).toBeUndefined();
    expect(await chainOf(token)).toEqual([camat.id, kasiA.id].sort((a, b) => a - b));
  });

  it('applies a role change on the next request with the same token', async () => {
    const person = t.org.people.staffB1;
    const account = await t.db.dataSource
      .getRepository(Account)
      .findOneByOrFail({ employeeId: person.id });
    const token = await tokenOf(person.nip);
    const ACCOUNTS = '{ accounts { totalCount } }';
    const visible = async () => (await post(ACCOUNTS, token)).body.data?.accounts.totalCount;
    const all = await t.db.dataSource.getRepository(Account).count();
    // Without HR_ADMIN, an account lists only itself.
    expect(await visible()).toBe(1);
    const grant = await t.client.as(
      'admin',
      'mutation ($id: ID!) { grantRole(id: $id, role: HR_ADMIN) { roles } }',
      { id: String(account.id) },
    );
    expect(grant.errors).toBeUndefined();
    expect(await visible()).toBe(all);
    const removed = await t.client.as(
      'admin',
      'mutation ($id: ID!) { removeRole(id: $id, role: HR_ADMIN) { roles } }',
      { id: String(account.id) },
    );
    expect(removed.errors).toBeUndefined();
    expect(await visible()).toBe(1);
  });

  it('ends the session on the next request when the account is locked or deactivated or its session version rises', async () => {
    const person = t.org.people.staffA1;
    const accounts = t.db.dataSource.getRepository(Account);
    const account = await accounts.findOneByOrFail({ employeeId: person.id });
    const token = await tokenOf(person.nip);
    expect((await post('{ __typename }', token)).status).toBe(200);

    await accounts.update({ id: account.id }, { locked: true });
    const locked = await post('{ __typename }', token);
    expect(locked.status).toBe(401);
    expect(locked.body.errors?.[0]?.extensions?.reason).toBe('ACCOUNT_LOCKED');
    await accounts.update({ id: account.id }, { locked: false });
    expect((await post('{ __typename }', token)).status).toBe(200);

    await accounts.update({ id: account.id }, { active: false });
    const inactive = await post('{ __typename }', token);
    expect(inactive.status).toBe(401);
    expect(inactive.body.errors?.[0]?.extensions?.reason).toBe('ACCOUNT_INACTIVE');
    await accounts.update({ id: account.id }, { active: true });
    expect((await post('{ __typename }', token)).status).toBe(200);

    await accounts.update({ id: account.id }, { sessionVersion: account.sessionVersion + 1 });
    const ended = await post('{ __typename }', token);
    expect(ended.status).toBe(401);
    expect(ended.body.errors?.[0]?.extensions?.reason).toBe('SESSION_ENDED');
    await accounts.update({ id: account.id }, { sessionVersion: account.sessionVersion });
  });
});
