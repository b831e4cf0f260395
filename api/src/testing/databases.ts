import { createConnection } from 'mysql2/promise';
import { type DataSource, type Logger } from 'typeorm';
import { createDataSource, type DriverKind } from '../data-source';

/** Counts SQL statements, for the N+1 tests. */
export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string) {
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.count = 0;
    this.statements = [];
  }
}

export interface TestDatabase {
  kind: DriverKind;
  dataSource: DataSource;
  queries: QueryCounter;
  close(): Promise<void>;
}

const mysqlUrl = process.env.TEST_MYSQL_URL;
let opened = 0;

/** The drivers this run covers: SQLite always, MySQL/MariaDB when TEST_MYSQL_URL is set. */
export const DRIVERS: DriverKind[] = mysqlUrl ? ['sqlite', 'mysql'] : ['sqlite'];

if (!mysqlUrl && process.env.REQUIRE_MYSQL === '1') {
  throw new Error('REQUIRE_MYSQL=1 but TEST_MYSQL_URL is not set');
}

/**
 * A migrated, empty database: in-memory SQLite, or a MariaDB database of this Jest worker's own
 * (dropped and created anew), so suites never share state.
 */
export async function openTestDatabase(kind: DriverKind): Promise<TestDatabase> {
  const queries = new QueryCounter();
  let url = 'sqlite::memory:';
  let dropDatabase = async () => {};
  if (kind === 'mysql') {
    opened += 1;
    // Process id too: two test runs at once (a developer and a helper) never share a database.
    const name = `kinerja_test_${process.pid}_${process.env.JEST_WORKER_ID ?? '0'}_${opened}`;
    const admin = await createConnection({ uri: mysqlUrl!, connectTimeout: 5000 });
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    await admin.end();
    url = mysqlUrl!.replace(/\/[^/?]*(\?.*)?$/, `/${name}$1`);
    dropDatabase = async () => {
      const again = await createConnection({ uri: mysqlUrl! });
      await again.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await again.end();
    };
  }
  const dataSource = await createDataSource(url, { logger: queries });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  queries.reset();
  return {
    kind,
    dataSource,
    queries,
    close: async () => {
      await dataSource.destroy();
      await dropDatabase();
    },
  };
}
