import jwt from 'jsonwebtoken';
import { type DataSource, LessThan, MoreThan } from 'typeorm';
import type { AppConfig } from '../../config';
import type { Viewer } from '../../platform/auth/viewer';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { type SessionClaims, SessionTokens } from '../../platform/auth/session-token';
import { entityColumnsSql, hydrateEntity } from '../../platform/database/entity-rows';
import { queryNamed } from '../../platform/database/named-sql';
import { forbidden, HTTP_401, unauthenticated } from '../../platform/graphql/errors';
import { Employee, ReportingLine } from '../org/employee.entity';
import { Account, LoginFailure } from './account.entity';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILED_LOGINS = 5;

// Verifying against a real hash when the account is unknown keeps both paths equally slow.
let decoyHash: Promise<string> | null = null;

export class AuthService {
  private readonly tokens: SessionTokens;
  private accountWithChainSql: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.tokens = new SessionTokens(config.jwtSecret, {
      issuer: config.jwtIssuer,
      expiresIn: config.jwtExpiresIn,
    });
  }

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
    return this.tokens.sign({
      accountId: account.id,
      roles: account.roles,
      sessionVersion: account.sessionVersion,
    });
  }

  /**
   * Resolves a bearer token to the current account in one statement: roles, state and the
   * reporting line are re-read on every request, so revocation takes effect on the next one.
   */
  async viewerFromToken(token: string): Promise<Viewer> {
    let claims: SessionClaims;
    try {
      claims = this.tokens.verify(token);
    } catch (error) {
      throw error instanceof jwt.TokenExpiredError
        ? unauthenticated('SESSION_EXPIRED', 'Your session has expired; log in again', HTTP_401)
        : unauthenticated('INVALID_TOKEN', 'Invalid token', HTTP_401);
    }
    if (!Number.isSafeInteger(claims.accountId))
      throw unauthenticated('INVALID_TOKEN', 'Invalid token', HTTP_401);
    const found = await this.accountWithChain(claims.accountId);
    const account = found?.account;
    if (!account || !account.active)
      throw unauthenticated('ACCOUNT_INACTIVE', 'This account is no longer active', HTTP_401);
    if (account.locked) throw unauthenticated('ACCOUNT_LOCKED', 'This account is locked', HTTP_401);
    // Deactivation (and later a password reset) raises the version: older tokens end at once.
    if (claims.sessionVersion !== account.sessionVersion)
      throw unauthenticated('SESSION_ENDED', 'This session has ended; log in again', HTTP_401);
    return viewerFrom(account, found.supervisorChainIds);
  }

  /** The viewer an account acts as, with its place in the reporting line (used by the rules). */
  async viewerOf(account: Account): Promise<Viewer> {
    const found = await this.accountWithChain(account.id);
    return viewerFrom(account, found?.supervisorChainIds ?? []);
  }

  /**
   * The account and everyone above its employee in the reporting line, in one statement. It runs
   * on every request, so its text is built once per data source (`queryNamed`, `hydrateEntity`):
   * building it with the query builder each time cost more CPU than the rest of a small request.
   */
  private async accountWithChain(
    id: number,
  ): Promise<{ account: Account; supervisorChainIds: number[] } | null> {
    const rows = await queryNamed<
      Record<string, unknown> & { supervisorChain: string | number | null }
    >(this.dataSource, (this.accountWithChainSql ??= accountWithChainSql(this.dataSource)), { id });
    if (rows.length === 0) return null;
    // GROUP_CONCAT gives "3,1" (a lone id may come back as a number); NULL without a chain.
    const chain = rows[0].supervisorChain;
    return {
      account: hydrateEntity(this.dataSource, Account, ACCOUNT_ALIAS, rows[0]),
      supervisorChainIds: chain === null ? [] : String(chain).split(',').map(Number),
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

const ACCOUNT_ALIAS = 'account';

/** Every column of the account (as `account_<column>`) and its supervisor chain, by `:id`. */
function accountWithChainSql(dataSource: DataSource): string {
  const escape = (name: string) => dataSource.driver.escape(name);
  const account = dataSource.getMetadata(Account);
  const line = dataSource.getMetadata(ReportingLine);
  const column = (metadata: typeof account, property: string) =>
    escape(metadata.findColumnWithPropertyName(property)!.databaseName);
  const alias = escape(ACCOUNT_ALIAS);
  return (
    `SELECT ${entityColumnsSql(dataSource, Account, ACCOUNT_ALIAS)}, ` +
    `(SELECT GROUP_CONCAT(${escape('line')}.${column(line, 'ancestorId')}) ` +
    `FROM ${escape(line.tableName)} ${escape('line')} ` +
    `WHERE ${escape('line')}.${column(line, 'descendantId')} = ${alias}.${column(account, 'employeeId')} ` +
    `AND ${escape('line')}.${column(line, 'depth')} > 0) AS ${escape('supervisorChain')} ` +
    `FROM ${escape(account.tableName)} ${alias} WHERE ${alias}.${column(account, 'id')} = :id`
  );
}

function viewerFrom(account: Account, supervisorChainIds: number[]): Viewer {
  return {
    accountId: account.id,
    username: account.username,
    roles: account.roles,
    employeeId: account.employeeId,
    supervisorChainIds,
    mustChangePassword: account.mustChangePassword,
  };
}
