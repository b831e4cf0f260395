import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import { conflict } from '../graphql/errors';
import { isUniqueViolation } from '../database/constraint-violation';
import { IdempotencyKey } from './idempotency-key.entity';

export interface IdempotencyClaim {
  accountId: number;
  key: string;
  operation: string;
  requestHash: string;
}

/** What one HTTP request knows about its idempotency key, shared by the plugin and transactions. */
export interface IdempotencyScope {
  claim?: IdempotencyClaim;
  /** The key's row committed with the mutation's transaction. */
  committed?: boolean;
  /** The first answer to send again instead of running the mutation. */
  replay?: Record<string, unknown>;
}

const storage = new AsyncLocalStorage<IdempotencyScope>();
/** Requests inside `withIdempotencyScope` that have not finished. */
let open = 0;

/**
 * Runs `work` (the rest of one HTTP request) with a scope of its own, until its promise settles.
 * On Node 20 an AsyncLocalStorage puts a hook on every promise of the process from its first
 * `run` until `disable`, not only inside its scopes: after the first keyed submission every later
 * request of the process paid for it (an empty `await` loop 1.6× as slow; the team dashboard
 * 0.07 ms more CPU a request, 5 %). So the storage is disabled whenever the last open scope ends,
 * and the next `run` enables it again.
 */
export async function withIdempotencyScope<T>(work: () => Promise<T>): Promise<T> {
  open += 1;
  try {
    return await storage.run({}, work);
  } finally {
    open -= 1;
    if (open === 0) storage.disable();
  }
}

export function currentIdempotencyScope(): IdempotencyScope | undefined {
  return storage.getStore();
}

/** Kept this long: enough for any client retry, short enough to hold little. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Inserts the request's key inside the first transaction of its mutation. A rival request with
 * the same key waits on the unique index and then learns the first one is done or running.
 * The account's expired keys go first, found by a plain read and deleted by id: a ranged DELETE
 * would lock the gap every rival inserts into, and rivals with one key would deadlock on it.
 */
export async function claimIdempotencyKey(
  manager: EntityManager,
  claim: IdempotencyClaim,
  now = new Date(),
): Promise<void> {
  const expired = await manager
    .createQueryBuilder(IdempotencyKey, 'k')
    .select('k.id', 'id')
    .where('k.accountId = :accountId AND k.createdAt < :expired', {
      accountId: claim.accountId,
      expired: new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS),
    })
    .orderBy('k.id')
    .getRawMany<{ id: number }>();
  if (expired.length > 0)
    await manager.delete(
      IdempotencyKey,
      expired.map(({ id }) => id),
    );
  try {
    await manager.insert(IdempotencyKey, { ...claim, response: null });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw conflict(
      'IDEMPOTENCY_KEY_IN_PROGRESS',
      'A request with this Idempotency-Key is being handled or was handled; retry in a moment',
    );
  }
}
