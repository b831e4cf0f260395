import crypto, { KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { SessionTokens } from '../session-token';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const OPTIONS = { issuer: 'kinerja-test', expiresIn: '1h' };

describe('SessionTokens', () => {
  afterEach(() => jest.restoreAllMocks());

  it('builds the secret KeyObject once and hands that same object to every sign and verify', () => {
    const createSecretKey = jest.spyOn(crypto, 'createSecretKey');
    const verify = jest.spyOn(jwt, 'verify');
    const sign = jest.spyOn(jwt, 'sign');
    const tokens = new SessionTokens(SECRET, OPTIONS);
    const token = tokens.sign({ accountId: 7, roles: ['EMPLOYEE'], sessionVersion: 2 });
    const other = tokens.sign({ accountId: 8, roles: ['EMPLOYEE'], sessionVersion: 1 });
    expect(tokens.verify(token)).toEqual({ accountId: 7, sessionVersion: 2 });
    expect(tokens.verify(other)).toEqual({ accountId: 8, sessionVersion: 1 });
    expect(createSecretKey).toHaveBeenCalledTimes(1);
    const keys = [...sign.mock.calls, ...verify.mock.calls].map((call) => call[1]);
    expect(keys).toHaveLength(4);
    expect(keys[0]).toBeInstanceOf(KeyObject);
    expect((keys[0] as KeyObject).type).toBe('secret');
    for (const key of keys) expect(key).toBe(keys[0]);
  });

  it('verifies a token once, then answers from what it kept until the token expires', () => {
    const now = jest.spyOn(Date, 'now');
    now.mockReturnValue(Date.UTC(2026, 0, 1, 8));
    const tokens = new SessionTokens(SECRET, OPTIONS);
    const token = tokens.sign({ accountId: 7, roles: ['EMPLOYEE'], sessionVersion: 2 });
    const verify = jest.spyOn(jwt, 'verify');
    for (let i = 0; i < 3; i += 1)
      expect(tokens.verify(token)).toEqual({ accountId: 7, sessionVersion: 2 });
    expect(verify).toHaveBeenCalledTimes(1);
    // Another secret's instance keeps nothing of this one's.
    expect(() => new SessionTokens(`${SECRET}-other`, OPTIONS).verify(token)).toThrow(
      jwt.JsonWebTokenError,
    );
    // A changed character is another token: verified, and refused.
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(() => tokens.verify(tampered)).toThrow(jwt.JsonWebTokenError);
    // One second before expiry it still holds; at expiry it ends as any expired token does.
    now.mockReturnValue(Date.UTC(2026, 0, 1, 9) - 1000);
    expect(tokens.verify(token)).toEqual({ accountId: 7, sessionVersion: 2 });
    now.mockReturnValue(Date.UTC(2026, 0, 1, 9));
    expect(() => tokens.verify(token)).toThrow(jwt.TokenExpiredError);
    expect(() => tokens.verify(token)).toThrow(jwt.TokenExpiredError);
  });

  it('keeps a bounded number of tokens, dropping the oldest first', () => {
    const tokens = new SessionTokens(SECRET, OPTIONS);
    const first = tokens.sign({ accountId: 1, roles: [], sessionVersion: 1 });
    tokens.verify(first);
    for (let id = 2; id <= 5_001; id += 1)
      tokens.verify(tokens.sign({ accountId: id, roles: [], sessionVersion: 1 }));
    const verify = jest.spyOn(jwt, 'verify');
    expect(tokens.verify(first)).toEqual({ accountId: 1, sessionVersion: 1 });
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('accepts tokens signed with the plain string secret (sessions survive the change)', () => {
    const token = jwt.sign({ sv: 1 }, SECRET, {
      algorithm: 'HS256',
      issuer: OPTIONS.issuer,
      audience: 'kinerja-api',
      subject: '12',
    });
    expect(new SessionTokens(SECRET, OPTIONS).verify(token)).toEqual({
      accountId: 12,
      sessionVersion: 1,
    });
  });

  it('refuses another secret, algorithm, issuer or audience, and expired tokens', () => {
    const tokens = new SessionTokens(SECRET, OPTIONS);
    const signed = (secret: string, options: jwt.SignOptions) =>
      jwt.sign({ sv: 1 }, secret, {
        algorithm: 'HS256',
        issuer: OPTIONS.issuer,
        audience: 'kinerja-api',
        subject: '12',
        ...options,
      });
    const bad = [
      signed('another-secret-of-at-least-thirty-two-chars', {}),
      signed(SECRET, { algorithm: 'HS512' }),
      signed(SECRET, { issuer: 'someone-else' }),
      signed(SECRET, { audience: 'another-api' }),
      signed(SECRET, { expiresIn: -10 }),
    ];
    for (const token of bad) expect(() => tokens.verify(token)).toThrow(jwt.JsonWebTokenError);
    expect(() => tokens.verify(bad[4])).toThrow(jwt.TokenExpiredError);
  });
});
