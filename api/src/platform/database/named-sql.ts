import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';

type Callback = (error: Error | null, rows?: unknown) => void;
type MysqlPool = { query(sql: string, values: unknown[], callback: Callback): unknown };

/**
 * Runs hand-written SQL with TypeORM-style named parameters (`:name`, `:...list`), bound by the
 * driver exactly as the query builder binds them. For hot reads whose statement is fixed: the
 * query builder re-parses a long statement on every request (property names, aliases), which
 * costs more than the database spends on a small read.
 *
 * Outside a transaction on MySQL/MariaDB the statement goes straight to the driver's pool, logged
 * and with failures wrapped as TypeORM does: its query runner costs a connection wrapper (with a
 * module lookup), query events and a copy of the rows per statement, which a small read notices.
 */
export function queryNamed<T>(
  source: DataSource | EntityManager,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const dataSource = 'driver' in source ? source : source.connection;
  const { driver } = dataSource;
  const [text, values] = driver.escapeQueryWithParameters(sql, params);
  const inTransaction = 'queryRunner' in source && source.queryRunner !== undefined;
  const pool = driver instanceof MysqlDriver ? (driver.pool as MysqlPool | undefined) : undefined;
  if (inTransaction || !pool || driver.options.maxQueryExecutionTime)
    return source.query<T[]>(text, values);
  dataSource.logger.logQuery(text, values);
  return new Promise<T[]>((resolve, reject) => {
    pool.query(text, values, (error, rows) => {
      if (!error) return resolve(rows as T[]);
      dataSource.logger.logQueryError(error, text, values);
      reject(new QueryFailedError(text, values, error));
    });
  });
}
