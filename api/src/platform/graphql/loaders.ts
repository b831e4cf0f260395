import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { entitiesById } from '../database/entity-rows';

/**
 * A batched read a module defines once (e.g. everyone above each employee): the values for a
 * batch of keys, in key order. Each request gets its own DataLoader of it through `Loaders.get`.
 */
export type LoaderDefinition<K, V> = (dataSource: DataSource, keys: readonly K[]) => Promise<V[]>;

/**
 * Per-request DataLoaders: one factory for "row by id", one for "rows by a foreign key" (so every
 * relation is fetched in one statement per level whatever the number of parents), and one memo
 * for the loaders modules define.
 */
export class Loaders {
  private readonly byIdCache = new Map<unknown, DataLoader<number, unknown>>();
  private readonly manyByCache = new Map<string, DataLoader<number, unknown[]>>();
  private readonly definedCache = new Map<
    LoaderDefinition<never, unknown>,
    DataLoader<unknown, unknown>
  >();

  constructor(private readonly dataSource: DataSource) {}

  byId<T extends ObjectLiteral & { id: number }>(
    entity: EntityTarget<T>,
  ): DataLoader<number, T | null> {
    let loader = this.byIdCache.get(entity);
    if (!loader) {
      loader = new DataLoader<number, T | null>(async (ids) => {
        // One statement built once per entity: the find machinery per batch cost more than the read.
        const rows = await entitiesById(this.dataSource, entity, ids);
        const byId = new Map(rows.map((row) => [Number(row.id), row]));
        return ids.map((id) => byId.get(Number(id)) ?? null);
      });
      this.byIdCache.set(entity, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  manyBy<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
  ): DataLoader<number, T[]> {
    const key = `${this.dataSource.getMetadata(entity).name}.${column}`;
    let loader = this.manyByCache.get(key);
    if (!loader) {
      loader = new DataLoader<number, T[]>(async (keys) => {
        const rows = await this.dataSource
          .getRepository(entity)
          .find({ where: { [column]: In([...keys]) } as never, order: order as never });
        const groups = new Map<number, T[]>();
        for (const row of rows) {
          const k = Number(row[column]);
          groups.set(k, [...(groups.get(k) ?? []), row]);
        }
        return keys.map((k) => groups.get(Number(k)) ?? []);
      });
      this.manyByCache.set(key, loader);
    }
    return loader as DataLoader<number, T[]>;
  }

  /** This request's DataLoader of a module's loader definition. */
  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.definedCache.get(definition);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => definition(this.dataSource, keys));
      this.definedCache.set(definition, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/**
 * A relation the row already carries (joined by the read that produced it), else the request's
 * loader. The joined value counts only while it matches the row's foreign key, so a row changed
 * after its read (an employee moved by a mutation that returns it) never answers with the old one.
 */
export function joinedOr<T extends { id: number }>(
  joined: T | null | undefined,
  id: number,
  loader: DataLoader<number, T | null>,
): T | Promise<T | null> {
  return joined && joined.id === id ? joined : loader.load(id);
}
