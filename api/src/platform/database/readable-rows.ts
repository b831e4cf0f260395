import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AppAbility, SubjectName } from '../authz/abilities';
import { rulesToSql, type SqlCondition, type SqlFieldMap } from '../authz/rules-to-sql';
import { notFound } from '../graphql/errors';
import {
  type Connection,
  type KeysetOrder,
  oldestFirst,
  type PageArgs,
  paginate,
} from '../graphql/pagination';

/** A guarded entity as its `read` rules see it in SQL. */
export interface ReadableSource<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** The CASL subject; also the name a NOT_FOUND error gives. */
  subject: SubjectName;
  alias: string;
  /** How the rule conditions read in SQL for `alias` (and the joins). */
  sqlFields: SqlFieldMap;
  /** The joins the SQL fields read from. */
  join?: (query: SelectQueryBuilder<T>) => SelectQueryBuilder<T>;
}

/**
 * The one "readable list/get" recipe: rows filtered in SQL by the viewer's `read` rules, so a row
 * they may not read is NOT_FOUND like a missing one and never counted in a list.
 */
export class ReadableRows<T extends ObjectLiteral & { id: number }> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly source: ReadableSource<T>,
  ) {}

  /** The viewer's `read` rules for the rows (or for one of their fields) as one SQL condition. */
  condition(ability: AppAbility, field?: string): SqlCondition {
    return rulesToSql(ability, 'read', this.source.subject, field, this.source.sqlFields);
  }

  /** The rows the viewer may read, to narrow further. */
  query(ability: AppAbility): SelectQueryBuilder<T> {
    const { entity, alias, join } = this.source;
    const query = this.dataSource.getRepository(entity).createQueryBuilder(alias);
    const rows = this.condition(ability);
    return (join ? join(query) : query).where(rows.sql, rows.params);
  }

  async get(ability: AppAbility, id: number): Promise<T> {
    const row = await this.query(ability)
      .andWhere(`${this.source.alias}.id = :id`, { id })
      .getOne();
    if (!row) throw notFound(this.source.subject, id);
    return row;
  }

  /** One page of the readable rows `narrow` keeps (filters add their conditions), oldest first by default. */
  async list(
    ability: AppAbility,
    page: PageArgs,
    {
      narrow,
      order = oldestFirst(this.source.alias),
    }: { narrow?: (query: SelectQueryBuilder<T>) => void; order?: KeysetOrder<T> } = {},
  ): Promise<Connection<T>> {
    const query = this.query(ability);
    narrow?.(query);
    return paginate(query, page, order);
  }
}
