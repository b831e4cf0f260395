import type { EntityManager } from 'typeorm';
import { claimRows } from '../../platform/database/row-lock';
import { conflict } from '../../platform/graphql/errors';
import type { Viewer } from '../../platform/auth/viewer';
import { Role } from '../../platform/auth/role';
import { hashPassword } from '../../platform/auth/password';
import { recordAudit } from '../../platform/audit/audit.service';
import { Account } from './account.entity';
import { generateOneTimePassword } from './utils/password-policy.util';

/** What the audit keeps of an account: never the password hash. */
export function accountAuditView(account: Account | Partial<Account>) {
  const { passwordHash: _secret, employee: _employee, ...rest } = account;
  return rest;
}

/** A new employee's account and the one-time password to hand them (shown once, never stored). */
export interface ProvisionedAccount {
  account: Account;
  oneTimePassword: string;
}

/**
 * Creates the login account of a newly added employee in the caller's transaction: username = NIP,
 * role EMPLOYEE, a random one-time password stored only as an argon2id hash, and a forced change
 * at first login. Audited as `account.create`. The employee row must already exist in `manager`.
 */
export async function provisionEmployeeAccount(
  manager: EntityManager,
  args: { actor: Viewer | null; employee: { id: number; nip: string } },
): Promise<ProvisionedAccount> {
  const oneTimePassword = generateOneTimePassword();
  const now = new Date();
  const inserted = await manager.insert(Account, {
    username: args.employee.nip,
    passwordHash: await hashPassword(oneTimePassword),
    roles: [Role.EMPLOYEE],
    employeeId: args.employee.id,
    active: true,
    locked: false,
    mustChangePassword: true,
    passwordChangedAt: now,
    sessionVersion: 1,
  });
  const account = await manager.findOneByOrFail(Account, {
    id: Number(inserted.identifiers[0].id),
  });
  await recordAudit(manager, {
    actor: args.actor,
    action: 'account.create',
    entity: 'User',
    entityId: account.id,
    after: accountAuditView(account),
  });
  return { account, oneTimePassword };
}

/**
 * Follows an employee's deactivation (or retirement) to their account in the caller's transaction:
 * the account is disabled and its sessions revoked, so a token signed before stops working at once.
 * Reactivating the employee enables the account again, with fresh sessions only.
 */
export async function syncAccountWithEmployee(
  manager: EntityManager,
  args: { actor: Viewer | null; employeeId: number; active: boolean; reason?: string | null },
): Promise<void> {
  const account = await manager.findOne(Account, {
    select: { id: true, active: true, sessionVersion: true },
    where: { employeeId: args.employeeId },
  });
  if (!account || account.active === args.active) return;
  const after = {
    active: args.active,
    sessionVersion: account.sessionVersion + (args.active ? 0 : 1),
  };
  await manager.update(Account, { id: account.id }, after);
  await recordAudit(manager, {
    actor: args.actor,
    action: args.active ? 'account.activate' : 'account.deactivate',
    entity: 'User',
    entityId: account.id,
    before: { active: account.active, sessionVersion: account.sessionVersion },
    after,
    reason: args.reason ?? null,
  });
}

/**
 * Refuses (CONFLICT LAST_HR_ADMIN) a change that would leave no active, unlocked HR_ADMIN other
 * than `accountId`, so HR can never shut itself out. On MariaDB the HR rows stay locked until the
 * transaction ends, so two such changes cannot both pass.
 */
export async function assertAnotherHrAdmin(manager: EntityManager, accountId: number) {
  const query = manager
    .createQueryBuilder(Account, 'account')
    .select(['account.id', 'account.roles'])
    .where('account.active = :active', { active: true })
    .andWhere('account.locked = :locked', { locked: false })
    .andWhere('account.roles LIKE :hr', { hr: `%${Role.HR_ADMIN}%` });
  if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
  const admins = await query.getMany();
  // Claimed too (Galera: see `claimRows`), so two such changes on two nodes cannot both pass.
  await claimRows(
    manager,
    Account,
    admins.map((account) => account.id),
  );
  const others = admins.filter(
    (account) => account.id !== accountId && account.roles.includes(Role.HR_ADMIN),
  );
  if (others.length === 0)
    throw conflict(
      'LAST_HR_ADMIN',
      'This is the last active HR administrator: grant HR_ADMIN to someone else first',
    );
}

/** Before an employee leaves: their account must not be the last HR administrator's. */
export async function assertEmployeeMayLeave(manager: EntityManager, employeeId: number) {
  const account = await manager.findOne(Account, {
    select: { id: true, roles: true },
    where: { employeeId },
  });
  if (account?.roles.includes(Role.HR_ADMIN)) await assertAnotherHrAdmin(manager, account.id);
}
