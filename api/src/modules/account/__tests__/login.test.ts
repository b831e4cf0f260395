import jwt from 'jsonwebtoken';
import { loadConfig } from '../../../config';
import { DRIVERS } from '../../../testing/databases';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { LoginFailure } from '../account.entity';
import * as passwords from '../../../platform/auth/password';
import { Account } from '../account.entity';
import { MAX_FAILED_LOGINS } from '../auth.service';

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id username roles abilityRules employee { id name } } } }';

describe.each(DRIVERS)('login on %s', (kind) => {
  const t = useSmallOrg(kind);
  const config = loadConfig({ NODE_ENV: 'test' });

  it('accepts a username or a NIP and returns a verifiable HS256 token with issuer and expiry', async () => {
    const byName = await t.client.run(null, LOGIN, { u: 'camat', p: FIXTURE_PASSWORD });
    expect(byName.errors).toBeUndefined();
    expect(byName.data?.login.user.roles).toEqual(['EMPLOYEE', 'LEADER']);
    expect(byName.data?.login.user.employee.name).toBe('Bambang Camat');
    const byNip = await t.client.run(null, LOGIN, {
      u: t.org.people.staffA1.nip,
      p: FIXTURE_PASSWORD,
    });
    expect(byNip.data?.login.user.employee.id).toBe(String(t.org.people.staffA1.id));
    const token = byNip.data?.login.token as string;
    const decoded = jwt.decode(token, { complete: true }) as jwt.Jwt;
    expect(decoded.header.alg).toBe('HS256');
    const payload = decoded.payload as jwt.JwtPayload;
    expect(payload.iss).toBe(config.jwtIssuer);
    expect(payload.exp! - payload.iat!).toBe(8 * 3600);
    const viewer = await t.client.server.services.auth.viewerFromToken(token);
    expect(viewer.employeeId).toBe(t.org.people.staffA1.id);
    expect(byNip.data?.login.user.abilityRules).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'read', subject: 'Employee' })]),
    );
  });

  it('rejects tokens with another algorithm, issuer or secret, and expired ones', async () => {
    const account = await t.client.viewer('admin');
    const sub = String(account.accountId);
    const forged = [
      jwt.sign({}, config.jwtSecret, {
        algorithm: 'HS512',
        issuer: config.jwtIssuer,
        audience: 'kinerja-api',
        subject: sub,
      }),
      jwt.sign({}, config.jwtSecret, {
        algorithm: 'HS256',
        issuer: 'someone-else',
        audience: 'kinerja-api',
        subject: sub,
      }),
      jwt.sign({}, 'another-secret', {
        algorithm: 'HS256',
        issuer: config.jwtIssuer,
        audience: 'kinerja-api',
        subject: sub,
      }),
      jwt.sign({ exp: Math.floor(Date.now() / 1000) - 10 }, config.jwtSecret, {
        algorithm: 'HS256',
        issuer: config.jwtIssuer,
        audience: 'kinerja-api',
        subject: sub,
      }),
      `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub, iss: config.jwtIssuer, aud: 'kinerja-api' })).toString('base64url')}.`,
    ];
    for (const token of forged) {
      await expect(t.client.server.services.auth.viewerFromToken(token)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('refuses a wrong password with UNAUTHENTICATED and the same message as an unknown user', async () => {
    const wrong = await t.client.run(null, LOGIN, { u: 'admin', p: 'salah' });
    const unknown = await t.client.run(null, LOGIN, { u: 'nobody', p: 'salah' });
    expect(codesOf(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('blocks an account and address after five failures for fifteen minutes, with a retry time', async () => {
    const nip = t.org.people.staffB1.nip;
    for (let i = 0; i < MAX_FAILED_LOGINS; i += 1) {
      expect(codesOf(await t.client.run(null, LOGIN, { u: nip, p: `salah-${i}` }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    const blocked = await t.client.run(null, LOGIN, { u: nip, p: FIXTURE_PASSWORD });
    expect(codesOf(blocked)).toEqual(['FORBIDDEN']);
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Other accounts from the same address are not affected.
    expect(
      (await t.client.run(null, LOGIN, { u: 'admin', p: FIXTURE_PASSWORD })).errors,
    ).toBeUndefined();
    // Once the failures are older than the window, the account works again.
    const { accountId } = await t.client.viewer(nip);
    await t.db.dataSource
      .getRepository(LoginFailure)
      .update(
        { accountKey: `account:${accountId}` },
        { createdAt: new Date(Date.now() - 16 * 60 * 1000) },
      );
    expect(
      (await t.client.run(null, LOGIN, { u: nip, p: FIXTURE_PASSWORD })).errors,
    ).toBeUndefined();
  });

  it('me returns the viewer with roles and rules, and isSupervisor derived from the reporting line', async () => {
    const query = '{ me { username roles isSupervisor employee { id } abilityRules } }';
    const kasi = await t.client.as(t.org.people.kasiA.nip, query);
    expect(kasi.data?.me.isSupervisor).toBe(true);
    const staff = await t.client.as(t.org.people.staffA1.nip, query);
    expect(staff.data?.me.isSupervisor).toBe(false);
    // Roles grant overlapping rules (the Camat is EMPLOYEE and LEADER): each is sent once.
    const camat = await t.client.as('camat', query);
    const rules = (camat.data?.me.abilityRules ?? []) as unknown[];
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules.map((rule) => JSON.stringify(rule))).size).toBe(rules.length);
    const analyst = await t.client.as('analis', query);
    expect(analyst.data?.me).toMatchObject({
      username: 'analis',
      roles: ['ANALYST'],
      employee: null,
      isSupervisor: false,
    });
  });

  it('lets at most five of twenty concurrent wrong passwords reach the password check', async () => {
    const verify = jest.spyOn(passwords, 'verifyPassword');
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_v, i) =>
          t.client.run(null, LOGIN, { u: 'admin', p: `tebakan-${i}` }),
        ),
      );
      expect(verify.mock.calls.length).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
      const codes = results.flatMap(codesOf);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(
        MAX_FAILED_LOGINS,
      );
      expect(codes.filter((code) => code === 'FORBIDDEN').length).toBeGreaterThanOrEqual(
        20 - MAX_FAILED_LOGINS,
      );
      // The right password is refused as well while the limit holds.
      expect(codesOf(await t.client.run(null, LOGIN, { u: 'admin', p: FIXTURE_PASSWORD }))).toEqual(
        ['FORBIDDEN'],
      );
    } finally {
      verify.mockRestore();
      await t.db.dataSource.getRepository(LoginFailure).delete({ address: '127.0.0.1' });
    }
  });

  it('counts failures by username and by NIP of one account together', async () => {
    const nip = t.org.people.camat.nip;
    for (let i = 0; i < MAX_FAILED_LOGINS; i += 1) {
      const username = i % 2 === 0 ? 'camat' : nip;
      expect(codesOf(await t.client.run(null, LOGIN, { u: username, p: `salah-${i}` }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    for (const username of ['camat', nip, ` CAMAT `]) {
      expect(
        codesOf(await t.client.run(null, LOGIN, { u: username, p: FIXTURE_PASSWORD })),
      ).toEqual(['FORBIDDEN']);
    }
    await t.db.dataSource.getRepository(LoginFailure).delete({ address: '127.0.0.1' });
  });

  it('deactivating an employee deactivates their account at once: old tokens and new logins are refused', async () => {
    const person = t.org.people.staffA2;
    const login = await t.client.run(null, LOGIN, { u: person.nip, p: FIXTURE_PASSWORD });
    const token = login.data?.login.token as string;
    await expect(t.client.server.services.auth.viewerFromToken(token)).resolves.toMatchObject({
      employeeId: person.id,
    });
    const version = (await t.client.as('admin', `{ employee(id: ${person.id}) { version } }`)).data
      ?.employee.version;
    const updated = await t.client.as(
      'admin',
      'mutation ($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { active } }',
      { id: String(person.id), input: { version, active: false } },
    );
    expect(updated.errors).toBeUndefined();
    const account = await t.db.dataSource
      .getRepository(Account)
      .findOneByOrFail({ employeeId: person.id });
    expect(account.active).toBe(false);
    await expect(t.client.server.services.auth.viewerFromToken(token)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(
      codesOf(await t.client.run(null, LOGIN, { u: person.nip, p: FIXTURE_PASSWORD })),
    ).toEqual(['UNAUTHENTICATED']);
    const audit = await t.client.as(
      'admin',
      '{ auditLog(filter: { entity: "User" }) { edges { node { action entityId } } } }',
    );
    expect(audit.data?.auditLog.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
      action: 'account.deactivate',
      entityId: String(account.id),
    });

    // Reactivated, the person logs in afresh; the token from before stays revoked.
    const reactivated = await t.client.as(
      'admin',
      'mutation ($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { active } }',
      { id: String(person.id), input: { version: version + 1, active: true } },
    );
    expect(reactivated.errors).toBeUndefined();
    await expect(t.client.server.services.auth.viewerFromToken(token)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const again = await t.client.run(null, LOGIN, { u: person.nip, p: FIXTURE_PASSWORD });
    expect(again.errors).toBeUndefined();
  });

  it('rolls the account back with the employee when the deactivation fails', async () => {
    const kasi = t.org.people.kasiB;
    const version = (await t.client.as('admin', `{ employee(id: ${kasi.id}) { version } }`)).data
      ?.employee.version;
    // kasiB still has an active direct report: the deactivation is refused and nothing changes.
    const refused = await t.client.as(
      'admin',
      'mutation ($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { active } }',
      { id: String(kasi.id), input: { version, active: false } },
    );
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    const account = await t.db.dataSource
      .getRepository(Account)
      .findOneByOrFail({ employeeId: kasi.id });
    expect(account).toMatchObject({ active: true, sessionVersion: 1 });
  });
});
