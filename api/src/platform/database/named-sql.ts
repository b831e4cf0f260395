import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';

type MysqlConnection = {
  query(
    sql: string,
    values: unknown[],
    callback: (error: (Error & { errno?: number }) | null, rows: unknown) => void,
  ): unknown;
  release(): void;
  destroy(): void;
};
export type MysqlPool = {
  getConnection(callback: (error: Error | null, connection: MysqlConnection) => void): void;
};

/**
 * What mysql2's own `Pool.query` destroys a connection after instead of releasing it: a node that
 * turned read-only (a failed-over primary) must not be handed out again.
 */
const READ_ONLY_ERRNOS = new Set([
  1290, // ER_OPTION_PREVENTS_STATEMENT
  1792, // ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION
  1836, // ER_READ_ONLY_MODE
]);

/**
 * One statement on a pooled connection, released as soon as its rows are in. Not mysql2's
 * `Pool.query`: in mysql2 3.24 the closure it wraps around the callback keeps what a statement
 * returned (and whatever the caller's continuation holds: a whole GraphQL request) alive through
 * V8's young-generation collections until the next full one. Measured on the bench's reads: 79 % of
 * what a loop of `Pool.query` allocated survived each scavenge (10× the pause time) against 1 %
 * through `getConnection` and the connection's own `query`.
 */
export function queryPooled<T>(pool: MysqlPool, sql: string, values: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    pool.getConnection((connectionError, connection) => {
      if (connectionError) return reject(connectionError);
      try {
        connection.query(sql, values, (error, rows) => {
          if (error?.errno !== undefined && READ_ONLY_ERRNOS.has(error.errno)) connection.destroy();
          else connection.release();
          if (error) reject(error);
          else resolve(rows as T);
        });
      } catch (error) {
        // Values mysql2 cannot format throw before anything is sent.
        connection.release();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/**
 * The mysql2 pool of a MySQL/MariaDB data source, or null (SQLite). A statement outside a
 * transaction then goes straight to the pool: TypeORM's own path builds a query runner, a promise
 * wrapper (with a `require` per statement) and event broadcasts for every statement, 0.03–0.05 ms
 * each, which is what the database spends on a small indexed read.
 */
function mysqlPoolOf(dataSource: DataSource): MysqlPool | null {
  const { type } = dataSource.options;
  if (type !== 'mysql' && type !== 'mariadb') return null;
  return ((dataSource.driver as MysqlDriver).pool as MysqlPool | undefined) ?? null;
}

/**
 * Runs hand-written SQL with TypeORM-style named parameters (`:name`, `:...list`), bound by the
 * driver exactly as the query builder binds them. For hot reads whose statement is fixed: the
 * query builder re-parses a long statement on every request (property names, aliases), which
 * costs more than the database spends on a small read. The data source's logger sees every
 * statement and errors are TypeORM's `QueryFailedError`, whichever path ran it.
 */
export function queryNamed<T>(
  source: DataSource | EntityManager,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  if (!('driver' in source)) {
    // A manager outside a transaction (e.g. `dataSource.manager`) runs on the pool like its data
    // source; only a transaction's manager must use its own connection.
    if (!source.queryRunner) return queryNamed<T>(source.connection, sql, params);
    const [text, values] = source.connection.driver.escapeQueryWithParameters(sql, params);
    return source.query<T[]>(text, values);
  }
  const [text, values] = source.driver.escapeQueryWithParameters(sql, params);
  const pool = mysqlPoolOf(source);
  if (!pool) return source.query<T[]>(text, values);
  const { logger } = source;
  logger.logQuery(text, values);
  return queryPooled<T[]>(pool, text, values).catch((error: Error) => {
    logger.logQueryError(error, text, values);
    throw new QueryFailedError(text, values, error);
  });
}
