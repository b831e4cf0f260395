import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

const ALGORITHM = 'HS256' as const;
const AUDIENCE = 'kinerja-api';
const SESSION_VERSION_CLAIM = 'sv';

/** Tokens already verified, kept for the next request of the same session (oldest dropped first). */
const MAX_VERIFIED_TOKENS = 5_000;

/** What a verified token says: whose session, and the session version it was signed at. */
export interface SessionClaims {
  accountId: number;
  sessionVersion: unknown;
}

/**
 * Signs and verifies session tokens (HS256, issuer, audience, expiry). The secret becomes a
 * KeyObject once: handed a string, jsonwebtoken first tries to parse it as a PEM public key on
 * every call, which cost 14 % of the server's CPU under load.
 *
 * A token's signature, algorithm, issuer and audience check out the same on every request, so a
 * verified token's claims are kept until its expiry: each request then costs one lookup and the
 * expiry check instead of a decode, an HMAC and JSON parses. Whether the session still holds
 * (account active, session version) is the database's answer on every request, never kept here.
 */
export class SessionTokens {
  private readonly key: KeyObject;
  private readonly verified = new Map<string, { claims: SessionClaims; expiresAt: number }>();

  constructor(
    secret: string,
    private readonly options: { issuer: string; expiresIn: string },
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  sign(claims: { accountId: number; roles: readonly string[]; sessionVersion: number }): string {
    return jwt.sign(
      { roles: claims.roles, [SESSION_VERSION_CLAIM]: claims.sessionVersion },
      this.key,
      {
        algorithm: ALGORITHM,
        expiresIn: this.options.expiresIn as jwt.SignOptions['expiresIn'],
        issuer: this.options.issuer,
        audience: AUDIENCE,
        subject: String(claims.accountId),
      },
    );
  }

  /** The token's claims; throws jsonwebtoken's errors (`TokenExpiredError` for an expired one). */
  verify(token: string): SessionClaims {
    const known = this.verified.get(token);
    // jsonwebtoken's own test: expired once the clock reaches `exp` (whole seconds).
    if (known && Math.floor(Date.now() / 1000) < known.expiresAt) return known.claims;
    // An expired one is verified again, so that it fails as jsonwebtoken says (TokenExpiredError).
    if (known) this.verified.delete(token);
    const payload = jwt.verify(token, this.key, {
      algorithms: [ALGORITHM],
      issuer: this.options.issuer,
      audience: AUDIENCE,
    }) as jwt.JwtPayload;
    const claims: SessionClaims = {
      accountId: Number(payload.sub),
      sessionVersion: payload[SESSION_VERSION_CLAIM] as unknown,
    };
    // Only tokens that expire are kept (ours always do): a kept one must end by itself.
    if (typeof payload.exp === 'number') {
      if (this.verified.size >= MAX_VERIFIED_TOKENS)
        this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { claims, expiresAt: payload.exp });
    }
    return claims;
  }
}
