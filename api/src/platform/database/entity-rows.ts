import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { queryNamed } from './named-sql';
import { entryOf } from '../maps';

/**
 * Whole entities read by hand-written SQL (see `queryNamed`): the select list of an entity under an
 * alias is built once per data source, and rows are hydrated column by column with the driver's
 * own conversions (booleans, dates, transformers), as the query builder hydrates them, without
 * re-building and re-parsing the statement on every request.
 */
type ColumnMetadata = EntityMetadata['columns'][number];
type Shape = {
  metadata: EntityMetadata;
  sql: string;
  /** Each column's key in a row, and how its value is set on the entity. */
  columns: { key: string; set: (entity: ObjectLiteral, value: unknown) => void }[];
};

/**
 * The column types whose values TypeORM's MySQL/MariaDB driver converts when it hydrates a row
 * (`MysqlDriver.prepareHydratedValue`); every other type it returns as mysql2 read it.
 */
const MYSQL_CONVERTED_TYPES = new Set<ColumnMetadata['type']>([
  Boolean,
  'bool',
  'boolean',
  'datetime',
  Date,
  'date',
  'json',
  'time',
  'simple-array',
  'simple-json',
  'enum',
  'simple-enum',
  'set',
  Number,
]);

/**
 * How a column's value is set on a hydrated entity: what `column.setEntityValue(entity,
 * driver.prepareHydratedValue(value, column))` does, decided once per column instead of on every
 * value. A plain column (not in an embedded) is a property assignment, and on MySQL/MariaDB a
 * column whose type the driver does not convert, without a transformer, takes the value as read:
 * these are most columns (names, codes, ids), and the generic path cost 0.1 µs each.
 */
function setterOf(dataSource: DataSource, column: ColumnMetadata) {
  const { driver } = dataSource;
  const convert = (value: unknown): unknown => driver.prepareHydratedValue(value, column);
  if (column.embeddedMetadata)
    return (entity: ObjectLiteral, value: unknown) => column.setEntityValue(entity, convert(value));
  const property = column.propertyName;
  const { type } = dataSource.options;
  const asRead =
    (type === 'mysql' || type === 'mariadb') &&
    !column.transformer &&
    !MYSQL_CONVERTED_TYPES.has(column.type);
  return asRead
    ? (entity: ObjectLiteral, value: unknown) => {
        entity[property] = value;
      }
    : (entity: ObjectLiteral, value: unknown) => {
        entity[property] = convert(value);
      };
}

/** Some of an entity's properties, by name: a constant of the module that reads them. */
export type Projection = readonly string[];

/**
 * Shapes per data source, entity, alias and projection (`null`: every column). Looked up on every
 * hydrated row: nested maps, so no key string is built and no metadata searched per row.
 */
type ShapesByAlias = Map<string, Map<Projection | null, Shape>>;
const shapes = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, ShapesByAlias>>();

function shapeOf(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  projection: Projection | null = null,
): Shape {
  const byEntity = entryOf(
    shapes,
    dataSource,
    () => new Map<EntityTarget<ObjectLiteral>, ShapesByAlias>(),
  );
  const byAlias = entryOf(byEntity, entity, (): ShapesByAlias => new Map());
  const byProjection = entryOf(byAlias, alias, () => new Map<Projection | null, Shape>());
  return entryOf(byProjection, projection, () => buildShape(dataSource, entity, alias, projection));
}

function buildShape(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  projection: Projection | null,
): Shape {
  const metadata = dataSource.getMetadata(entity);
  const escape = (name: string) => dataSource.driver.escape(name);
  const columns = metadata.columns.filter(
    (column) => !column.isVirtual && (!projection || projection.includes(column.propertyName)),
  );
  if (projection && columns.length !== projection.length)
    throw new Error(`${metadata.name} has no column for one of: ${projection.join(', ')}`);
  const keyOf = (column: ColumnMetadata) => `${alias}_${column.databaseName}`;
  return {
    metadata,
    sql: columns
      .map(
        (column) => `${escape(alias)}.${escape(column.databaseName)} AS ${escape(keyOf(column))}`,
      )
      .join(', '),
    columns: columns.map((column) => ({ key: keyOf(column), set: setterOf(dataSource, column) })),
  };
}

/**
 * The select list of every column of `entity` under `alias` (each as `<alias>_<column>`), or only
 * of the `projection`'s properties.
 */
export function entityColumnsSql(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  projection?: Projection,
): string {
  return shapeOf(dataSource, entity, alias, projection).sql;
}

/**
 * An entity from a row that selected `entityColumnsSql(…, alias, projection)`. With a projection it
 * holds only those properties: a partial entity, for the one answer that read it, never for a
 * request's loaders.
 */
export function hydrateEntity<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  row: Record<string, unknown>,
  projection?: Projection,
): T {
  const shape = shapeOf(dataSource, entity, alias, projection);
  const hydrated = shape.metadata.create(undefined, { fromDeserializer: true }) as T;
  for (const { key, set } of shape.columns) {
    const value = row[key];
    if (value !== undefined) set(hydrated, value);
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
  const shape = shapeOf(dataSource, entity, alias);
  const { metadata } = shape;
  const escape = (name: string) => dataSource.driver.escape(name);
  const idColumn = metadata.findColumnWithPropertyName('id')!.databaseName;
  const rows = await queryNamed<Record<string, unknown>>(
    dataSource,
    `SELECT ${shape.sql} FROM ${escape(metadata.tableName)} ${escape(alias)} WHERE ${escape(alias)}.${escape(idColumn)} IN (:...ids)`,
    { ids: [...ids] },
  );
  return rows.map((row) => hydrateEntity(dataSource, entity, alias, row));
}
