import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AppAbility, SubjectName } from '../authz/abilities';
import { rulesToSql, type SqlCondition, type SqlFieldMap } from '../authz/rules-to-sql';
import { notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import {
  type Connection,
  type KeysetOrder,
  oldestFirst,
  type PageArgs,
  paginate,
} from '../graphql/pagination';

/** An entity class that names its CASL subject. */
export type GuardedEntity<T> = (new () => T) & { modelName: SubjectName };

/** An id filter: the column it equals, or a condition on `:<key>` (on a field the viewer must be able to read). */
type IdFilter = string | { where: string; field?: string };

export interface ListOptions<T extends ObjectLiteral, F> {
  /** The list's filter argument, for `ids`. */
  filter?: F | null;
  /** What each id field of the filter matches, e.g. `{ cycleId: 'plan.cycleId' }`, in this order. */
  ids?: { [K in keyof F]?: IdFilter };
  /** The filter's other conditions. */
  narrow?: (query: SelectQueryBuilder<T>) => void;
  order?: KeysetOrder<T>;
}

/**
 * The one "readable list/get" recipe: rows filtered in SQL by the viewer's `read` rules, so a row
 * they may not read is NOT_FOUND like a missing one and is never counted in a list.
 */
export class ReadableRows<T extends ObjectLiteral & { id: number }> {
  /** `sqlFields`: how the rule conditions read in SQL for `alias` and the tables `join` adds. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: GuardedEntity<T>,
    private readonly alias: string,
    private readonly sqlFields: SqlFieldMap,
    private readonly join?: (query: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
  ) {}

  /** The viewer's `read` rules for the rows (or for one of their fields) as one SQL condition. */
  condition(ability: AppAbility, field?: string): SqlCondition {
    return rulesToSql(ability, 'read', this.entity.modelName, field, this.sqlFields);
  }

  /** The rows the viewer may read, to narrow further. */
  query(ability: AppAbility): SelectQueryBuilder<T> {
    const query = this.dataSource.getRepository(this.entity).createQueryBuilder(this.alias);
    const rows = this.condition(ability);
    return (this.join ? this.join(query) : query).where(rows.sql, rows.params);
  }

  /** A filter on a field matches only rows where the viewer may read that field, so it leaks nothing. */
  readableWhere(
    ability: AppAbility,
    field: string,
    sql: string,
    params: Record<string, unknown>,
  ): SqlCondition {
    const gate = this.condition(ability, field);
    return { sql: `(${sql} AND ${gate.sql})`, params: { ...params, ...gate.params } };
  }

  /** `readableWhere` added to a query. */
  andWhereReadable(
    query: SelectQueryBuilder<T>,
    ability: AppAbility,
    field: string,
    sql: string,
    params: Record<string, unknown>,
  ): void {
    const gated = this.readableWhere(ability, field, sql, params);
    query.andWhere(gated.sql, gated.params);
  }

  async get(ability: AppAbility, id: number): Promise<T> {
    const row = await this.query(ability).andWhere(`${this.alias}.id = :id`, { id }).getOne();
    if (!row) throw notFound(this.entity.modelName, id);
    return row;
  }

  /** One page of the readable rows the filter keeps, oldest first unless `order` says otherwise. */
  list<F extends object>(
    ability: AppAbility,
    page: PageArgs,
    { order = oldestFirst(this.alias), ...options }: ListOptions<T, F> = {},
  ): Promise<Connection<T>> {
    return paginate(this.filtered(ability, options), page, order);
  }

  /** The readable rows the filter keeps, to page or to aggregate. */
  filtered<F extends object>(
    ability: AppAbility,
    { filter, ids = {}, narrow }: Omit<ListOptions<T, F>, 'order'>,
  ): SelectQueryBuilder<T> {
    const query = this.query(ability);
    for (const [key, idFilter] of Object.entries(ids) as [keyof F & string, IdFilter][]) {
      const value = filter?.[key] as string | null | undefined;
      if (!value) continue;
      const { where, field } =
        typeof idFilter === 'string' ? { where: `${idFilter} = :${key}` } : idFilter;
      const params = { [key]: parseId(value, `filter.${key}`) };
      if (field) this.andWhereReadable(query, ability, field, where, params);
      else query.andWhere(where, params);
    }
    narrow?.(query);
    return query;
  }
}
