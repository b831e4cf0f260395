import { DRIVERS, openTestDatabase } from '../testing/databases';

describe.each(DRIVERS)('migrations on %s', (kind) => {
  it('leave nothing pending between the migrated schema and the entities', async () => {
    const db = await openTestDatabase(kind);
    try {
      const pending = await db.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
      expect(await db.dataSource.showMigrations()).toBe(false);
    } finally {
      await db.close();
    }
    // Migrating MariaDB from nothing runs a few hundred DDL statements: more than Jest's 5 s default.
  }, 60_000);
});
