import jwt from 'jsonwebtoken';
import { type DataSource, LessThan, MoreThan } from 'typeorm';
import type { AppConfig } from '../../config';
import type { Viewer } from '../../platform/auth/viewer';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { forbidden, HTTP_401, unauthenticated } from '../../platform/graphql/errors';
import { Employee, ReportingLine } from '../org/employee.entity';
import { Account, LoginFailure } from './account.entity';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILED_LOGINS = 5;
const JWT_ALGORITHM = 'HS256' as const;
const JWT_AUDIENCE = 'kinerja-api';
const SESSION_VERSION_CLAIM = 'sv';

// Verifying against a real hash when the account is unknown keeps both paths equally slow.
let decoyHash: Promise<string> | null = null;

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async login(
    username: string,
    password: string,
    address: string,
  ): Promise<{ token: string; account: Account }> {
    const typedKey = username.trim().toLowerCase().slice(0, 60);
    const account = await this.findAccount(typedKey);
    // One counter per account, whether it is named by username or by NIP.
    const accountKey = account ? `account:${account.id}` : typedKey;
    const failures = this.dataSource.getRepository(LoginFailure);
    // The attempt is recorded before the password is checked, and only the attempts recorded
    // before it count: of many concurrent guesses, at most MAX_FAILED_LOGINS reach the check.
    const attempt = await failures.insert({ accountKey, address, createdAt: new Date() });
    const attemptId = Number(attempt.identifiers[0].id);
    const earlier = await failures.find({
      where: {
        accountKey,
        address,
        createdAt: MoreThan(new Date(Date.now() - LOGIN_WINDOW_MS)),
        id: LessThan(attemptId),
      },
      order: { createdAt: 'ASC' },
      take: MAX_FAILED_LOGINS,
    });
    if (earlier.length >= MAX_FAILED_LOGINS) {
      await failures.delete({ id: attemptId });
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((earlier[0].createdAt.getTime() + LOGIN_WINDOW_MS - Date.now()) / 1000),
      );
      throw forbidden(
        'RATE_LIMITED',
        `Too many failed logins; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
        { retryAfterSeconds },
      );
    }
    const valid = account?.active
      ? await verifyPassword(account.passwordHash, password)
      : (await verifyPassword(await (decoyHash ??= hashPassword('decoy-password')), password),
        false);
    // A failed attempt stays recorded; a successful one clears the counter.
    if (!account || !valid)
      throw unauthenticated('WRONG_CREDENTIALS', 'Wrong username/NIP or password');
    await failures.delete({ accountKey, address });
    // Said only to someone who knows the password, so it reveals nothing to a guesser.
    if (account.locked)
      throw forbidden(
        'ACCOUNT_LOCKED',
        'This account is locked; contact Subbagian Umum dan Kepegawaian to unlock it',
      );
    return { token: this.tokenFor(account), account };
  }

  /** A signed session token for the account at its current session version. */
  tokenFor(account: Account): string {
    return jwt.sign(
      { roles: account.roles, [SESSION_VERSION_CLAIM]: account.sessionVersion },
      this.config.jwtSecret,
      {
        algorithm: JWT_ALGORITHM,
        expiresIn: this.config.jwtExpiresIn as jwt.SignOptions['expiresIn'],
        issuer: this.config.jwtIssuer,
        audience: JWT_AUDIENCE,
        subject: String(account.id),
      },
    );
  }

  /** Resolves a bearer token to the current account (roles and link re-read, so revocation is immediate). */
  async viewerFromToken(token: string): Promise<Viewer> {
    let subject: string | undefined;
    let sessionVersion: unknown;
    try {
      const payload = jwt.verify(token, this.config.jwtSecret, {
        algorithms: [JWT_ALGORITHM],
        issuer: this.config.jwtIssuer,
        audience: JWT_AUDIENCE,
      }) as jwt.JwtPayload;
      subject = payload.sub;
      sessionVersion = payload[SESSION_VERSION_CLAIM];
    } catch (error) {
      throw error instanceof jwt.TokenExpiredError
        ? unauthenticated('SESSION_EXPIRED', 'Your session has expired; log in again', HTTP_401)
        : unauthenticated('INVALID_TOKEN', 'Invalid token', HTTP_401);
    }
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: Number(subject) });
    if (!account || !account.active)
      throw unauthenticated('ACCOUNT_INACTIVE', 'This account is no longer active', HTTP_401);
    if (account.locked) throw unauthenticated('ACCOUNT_LOCKED', 'This account is locked', HTTP_401);
    // Deactivation (and later a password reset) raises the version: older tokens end at once.
    if (sessionVersion !== account.sessionVersion)
      throw unauthenticated('SESSION_ENDED', 'This session has ended; log in again', HTTP_401);
    return this.viewerOf(account);
  }

  /** The viewer an account acts as, with its place in the reporting line (used by the rules). */
  async viewerOf(account: Account): Promise<Viewer> {
    const chain =
      account.employeeId === null
        ? []
        : await this.dataSource.getRepository(ReportingLine).find({
            select: { ancestorId: true },
            where: { descendantId: account.employeeId, depth: MoreThan(0) },
          });
    return {
      accountId: account.id,
      username: account.username,
      roles: account.roles,
      employeeId: account.employeeId,
      supervisorChainIds: chain.map((line) => line.ancestorId),
      mustChangePassword: account.mustChangePassword,
    };
  }

  private async findAccount(accountKey: string): Promise<Account | null> {
    const accounts = this.dataSource.getRepository(Account);
    const byName = await accounts.findOneBy({ username: accountKey });
    if (byName) return byName;
    if (!/^\d{18}$/.test(accountKey)) return null;
    return accounts
      .createQueryBuilder('account')
      .innerJoin(Employee, 'employee', 'employee.id = account.employeeId')
      .where('employee.nip = :nip', { nip: accountKey })
      .getOne();
  }
}
