import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../platform/auth/viewer';
import { recordAudit } from '../../platform/audit/audit.service';
import { Account } from './account.entity';

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
    reason: args.reason ?? (args.active ? 'employee reactivated' : 'employee deactivated'),
  });
}
