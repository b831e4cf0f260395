import { type EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { AuditAction } from './audit-actions';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  actor: Viewer | null;
  action: AuditAction;
  entity: string;
  entityId: number | string;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
}

/** Plain column values only: relations and functions are left out, dates become ISO strings. */
export function snapshot(row: object | null | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) plain[key] = value.toISOString();
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
      plain[key] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item !== 'object'))
      plain[key] = value;
  }
  return plain;
}

/** Appends one audit row with the caller's transaction manager, so it commits or rolls back with the change. */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.insert(AuditLog, {
    actorAccountId: entry.actor?.accountId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    before: snapshot(entry.before) as object,
    after: snapshot(entry.after) as object,
    reason: entry.reason ?? null,
    createdAt: new Date(),
  });
}
