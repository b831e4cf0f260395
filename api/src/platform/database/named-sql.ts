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
  if (!isMysql(dataSource)) return null;
  return ((dataSource.driver as MysqlDriver).pool as MysqlPool | undefined) ?? null;
}

const isMysql = (dataSource: DataSource) =>
  dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb';

/** Where a statement's named parameters are: the text around them, and each one's name. */
interface ParameterPlan {
  /** One more than `names`: the text before each parameter, then the rest. */
  texts: string[];
  names: { name: string; spread: boolean; source: string }[];
}

/** TypeORM's MySQL rule for a named parameter (MysqlDriver.escapeQueryWithParameters). */
const NAMED_PARAMETER = /:(\.\.\.)?([A-Za-z0-9_.]+)/g;
/** Plans kept per statement text: the hot reads' statements are few, built from fixed templates. */
const MAX_PLANS = 1_000;
const plans = new Map<string, ParameterPlan>();

function planOf(sql: string): ParameterPlan {
  let plan = plans.get(sql);
  if (plan) return plan;
  plan = { texts: [], names: [] };
  let from = 0;
  for (const match of sql.matchAll(NAMED_PARAMETER)) {
    plan.texts.push(sql.slice(from, match.index));
    plan.names.push({ name: match[2], spread: match[1] !== undefined, source: match[0] });
    from = match.index + match[0].length;
  }
  plan.texts.push(sql.slice(from));
  if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
  plans.set(sql, plan);
  return plan;
}

/**
 * `sql` with its named parameters as `?` and their values in order, exactly as TypeORM's MySQL
 * driver binds them (a name the parameters lack stays as written, a list spreads, a function's
 * result is inlined), but the statement is scanned once per text instead of on every request: for
 * the dashboard's five statements the scan was most of what the service did before sending them.
 */
export function bindNamedMysql(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  if (Object.keys(params).length === 0) return [sql, values];
  const { texts, names } = planOf(sql);
  let text = texts[0];
  for (let index = 0; index < names.length; index += 1) {
    const { name, spread, source } = names[index];
    if (!Object.hasOwn(params, name)) text += source;
    else {
      const value = params[name];
      if (spread) {
        text += (value as unknown[]).map(() => '?').join(', ');
        values.push(...(value as unknown[]));
      } else if (typeof value === 'function') text += String((value as () => unknown)());
      else {
        text += '?';
        values.push(value);
      }
    }
    text += texts[index + 1];
  }
  return [text, values];
}

/** The driver's binding of named parameters; MySQL's from a plan (`bindNamedMysql`), the same result. */
function bindNamed(dataSource: DataSource, sql: string, params: Record<string, unknown>) {
  return isMysql(dataSource)
    ? bindNamedMysql(sql, params)
    : dataSource.driver.escapeQueryWithParameters(sql, params);
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
    return source.query<T[]>(...bindNamed(source.connection, sql, params));
  }
  const pool = mysqlPoolOf(source);
  if (!pool) return source.query<T[]>(...bindNamed(source, sql, params));
  const [text, values] = bindNamed(source, sql, params);
  const { logger } = source;
  logger.logQuery(text, values);
  return queryPooled<T[]>(pool, text, values).catch((error: Error) => {
    logger.logQueryError(error, text, values);
    throw new QueryFailedError(text, values, error);
  });
}
