import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

// Rows per INSERT: at ~30 columns this stays under SQLite's 32 766 bound parameters and well
// under MariaDB's packet size.
export const ROWS_PER_INSERT = 500;
export const IDS_PER_QUERY = 500;

/** The seeds' one way to write many rows: multi-row INSERTs in chunks, inside the caller's transaction. */
export async function insertBulk<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  for (const chunk of chunksOf(rows, ROWS_PER_INSERT)) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(chunk)
      .updateEntity(false)
      .execute();
  }
}

export function chunksOf<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}

type DeferredIndex = { name: string; unique: boolean; columns: string[] };
type DeferredTable = { table: string; indexes: DeferredIndex[] };

/**
 * Loading millions of rows into tables that keep their secondary indexes updates each index row
 * by row, in random order: once the indexes outgrow the buffer pool (MariaDB's default is
 * 128 MiB), every multi-row INSERT reads index pages from disk and the load grows faster than the
 * data. On MySQL this drops the secondary indexes the entities declare (the migrations' own, by
 * name) from `targets`, which must be empty, and returns `restore`, which adds every declared
 * index still missing with one `ALTER TABLE … ADD INDEX` per table: each is built by one sort of
 * the loaded rows. Indexes the database made for foreign keys on its own stay. Both steps are DDL
 * and commit, so the load runs between them in its own transaction; `restore` is idempotent and
 * also repairs the tables of a run killed before it, calling `onTable` with the tables done.
 * `tables` is how many it builds: none on SQLite, where this does nothing.
 */
export async function deferSecondaryIndexes(
  dataSource: DataSource,
  targets: EntityTarget<ObjectLiteral>[],
): Promise<{ tables: number; restore: (onTable?: (done: number) => void) => Promise<void> }> {
  if (dataSource.options.type === 'better-sqlite3') return { tables: 0, restore: async () => {} };
  const q = (name: string) => dataSource.driver.escape(name);
  const tables: DeferredTable[] = targets.map((target) => {
    const metadata = dataSource.getMetadata(target);
    return {
      table: metadata.tableName,
      indexes: metadata.indices
        .filter((index) => !index.isSpatial && !index.isFulltext && !index.where)
        .map((index) => ({
          name: index.name,
          unique: index.isUnique,
          columns: index.columns.map((column) => column.databaseName),
        })),
    };
  });
  const present = async ({ table, indexes }: DeferredTable) => {
    const rows: { name: string }[] = await dataSource.query(
      'SELECT DISTINCT INDEX_NAME AS name FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
      [table],
    );
    const names = new Set(rows.map((row) => row.name));
    return indexes.filter((index) => names.has(index.name));
  };
  // A declared index may be all a foreign key has: with the checks off MariaDB lets it go.
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SET SESSION foreign_key_checks = 0');
    for (const entry of tables) {
      const drops = (await present(entry)).map((index) => `DROP INDEX ${q(index.name)}`);
      if (drops.length > 0) await runner.query(`ALTER TABLE ${q(entry.table)} ${drops.join(', ')}`);
    }
  } finally {
    await runner.query('SET SESSION foreign_key_checks = 1');
    await runner.release();
  }
  return {
    tables: tables.length,
    restore: async (onTable = () => {}) => {
      for (const [done, entry] of tables.entries()) {
        const existing = new Set((await present(entry)).map((index) => index.name));
        const adds = entry.indexes
          .filter((index) => !existing.has(index.name))
          .map(
            (index) =>
              `ADD ${index.unique ? 'UNIQUE ' : ''}INDEX ${q(index.name)} (${index.columns.map(q).join(', ')})`,
          );
        if (adds.length > 0)
          await dataSource.query(`ALTER TABLE ${q(entry.table)} ${adds.join(', ')}`);
        onTable(done + 1);
      }
    },
  };
}

/** The tables the entities map (views left out), by name. */
export function mappedTables(dataSource: DataSource): string[] {
  const names = dataSource.entityMetadatas
    .filter((metadata) => metadata.tableType !== 'view')
    .map((metadata) => metadata.tableName);
  return [...new Set(names)].sort();
}

/**
 * Refreshes the optimiser's statistics of `tables` (`ANALYZE TABLE` on MySQL, `ANALYZE` on
 * SQLite, a table at a time), calling `onTable` with the tables done. After a bulk load the
 * statistics still describe the tables as they were (InnoDB recalculates them in the background,
 * some time after a tenth of a table has changed), and plans chosen on them can be several times
 * slower: on 5 000 employees MariaDB counted a unit's subtree by scanning every employee (1.0 ms)
 * rather than reading the subtree's units (0.27 ms).
 */
export async function analyzeTables(
  dataSource: DataSource,
  tables: readonly string[],
  onTable: (done: number) => void = () => {},
): Promise<void> {
  const analyze = dataSource.options.type === 'better-sqlite3' ? 'ANALYZE' : 'ANALYZE TABLE';
  for (const [done, table] of tables.entries()) {
    await dataSource.query(`${analyze} ${dataSource.driver.escape(table)}`);
    onTable(done + 1);
  }
}
