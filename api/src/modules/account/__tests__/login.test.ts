import jwt from 'jsonwebtoken';
import { loadConfig } from '../../../config';
import { DRIVERS } from '../../../testing/databases';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { LoginFailure } from '../account.entity';
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
    await t.db.dataSource
      .getRepository(LoginFailure)
      .update({ accountKey: nip }, { createdAt: new Date(Date.now() - 16 * 60 * 1000) });
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
    const analyst = await t.client.as('analis', query);
    expect(analyst.data?.me).toMatchObject({
      username: 'analis',
      roles: ['ANALYST'],
      employee: null,
      isSupervisor: false,
    });
  });
});
