import type { DataSource, EntityManager } from 'typeorm';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * The one way to run a transaction. TypeORM's SQLite drivers share one connection, so two
 * concurrent transactions would nest as savepoints of each other: on SQLite they queue instead.
 * MySQL gives every transaction its own pooled connection and row locks.
 */
export function runTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(work);
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => dataSource.transaction(work));
  sqliteQueues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}
