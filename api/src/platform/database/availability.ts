// Error codes that mean the database cannot be reached or has gone away, not that a query was wrong.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_NORMAL_SHUTDOWN',
  'ER_SERVER_GONE_ERROR',
  'ER_SERVER_LOST',
  // Galera: a node that lost its quorum refuses every statement until it rejoins.
  'ER_UNKNOWN_COM_ERROR',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
]);
const UNAVAILABLE_MESSAGES = [
  /Pool is closed/i,
  /connection is in closed state/i,
  /Connection lost/i,
  /WSREP has not yet prepared node/i,
  /Connection with database was not established/i,
];

/** Whether an error (or its cause, or TypeORM's wrapped driver error) says the database is down. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, fatal, driverError, cause, originalError, thrownValue } = error as {
    code?: unknown;
    message?: unknown;
    fatal?: unknown;
    driverError?: unknown;
    cause?: unknown;
    originalError?: unknown;
    thrownValue?: unknown;
  };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  // mysql2 marks errors that broke the connection itself as fatal.
  if (fatal === true) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)))
    return true;
  // TypeORM wraps the driver's error; graphql-js wraps what a resolver threw.
  return [driverError, cause, originalError, thrownValue].some((inner) =>
    isDatabaseUnavailable(inner, depth + 1),
  );
}
