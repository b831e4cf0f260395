import { type DataSource, type EntityManager, MoreThan } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { Role } from '../../platform/auth/role';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { recordAudit } from '../../platform/audit/audit.service';
import { ReadableRows } from '../../platform/database/readable-rows';
import { lockedRow } from '../../platform/database/row-lock';
import { runTransaction } from '../../platform/database/transaction';
import { containing, likeSql, startingWith } from '../../platform/database/like';
import {
  assertNoProblems,
  badInput,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
} from '../../platform/graphql/errors';
import type { Connection, PageArgs } from '../../platform/graphql/pagination';
import { readFilterTexts, textProblems } from '../../platform/graphql/text';
import type { LoaderDefinition } from '../../platform/graphql/loaders';
import { Employee } from '../org/employee.entity';
import { Account, LoginFailure } from './account.entity';
import type { AccountFilter } from './account.inputs';
import { assertAnotherHrAdmin } from './account-access';
import { accountSqlFields } from './account.permissions';
import { LOGIN_WINDOW_MS, MAX_FAILED_LOGINS } from './auth.service';
import { generateOneTimePassword, passwordPolicyProblems } from './utils/password-policy.util';

/** The roles HR grants and removes; EMPLOYEE follows the employee record instead. */
export const GRANTABLE_ROLES: readonly Role[] = [Role.HR_ADMIN, Role.ANALYST, Role.LEADER];
const MAX_REASON_LENGTH = 500;

/** For each employee id, whether any active employee reports to them: one statement per batch. */
const supervisesAnyone: LoaderDefinition<number, boolean> = async (dataSource, employeeIds) => {
  const rows: { supervisorId: number | string }[] = await dataSource
    .getRepository(Employee)
    .createQueryBuilder('member')
    .select('DISTINCT member.supervisorId', 'supervisorId')
    .where('member.active = :active AND member.supervisorId IN (:...employeeIds)', {
      active: true,
      employeeIds: [...employeeIds],
    })
    .getRawMany();
  const supervisors = new Set(rows.map((row) => Number(row.supervisorId)));
  return employeeIds.map((id) => supervisors.has(id));
};

export class AccountService {
  private readonly accounts: ReadableRows<Account>;

  constructor(private readonly dataSource: DataSource) {
    this.accounts = new ReadableRows(dataSource, Account, 'account', accountSqlFields('account'));
  }

  async get(id: number): Promise<Account> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ id });
    if (!account) throw notFound('User', id);
    return account;
  }

  /** One account the viewer may read (HR: any; everyone else: their own). */
  getReadable(context: Context, id: number): Promise<Account> {
    return this.accounts.get(context.ability, id);
  }

  /** Whether the employee supervises anyone active; a list's accounts are read in one statement. */
  isSupervisor(context: Context, employeeId: number): Promise<boolean> {
    return context.loaders.get(supervisesAnyone).load(employeeId);
  }

  list(
    context: Context,
    filter: AccountFilter | null | undefined,
    page: PageArgs,
  ): Promise<Connection<Account>> {
    const { search } = readFilterTexts(filter, ['search']);
    return this.accounts.list(context.ability, page, {
      filter,
      narrow: (query) => {
        if (search)
          query
            .leftJoin(Employee, 'owner', 'owner.id = account.employeeId')
            .andWhere(
              `(${likeSql('account.username', 'search')} OR ${likeSql('owner.name', 'search')} OR ${likeSql('owner.nip', 'nipPrefix')})`,
              { search: containing(search), nipPrefix: startingWith(search) },
            );
        if (filter?.role)
          // `roles` is a comma-separated list (simple-array): match the whole word only.
          query.andWhere(
            '(account.roles = :role OR account.roles LIKE :roleFirst OR account.roles LIKE :roleLast OR account.roles LIKE :roleMiddle)',
            {
              role: filter.role,
              roleFirst: `${filter.role},%`,
              roleLast: `%,${filter.role}`,
              roleMiddle: `%,${filter.role},%`,
            },
          );
        if (typeof filter?.locked === 'boolean')
          query.andWhere('account.locked = :locked', { locked: filter.locked });
        if (typeof filter?.active === 'boolean')
          query.andWhere('account.active = :active', { active: filter.active });
      },
      order: {
        expression: 'account.username',
        valueOf: (account) => account.username,
        idExpression: 'account.id',
      },
    });
  }

  /**
   * The owner changes their password: the current one is required, the new one must pass the
   * policy. Ends every other session (the caller issues a fresh token) and lifts a forced change.
   */
  async changePassword(
    context: Context,
    currentPassword: string,
    newPassword: string,
  ): Promise<Account> {
    const viewer = context.viewer;
    if (!viewer) throw forbidden('ACCOUNTS_FORBIDDEN', 'Log in first');
    const account = await this.get(viewer.accountId);
    const owner =
      account.employeeId === null
        ? null
        : await this.dataSource.getRepository(Employee).findOneBy({ id: account.employeeId });
    // Wrong current passwords count like failed logins: a stolen session cannot guess the password.
    const failures = this.dataSource.getRepository(LoginFailure);
    const accountKey = `account:${account.id}`;
    const recent = await failures.countBy({
      accountKey,
      createdAt: MoreThan(new Date(Date.now() - LOGIN_WINDOW_MS)),
    });
    if (recent >= MAX_FAILED_LOGINS)
      throw forbidden('RATE_LIMITED', 'Too many wrong passwords; try again later', {
        retryAfterSeconds: Math.ceil(LOGIN_WINDOW_MS / 1000),
      });
    const problems: FieldProblem[] = [];
    if (!currentPassword)
      problems.push({ field: 'currentPassword', reason: 'REQUIRED', message: 'is required' });
    else if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      await failures.insert({ accountKey, address: context.clientAddress, createdAt: new Date() });
      problems.push({
        field: 'currentPassword',
        reason: 'WRONG_PASSWORD',
        message: 'is not the current password',
      });
    }
    if (currentPassword && newPassword === currentPassword)
      problems.push({
        field: 'newPassword',
        reason: 'PASSWORD_UNCHANGED',
        message: 'must differ from the current password',
      });
    else
      problems.push(
        ...passwordPolicyProblems({
          password: newPassword,
          userInputs: [account.username, owner?.name, owner?.nip, owner?.email],
        }),
      );
    assertNoProblems(problems);
    const passwordHash = await hashPassword(newPassword);
    await runTransaction(this.dataSource, async (manager) => {
      const changes = {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        sessionVersion: account.sessionVersion + 1,
      };
      await this.updateOnly(manager, account, changes);
      await manager.delete(LoginFailure, { accountKey });
      await recordAudit(manager, {
        actor: viewer,
        action: 'account.changePassword',
        entity: 'User',
        entityId: account.id,
        before: { mustChangePassword: account.mustChangePassword },
        after: { mustChangePassword: false, sessionVersion: changes.sessionVersion },
      });
    });
    return this.get(account.id);
  }

  /** HR sets a new one-time password (shown once), forces a change and ends every session. */
  async resetPassword(
    context: Context,
    id: number,
  ): Promise<{ account: Account; oneTimePassword: string }> {
    this.assertCanManage(context);
    if (id === context.viewer?.accountId)
      throw forbidden(
        'ACCOUNT_SELF_RESET',
        'Change your own password with changePassword, not a reset',
      );
    const oneTimePassword = generateOneTimePassword();
    const passwordHash = await hashPassword(oneTimePassword);
    await runTransaction(this.dataSource, async (manager) => {
      const account = await this.find(manager, id);
      if (!account.active)
        throw conflict('ACCOUNT_INACTIVE', 'This account is deactivated: reactivate the employee');
      const changes = {
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: new Date(),
        sessionVersion: account.sessionVersion + 1,
      };
      await this.updateOnly(manager, account, changes);
      // A user locked out by failed guesses can log in with the new password at once.
      await manager.delete(LoginFailure, { accountKey: `account:${id}` });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'account.resetPassword',
        entity: 'User',
        entityId: id,
        before: { mustChangePassword: account.mustChangePassword },
        after: { mustChangePassword: true, sessionVersion: changes.sessionVersion },
      });
    });
    return { account: await this.get(id), oneTimePassword };
  }

  /** HR locks (ending every session) or unlocks an account, with an optional reason for the audit. */
  async setLocked(
    context: Context,
    id: number,
    locked: boolean,
    reason: string | null | undefined,
  ): Promise<Account> {
    this.assertCanManage(context);
    const note = reason?.trim() || null;
    if (note) assertNoProblems(textProblems('reason', note, { max: MAX_REASON_LENGTH }));
    if (locked && id === context.viewer?.accountId)
      throw forbidden('ACCOUNT_SELF_LOCK', 'You cannot lock your own account');
    await runTransaction(this.dataSource, async (manager) => {
      const account = await this.find(manager, id);
      if (account.locked === locked)
        throw conflict(
          locked ? 'ACCOUNT_ALREADY_LOCKED' : 'ACCOUNT_NOT_LOCKED',
          locked ? 'This account is locked already' : 'This account is not locked',
        );
      if (locked && account.roles.includes(Role.HR_ADMIN)) await assertAnotherHrAdmin(manager, id);
      const changes = locked
        ? { locked, sessionVersion: account.sessionVersion + 1 }
        : { locked, sessionVersion: account.sessionVersion };
      await this.updateOnly(manager, account, changes);
      await recordAudit(manager, {
        actor: context.viewer,
        action: locked ? 'account.lock' : 'account.unlock',
        entity: 'User',
        entityId: id,
        before: { locked: account.locked, sessionVersion: account.sessionVersion },
        after: changes,
        reason: note,
      });
    });
    return this.get(id);
  }

  /** HR grants or removes HR_ADMIN, ANALYST or LEADER, within the separation-of-duty rules. */
  async setRole(
    context: Context,
    id: number,
    role: Role,
    granted: boolean,
    reason: string | null | undefined,
  ): Promise<Account> {
    this.assertCanManage(context);
    const note = reason?.trim() || null;
    const problems: FieldProblem[] = [];
    if (!GRANTABLE_ROLES.includes(role))
      problems.push({
        field: 'role',
        reason: 'ROLE_NOT_GRANTABLE',
        message: `must be one of ${GRANTABLE_ROLES.join(', ')}; EMPLOYEE follows the employee record`,
        params: { allowed: GRANTABLE_ROLES.join(', ') },
      });
    if (note) problems.push(...textProblems('reason', note, { max: MAX_REASON_LENGTH }));
    if (problems.length) throw badInput(problems);
    if (!granted && role === Role.HR_ADMIN && id === context.viewer?.accountId)
      throw forbidden(
        'ROLE_SELF_REMOVAL',
        'You cannot remove your own HR_ADMIN role; ask another HR administrator',
      );
    await runTransaction(this.dataSource, async (manager) => {
      // Locked: two role changes at once (ANALYST and LEADER granted from two screens) would each
      // write the roles as they read them, and one grant would be lost while both were audited.
      const account = await this.find(manager, id, { lock: true });
      if (granted) {
        if (account.roles.includes(role))
          throw conflict('ROLE_ALREADY_HELD', `This account holds ${role} already`);
        if (!account.active)
          throw conflict('ACCOUNT_INACTIVE', 'A deactivated account cannot be given a role');
        if (role === Role.LEADER && account.employeeId === null)
          throw conflict('ROLE_NEEDS_EMPLOYEE', 'LEADER is held by an employee (the Camat)');
        // HR evaluates no one (DESIGN §1): HR_ADMIN and LEADER never sit on one account.
        const other = role === Role.HR_ADMIN ? Role.LEADER : Role.HR_ADMIN;
        if ((role === Role.HR_ADMIN || role === Role.LEADER) && account.roles.includes(other))
          throw conflict(
            'ROLE_SEGREGATION',
            `${role} and ${other} cannot be held together (segregation of duties)`,
            { conflictingRole: other },
          );
      } else {
        if (!account.roles.includes(role))
          throw conflict('ROLE_NOT_HELD', `This account does not hold ${role}`);
        if (role === Role.HR_ADMIN) await assertAnotherHrAdmin(manager, id);
      }
      const roles = granted
        ? [...account.roles, role]
        : account.roles.filter((held) => held !== role);
      await this.updateOnly(manager, account, { roles });
      await recordAudit(manager, {
        actor: context.viewer,
        action: granted ? 'account.grantRole' : 'account.removeRole',
        entity: 'User',
        entityId: id,
        before: { roles: account.roles },
        after: { roles },
        reason: note,
      });
    });
    return this.get(id);
  }

  private assertCanManage(context: Context) {
    if (!context.ability.can('update', 'User'))
      throw forbidden('ACCOUNTS_FORBIDDEN', 'Only HR manages accounts');
  }

  private async find(
    manager: EntityManager,
    id: number,
    { lock = false }: { lock?: boolean } = {},
  ): Promise<Account> {
    const account = lock
      ? await lockedRow(manager, Account, id)
      : await manager.findOneBy(Account, { id });
    if (!account) throw notFound('User', id);
    return account;
  }

  /** The write, on the row as it was read: a concurrent change to the account refuses it. */
  private async updateOnly(manager: EntityManager, account: Account, changes: Partial<Account>) {
    const result = await manager.update(
      Account,
      { id: account.id, sessionVersion: account.sessionVersion },
      changes,
    );
    if (result.affected !== 1)
      throw conflict('STALE_VERSION', 'The account was changed at the same time; try again');
  }
}
