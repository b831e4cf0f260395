import { type DataSource } from 'typeorm';
import type { Context } from '../graphql/context';
import { rulesToSql } from '../authz/rules-to-sql';
import { readFilterTexts } from '../graphql/text';
import { parseId } from '../graphql/ids';
import { type Connection, type PageArgs, paginate } from '../graphql/pagination';
import { AuditLog } from './audit-log.entity';
import { type AuditLogFilter } from './audit-log.inputs';

export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first is the natural reading order, so the keyset runs on the negated id. */
  async list(
    context: Context,
    filter: AuditLogFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<AuditLog>> {
    const rows = rulesToSql(context.ability, 'read', 'AuditLog', undefined, {});
    const query = this.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('audit')
      .where(rows.sql, rows.params);
    const { entity, entityId, action } = readFilterTexts(filter, ['entity', 'entityId', 'action']);
    if (entity) query.andWhere('audit.entity = :entity', { entity });
    if (entityId) query.andWhere('audit.entityId = :entityId', { entityId });
    if (filter?.actorAccountId)
      query.andWhere('audit.actorAccountId = :actor', {
        actor: parseId(filter.actorAccountId, 'filter.actorAccountId'),
      });
    if (action) query.andWhere('audit.action = :action', { action });
    return paginate(query, page, {
      expression: '(0 - audit.id)',
      valueOf: (row) => -row.id,
      idExpression: 'audit.id',
    });
  }
}
