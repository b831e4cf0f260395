import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_RETRY_POLICY,
  isTransientConflict,
  retryDelayMs,
  type RetryPolicy,
} from './transient-failure';
import { claimIdempotencyKey, currentIdempotencyScope } from '../idempotency/idempotency-scope';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/** Called before each retry: the metrics count them. */
type RetryListener = (error: unknown, retry: number) => void;
const retryListeners = new Set<RetryListener>();

export function onTransactionRetry(listener: RetryListener): () => void {
  retryListeners.add(listener);
  return () => retryListeners.delete(listener);
}

function runOnce<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>) {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(work);
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => dataSource.transaction(work));
  sqliteQueues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * The one way to run a transaction. TypeORM's SQLite drivers share one connection, so two
 * concurrent transactions would nest as savepoints of each other: on SQLite they queue instead.
 * MySQL gives every transaction its own pooled connection and row locks. A deadlock, a lock-wait
 * timeout or a Galera certification conflict rolls the whole transaction back, so the whole `work`
 * runs again (a bounded number of times, with jittered backoff); `work` must therefore do nothing
 * outside the database that it could not do twice. The first transaction of a request that
 * carries an Idempotency-Key also writes that key, so the change and its key commit together.
 */
export async function runTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  const scope = currentIdempotencyScope();
  const claim = scope?.claim && !scope.committed ? scope.claim : null;
  const unit = claim
    ? async (manager: EntityManager) => {
        await claimIdempotencyKey(manager, claim);
        return work(manager);
      }
    : work;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const result = await runOnce(dataSource, unit);
      if (claim && scope) scope.committed = true;
      return result;
    } catch (error) {
      if (attempt >= policy.attempts || !isTransientConflict(error)) throw error;
      for (const listener of retryListeners) listener(error, attempt);
      await sleep(retryDelayMs(policy, attempt));
    }
  }
}
