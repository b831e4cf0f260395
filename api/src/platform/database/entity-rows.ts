import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { queryNamed } from './named-sql';

/**
 * Whole entities read by hand-written SQL (see `queryNamed`): the select list of an entity under an
 * alias is built once per data source, and rows are hydrated column by column with the driver's
 * own conversions (booleans, dates, transformers), as the query builder hydrates them, without
 * re-building and re-parsing the statement on every request.
 */
type Shape = {
  sql: string;
  columns: { key: string; metadata: EntityMetadata['columns'][number] }[];
};

const shapes = new WeakMap<DataSource, Map<string, Shape>>();

function shapeOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string) {
  let byKey = shapes.get(dataSource);
  if (!byKey) shapes.set(dataSource, (byKey = new Map<string, Shape>()));
  const metadata = dataSource.getMetadata(entity);
  const key = `${metadata.name}:${alias}`;
  let shape = byKey.get(key);
  if (!shape) {
    const escape = (name: string) => dataSource.driver.escape(name);
    const columns = metadata.columns
      .filter((column) => !column.isVirtual)
      .map((column) => ({ key: `${alias}_${column.databaseName}`, metadata: column }));
    shape = {
      sql: columns
        .map(
          ({ key: as, metadata: column }) =>
            `${escape(alias)}.${escape(column.databaseName)} AS ${escape(as)}`,
        )
        .join(', '),
      columns,
    };
    byKey.set(key, shape);
  }
  return { metadata, shape };
}

/** The select list of every column of `entity` under `alias` (each as `<alias>_<column>`). */
export function entityColumnsSql(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
): string {
  return shapeOf(dataSource, entity, alias).shape.sql;
}

/** An entity from a row that selected `entityColumnsSql(…, alias)`. */
export function hydrateEntity<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  row: Record<string, unknown>,
): T {
  const { metadata, shape } = shapeOf(dataSource, entity, alias);
  const hydrated = metadata.create(undefined, { fromDeserializer: true }) as T;
  for (const { key, metadata: column } of shape.columns) {
    const value = row[key];
    if (value !== undefined)
      column.setEntityValue(hydrated, dataSource.driver.prepareHydratedValue(value, column));
  }
  return hydrated;
}

/** Whole rows of `entity` whose id is one of `ids`, by a statement built once per entity. */
export async function entitiesById<T extends ObjectLiteral & { id: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  ids: readonly number[],
): Promise<T[]> {
  const alias = 'byId';
  const { metadata, shape } = shapeOf(dataSource, entity, alias);
  const escape = (name: string) => dataSource.driver.escape(name);
  const idColumn = metadata.findColumnWithPropertyName('id')!.databaseName;
  const rows = await queryNamed<Record<string, unknown>>(
    dataSource,
    `SELECT ${shape.sql} FROM ${escape(metadata.tableName)} ${escape(alias)} WHERE ${escape(alias)}.${escape(idColumn)} IN (:...ids)`,
    { ids: [...ids] },
  );
  return rows.map((row) => hydrateEntity(dataSource, entity, alias, row));
}
