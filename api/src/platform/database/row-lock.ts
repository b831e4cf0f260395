import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The row by id, locked for the rest of the transaction: a check-then-write on what hangs off it
 * (one objection per evaluation, acting terms that must not overlap in a unit, an account's roles)
 * then runs one transaction at a time. MariaDB: `SELECT … FOR UPDATE`; SQLite already runs one
 * write transaction at a time (`runTransaction`). Read it first in the transaction: under
 * REPEATABLE READ a transaction's snapshot starts at its first plain read, so one that waited for
 * the lock then reads what the transaction it waited for committed.
 */
export function lockedRow<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
): Promise<T | null> {
  const query = manager.createQueryBuilder(entity, 'locked').where('locked.id = :id', { id });
  if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
  return query.getOne();
}
