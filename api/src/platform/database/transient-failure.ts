// Failures that say "try the whole transaction again", not "the transaction was wrong":
// a deadlock victim (MySQL/MariaDB 1213, which is also how Galera reports a certification
// conflict), a lock wait that timed out (1205), and SQLite's busy/locked database.
const TRANSIENT_CODES = new Set([
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_LOCKED',
]);
const TRANSIENT_ERRNOS = new Set([1213, 1205]);

/** Whether an error (or TypeORM's wrapped driver error) is a conflict a retry may resolve. */
export function isTransientConflict(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, errno, driverError, cause } = error as {
    code?: unknown;
    errno?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  if (typeof errno === 'number' && TRANSIENT_ERRNOS.has(errno)) return true;
  return [driverError, cause].some((inner) => isTransientConflict(inner, depth + 1));
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The first pause; each later one doubles, and each is jittered to between half and all of it. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 20 };

/** The pause before retry number `retry` (1-based): full backoff, jittered so rivals part ways. */
export function retryDelayMs(policy: RetryPolicy, retry: number, random = Math.random): number {
  const ceiling = policy.baseDelayMs * 2 ** (retry - 1);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
