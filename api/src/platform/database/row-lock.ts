import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The row by id, locked for the rest of the transaction: a check-then-write on what hangs off it
 * (one objection per evaluation, acting terms that must not overlap in a unit, an account's roles)
 * then runs one transaction at a time. MariaDB: `SELECT … FOR UPDATE`; SQLite already runs one
 * write transaction at a time (`runTransaction`). Read it first in the transaction: under
 * REPEATABLE READ a transaction's snapshot starts at its first plain read, so one that waited for
 * the lock then reads what the transaction it waited for committed.
 *
 * `share` holds the row against change without excluding other holders (`LOCK IN SHARE MODE`):
 * for the many writes that depend on a row's state (a cycle's status) while one rare write changes
 * it under `update` and so waits for them, and they for it. A shared read is a current read: it
 * sees the last committed row whenever it comes in the transaction.
 */
export function lockedRow<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  mode: 'update' | 'share' = 'update',
): Promise<T | null> {
  const query = manager.createQueryBuilder(entity, 'locked').where('locked.id = :id', { id });
  if (manager.connection.options.type !== 'better-sqlite3')
    query.setLock(mode === 'update' ? 'pessimistic_write' : 'pessimistic_read');
  return query.getOne();
}
