import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { Account, LoginFailure } from '../account.entity';

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const ACCOUNTS =
  'query ($filter: AccountFilter) { accounts(filter: $filter) { totalCount edges { node { id username roles locked active mustChangePassword } } } }';
const RESET =
  'mutation ($id: ID!) { resetPassword(id: $id) { oneTimePassword user { id mustChangePassword } } }';
const LOCK = 'mutation ($id: ID!, $r: String) { lockAccount(id: $id, reason: $r) { id locked } }';
const UNLOCK = 'mutation ($id: ID!) { unlockAccount(id: $id) { id locked } }';
const GRANT = 'mutation ($id: ID!, $role: Role!) { grantRole(id: $id, role: $role) { id roles } }';
const REMOVE =
  'mutation ($id: ID!, $role: Role!) { removeRole(id: $id, role: $role) { id roles } }';
const CHANGE =
  'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token user { id mustChangePassword } } }';
const ME = '{ me { id username mustChangePassword } }';
const EMPLOYEES = '{ employees(first: 1) { totalCount } }';

const STRONG = 'Kecapi-Lembayung-47-Wajan';
const reasonOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.reason;
const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string; reason: string }[]).map(
    (problem) => `${problem.field}:${problem.reason}`,
  );

describe.each(DRIVERS)('account administration on %s', (kind) => {
  const t = useSmallOrg(kind);
  const accounts = () => t.db.dataSource.getRepository(Account);
  const accountOf = (username: string) => accounts().findOneByOrFail({ username });
  const auditCount = () => t.db.dataSource.getRepository(AuditLog).count();
  const login = (username: string, password: string) =>
    t.client.run<{ login: { token: string } }>(null, LOGIN, { u: username, p: password });
  const viewerOfToken = (token: string) => t.client.server.services.auth.viewerFromToken(token);

  it('lists accounts for HR only; everyone else sees only their own', async () => {
    const hr = await t.client.as('admin', ACCOUNTS);
    expect(hr.errors).toBeUndefined();
    expect(hr.data?.accounts.totalCount).toBe(await accounts().count());
    const leaders = await t.client.as('admin', ACCOUNTS, { filter: { role: 'LEADER' } });
    expect(leaders.data?.accounts.edges.map((e: any) => e.node.username)).toEqual(['camat']);
    const byName = await t.client.as('admin', ACCOUNTS, { filter: { search: 'Bambang' } });
    expect(byName.data?.accounts.edges.map((e: any) => e.node.username)).toEqual(['camat']);
    for (const who of ['camat', 'analis', t.org.people.staffA1.nip]) {
      const own = await t.client.as(who, ACCOUNTS);
      expect(own.data?.accounts.totalCount).toBe(1);
      expect(own.data?.accounts.edges[0].node.username).toBe(who);
    }
  });

  it('derives isSupervisor for a whole page of accounts in one statement', async () => {
    const page = `query ($first: Int) {
      accounts(first: $first) { edges { node { username isSupervisor } } }
    }`;
    const viewer = await t.client.viewer('admin');
    const read = async (first: number) => {
      t.db.queries.reset();
      const result = await t.client.run(viewer, page, { first });
      expect(result.errors).toBeUndefined();
      return {
        statements: t.db.queries.count,
        supervisors: (result.data?.accounts.edges as { node: Record<string, unknown> }[])
          .filter(({ node }) => node.isSupervisor)
          .map(({ node }) => node.username),
      };
    };
    const two = await read(2);
    const all = await read(100);
    expect(all.statements).toBe(two.statements);
    const { kasiA, kasiB } = t.org.people;
    expect(all.supervisors.sort()).toEqual(['camat', kasiA.nip, kasiB.nip].sort());
  });

  it.each([
    ['camat', RESET],
    ['analis', LOCK],
    ['staff', GRANT],
    ['camat', REMOVE],
  ])('refuses %s the HR operations, writing nothing', async (who, operation) => {
    const username = who === 'staff' ? t.org.people.staffA1.nip : who;
    const target = await accountOf(t.org.people.staffB1.nip);
    const before = await auditCount();
    const result = await t.client.as(username, operation, {
      id: String(target.id),
      role: 'ANALYST',
    });
    expect(codesOf(result)).toEqual(['FORBIDDEN']);
    expect(reasonOf(result)).toBe('ACCOUNTS_FORBIDDEN');
    expect(await accountOf(t.org.people.staffB1.nip)).toEqual(target);
    expect(await auditCount()).toBe(before);
  });

  it('resets a password: the old one fails, the one-time one logs in, and only a change is allowed until done', async () => {
    const nip = t.org.people.staffA2.nip;
    const target = await accountOf(nip);
    const before = await login(nip, FIXTURE_PASSWORD);
    const oldToken = before.data!.login.token;

    const reset = await t.client.as('admin', RESET, { id: String(target.id) });
    expect(reset.errors).toBeUndefined();
    const oneTime = reset.data?.resetPassword.oneTimePassword as string;
    expect(oneTime).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    expect(reset.data?.resetPassword.user.mustChangePassword).toBe(true);
    const stored = await accountOf(nip);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(oneTime);
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .findOneByOrFail({ action: 'account.resetPassword', entityId: String(target.id) });
    expect(JSON.stringify(audit)).not.toContain(oneTime);
    expect(JSON.stringify(audit)).not.toContain('argon2');

    // Sessions end at once; the old password no longer works.
    await expect(viewerOfToken(oldToken)).rejects.toMatchObject({
      extensions: { reason: 'SESSION_ENDED' },
    });
    expect(codesOf(await login(nip, FIXTURE_PASSWORD))).toEqual(['UNAUTHENTICATED']);

    const first = await login(nip, oneTime);
    expect(first.errors).toBeUndefined();
    const forced = await viewerOfToken(first.data!.login.token);
    expect(forced.mustChangePassword).toBe(true);
    const blocked = await t.client.run(forced, EMPLOYEES);
    expect(codesOf(blocked)).toEqual(['FORBIDDEN']);
    expect(reasonOf(blocked)).toBe('PASSWORD_CHANGE_REQUIRED');
    const me = await t.client.run(forced, ME);
    expect(me.data?.me).toMatchObject({ username: nip, mustChangePassword: true });

    const weak = await t.client.run(forced, CHANGE, { c: oneTime, n: 'password123' });
    expect(fieldsOf(weak)).toEqual(['newPassword:PASSWORD_TOO_WEAK']);
    const changed = await t.client.run(forced, CHANGE, { c: oneTime, n: STRONG });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.changePassword.user.mustChangePassword).toBe(false);
    const fresh = await viewerOfToken(changed.data!.changePassword.token);
    expect(fresh.mustChangePassword).toBe(false);
    expect((await t.client.run(fresh, EMPLOYEES)).errors).toBeUndefined();
    await expect(viewerOfToken(first.data!.login.token)).rejects.toMatchObject({
      extensions: { reason: 'SESSION_ENDED' },
    });
    expect((await login(nip, STRONG)).errors).toBeUndefined();
    expect(codesOf(await login(nip, oneTime))).toEqual(['UNAUTHENTICATED']);
  });

  it('changes one’s own password only with the current one and a strong new one', async () => {
    const nip = t.org.people.staffB1.nip;
    const before = await accountOf(nip);
    const audits = await auditCount();
    const cases: [string, string, string[]][] = [
      ['wrong-password', STRONG, ['currentPassword:WRONG_PASSWORD']],
      ['', STRONG, ['currentPassword:REQUIRED']],
      [FIXTURE_PASSWORD, 'pendek', ['newPassword:PASSWORD_TOO_SHORT']],
      [FIXTURE_PASSWORD, FIXTURE_PASSWORD, ['newPassword:PASSWORD_UNCHANGED']],
      [FIXTURE_PASSWORD, `${nip}`, ['newPassword:PASSWORD_TOO_WEAK']],
      ['nope', 'pendek', ['currentPassword:WRONG_PASSWORD', 'newPassword:PASSWORD_TOO_SHORT']],
    ];
    for (const [current, next, expected] of cases) {
      const result = await t.client.as(nip, CHANGE, { c: current, n: next });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(expected);
    }
    expect(await accountOf(nip)).toEqual(before);
    expect(await auditCount()).toBe(audits);
    const ok = await t.client.as(nip, CHANGE, { c: FIXTURE_PASSWORD, n: STRONG });
    expect(ok.errors).toBeUndefined();
    expect(await auditCount()).toBe(audits + 1);
    // Back to the fixture password through HR, so later tests may log in.
    await accounts().update({ username: nip }, { passwordHash: before.passwordHash });
  });

  it('stops guessing the current password after five wrong ones', async () => {
    const nip = t.org.people.kasiA.nip;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await t.client.as(nip, CHANGE, { c: `salah-${attempt}`, n: STRONG });
      expect(fieldsOf(wrong)).toEqual(['currentPassword:WRONG_PASSWORD']);
    }
    const limited = await t.client.as(nip, CHANGE, { c: FIXTURE_PASSWORD, n: STRONG });
    expect(codesOf(limited)).toEqual(['FORBIDDEN']);
    expect(reasonOf(limited)).toBe('RATE_LIMITED');
    await t.db.dataSource
      .getRepository(LoginFailure)
      .delete({ accountKey: `account:${(await accountOf(nip)).id}` });
  });

  it('locks and unlocks: a locked account cannot log in and its tokens end; HR cannot lock itself', async () => {
    const nip = t.org.people.staffA1.nip;
    const target = await accountOf(nip);
    const token = (await login(nip, FIXTURE_PASSWORD)).data!.login.token;
    const locked = await t.client.as('admin', LOCK, { id: String(target.id), r: 'cuti panjang' });
    expect(locked.data?.lockAccount.locked).toBe(true);
    await expect(viewerOfToken(token)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const refused = await login(nip, FIXTURE_PASSWORD);
    expect(reasonOf(refused)).toBe('ACCOUNT_LOCKED');
    expect(reasonOf(await t.client.as('admin', LOCK, { id: String(target.id) }))).toBe(
      'ACCOUNT_ALREADY_LOCKED',
    );
    const unlocked = await t.client.as('admin', UNLOCK, { id: String(target.id) });
    expect(unlocked.data?.unlockAccount.locked).toBe(false);
    expect((await login(nip, FIXTURE_PASSWORD)).errors).toBeUndefined();
    const actions = await t.db.dataSource
      .getRepository(AuditLog)
      .find({ where: { entityId: String(target.id), entity: 'User' }, order: { id: 'ASC' } });
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(['account.lock', 'account.unlock']),
    );
    const admin = await accountOf('admin');
    const self = await t.client.as('admin', LOCK, { id: String(admin.id) });
    expect(reasonOf(self)).toBe('ACCOUNT_SELF_LOCK');
    expect(reasonOf(await t.client.as('admin', RESET, { id: String(admin.id) }))).toBe(
      'ACCOUNT_SELF_RESET',
    );
  });

  it('grants and removes roles within the safety rules', async () => {
    const admin = await accountOf('admin');
    const analis = await accountOf('analis');
    const camat = await accountOf('camat');
    const staff = await accountOf(t.org.people.kasiB.nip);
    const refuse = async (operation: string, id: number, role: string, reason: string) => {
      const before = await auditCount();
      const result = await t.client.as('admin', operation, { id: String(id), role });
      // A bad role names the field; a refused change carries the reason on the whole error.
      expect([reasonOf(result), ...fieldsOf(result)]).toContain(
        reason === 'ROLE_NOT_GRANTABLE' ? `role:${reason}` : reason,
      );
      expect(await auditCount()).toBe(before);
    };
    await refuse(REMOVE, admin.id, 'HR_ADMIN', 'ROLE_SELF_REMOVAL');
    await refuse(GRANT, staff.id, 'EMPLOYEE', 'ROLE_NOT_GRANTABLE');
    await refuse(REMOVE, staff.id, 'ANALYST', 'ROLE_NOT_HELD');
    await refuse(GRANT, camat.id, 'HR_ADMIN', 'ROLE_SEGREGATION');
    await refuse(GRANT, analis.id, 'LEADER', 'ROLE_NEEDS_EMPLOYEE');
    await refuse(GRANT, camat.id, 'LEADER', 'ROLE_ALREADY_HELD');

    const granted = await t.client.as('admin', GRANT, { id: String(staff.id), role: 'HR_ADMIN' });
    expect(granted.data?.grantRole.roles).toEqual(['EMPLOYEE', 'HR_ADMIN']);
    // The new HR admin reads every account at once (roles are re-read on each request).
    expect((await t.client.as(t.org.people.kasiB.nip, ACCOUNTS)).data?.accounts.totalCount).toBe(
      await accounts().count(),
    );
    // Two HR admins: one may remove the other, then the last one stays.
    const removed = await t.client.as(t.org.people.kasiB.nip, REMOVE, {
      id: String(admin.id),
      role: 'HR_ADMIN',
    });
    expect(removed.data?.removeRole.roles).toEqual([]);
    const last = await t.client.as(t.org.people.kasiB.nip, REMOVE, {
      id: String(staff.id),
      role: 'HR_ADMIN',
    });
    expect(reasonOf(last)).toBe('ROLE_SELF_REMOVAL');
    await accounts().update({ id: staff.id }, { roles: [] });
    await accounts().update({ id: admin.id }, { roles: ['HR_ADMIN'] as never });
    const viewer = await t.client.viewer('admin');
    const lastOne = await t.client.run(viewer, LOCK, { id: String(staff.id) });
    expect(lastOne.errors).toBeUndefined();
    await accounts().update({ id: staff.id }, { roles: ['EMPLOYEE'] as never, locked: false });
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .findOneByOrFail({ action: 'account.grantRole', entityId: String(staff.id) });
    expect(audit.after).toEqual({ roles: ['EMPLOYEE', 'HR_ADMIN'] });
  });

  it('names the bad variable and refuses an unknown account', async () => {
    const missing = await t.client.as('admin', RESET, { id: '999999' });
    expect(codesOf(missing)).toEqual(['NOT_FOUND']);
    const bad = await t.client.as('admin', GRANT, { id: '1', role: 'ROOT' });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
  });
});
