import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

const ALGORITHM = 'HS256' as const;
const AUDIENCE = 'kinerja-api';
const SESSION_VERSION_CLAIM = 'sv';

/** What a verified token says: whose session, and the session version it was signed at. */
export interface SessionClaims {
  accountId: number;
  sessionVersion: unknown;
}

/**
 * Signs and verifies session tokens (HS256, issuer, audience, expiry). The secret becomes a
 * KeyObject once: handed a string, jsonwebtoken first tries to parse it as a PEM public key on
 * every call, which cost 14 % of the server's CPU under load.
 */
export class SessionTokens {
  private readonly key: KeyObject;

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
    const payload = jwt.verify(token, this.key, {
      algorithms: [ALGORITHM],
      issuer: this.options.issuer,
      audience: AUDIENCE,
    }) as jwt.JwtPayload;
    return { accountId: Number(payload.sub), sessionVersion: payload[SESSION_VERSION_CLAIM] };
  }
}
