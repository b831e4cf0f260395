import { type DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Context } from '../graphql/context';
import { ReadableRows } from '../database/readable-rows';
import { assertNoProblems } from '../graphql/errors';
import { readFilterTexts } from '../graphql/text';
import { parseId } from '../graphql/ids';
import { type Connection, newestFirst, type PageArgs } from '../graphql/pagination';
import { storedAuditActions } from './audit-actions';
import { dateRangeProblems, jakartaDayBounds } from './audit-filter';
import { AuditLog } from './audit-log.entity';
import { type AuditLogFilter } from './audit-log.inputs';
import { type AuditReference, type AuditSubjectNames, REFERENCE_FIELDS } from './audit-subjects';

/** How the audit log finds the account behind a login; the account module provides it. */
export interface AuditActors {
  /** An SQL condition on `column` (an account id): the account that logs in as `:<param>`. */
  loginCondition(column: string, param: string): string;
}

/** The most rows one export carries; a narrower filter gets the rest. */
export const AUDIT_EXPORT_LIMIT = 10_000;

export class AuditService {
  private readonly entries: ReadableRows<AuditLog>;

  constructor(
    dataSource: DataSource,
    private readonly actors: AuditActors | null = null,
    private readonly subjects: AuditSubjectNames = {},
  ) {
    this.entries = new ReadableRows(dataSource, AuditLog, 'audit', {});
  }

  /**
   * The record an entry changed, by name ("Ayu Rahayu" for Employee 71), through the request's
   * loaders: entries named in the same tick share one read per type. Null when the record is gone
   * or its type has no name. Only for viewers who read the entry.
   */
  async subjectName(
    context: Context,
    entry: Pick<AuditLog, 'entity' | 'entityId'>,
  ): Promise<string | null> {
    const name = Object.hasOwn(this.subjects, entry.entity) ? this.subjects[entry.entity] : null;
    const id = Number(entry.entityId);
    return name && Number.isSafeInteger(id) && id > 0 ? name(context, id) : null;
  }

  /**
   * The records the ids in an entry's before/after point to, by name, through the same loaders as
   * `subjectName` (one read per type for a page of entries). Each field and id once; an id whose
   * record is gone, or that is not a positive whole number, is left out.
   */
  async references(
    context: Context,
    entry: Pick<AuditLog, 'before' | 'after'>,
  ): Promise<AuditReference[]> {
    const found = new Map<string, { field: string; type: string; id: number }>();
    for (const side of [entry.before, entry.after]) {
      if (side === null || typeof side !== 'object' || Array.isArray(side)) continue;
      for (const [field, value] of Object.entries(side as Record<string, unknown>)) {
        const type = Object.hasOwn(REFERENCE_FIELDS, field) ? REFERENCE_FIELDS[field] : null;
        if (!type || !Object.hasOwn(this.subjects, type)) continue;
        const ids: unknown[] = Array.isArray(value) ? value : [value];
        for (const id of ids)
          if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0)
            found.set(`${field}:${id}`, { field, type, id });
      }
    }
    const named = await Promise.all(
      [...found.values()].map(async ({ field, type, id }) => ({
        field,
        recordId: String(id),
        name: await this.subjects[type](context, id),
      })),
    );
    return named.filter((reference): reference is AuditReference => reference.name !== null);
  }

  /** The filter as SQL conditions, validated first (each bad field named, nothing read). */
  private narrowing(
    filter: AuditLogFilter | undefined,
  ): (query: SelectQueryBuilder<AuditLog>) => void {
    const { entity, entityId, action, actor, from, to } = readFilterTexts(filter, [
      'entity',
      'entityId',
      'action',
      'actor',
      'from',
      'to',
    ]);
    assertNoProblems(dateRangeProblems({ from, to }));
    const actorAccountId = filter?.actorAccountId
      ? parseId(filter.actorAccountId, 'filter.actorAccountId')
      : null;
    const { since, until } = jakartaDayBounds({ from, to });
    return (query) => {
      if (entity) query.andWhere('audit.entity = :entity', { entity });
      if (entityId) query.andWhere('audit.entityId = :entityId', { entityId });
      if (actorAccountId !== null)
        query.andWhere('audit.actorAccountId = :actorAccountId', { actorAccountId });
      if (actor)
        query.andWhere(
          this.actors ? this.actors.loginCondition('audit.actorAccountId', 'actorLogin') : '1 = 0',
          { actorLogin: actor },
        );
      if (action)
        query.andWhere('audit.action IN (:...actions)', { actions: storedAuditActions(action) });
      if (since) query.andWhere('audit.createdAt >= :since', { since });
      if (until) query.andWhere('audit.createdAt < :until', { until });
    };
  }

  /** Newest first is the natural reading order. */
  list(
    context: Context,
    filter: AuditLogFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<AuditLog>> {
    return this.entries.list(context.ability, page, {
      narrow: this.narrowing(filter),
      order: newestFirst('audit'),
    });
  }

  /** Every row the filter keeps, newest first (as `list` pages them), up to `limit`. */
  async all(
    context: Context,
    filter: AuditLogFilter | undefined,
    limit = AUDIT_EXPORT_LIMIT,
  ): Promise<{ rows: AuditLog[]; truncated: boolean }> {
    const query = this.entries.query(context.ability);
    this.narrowing(filter)(query);
    const rows = await query
      .orderBy('audit.id', 'DESC')
      .take(limit + 1)
      .getMany();
    return { rows: rows.slice(0, limit), truncated: rows.length > limit };
  }
}
