import { type DataSource } from 'typeorm';
import type { Context } from '../graphql/context';
import { ReadableRows } from '../database/readable-rows';
import { readFilterTexts } from '../graphql/text';
import { parseId } from '../graphql/ids';
import { type Connection, newestFirst, type PageArgs } from '../graphql/pagination';
import { storedAuditActions } from './audit-actions';
import { AuditLog } from './audit-log.entity';
import { type AuditLogFilter } from './audit-log.inputs';

export class AuditService {
  private readonly entries: ReadableRows<AuditLog>;

  constructor(dataSource: DataSource) {
    this.entries = new ReadableRows(dataSource, AuditLog, 'audit', {});
  }

  /** Newest first is the natural reading order. */
  list(
    context: Context,
    filter: AuditLogFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<AuditLog>> {
    return this.entries.list(context.ability, page, {
      narrow: (query) => {
        const { entity, entityId, action } = readFilterTexts(filter, [
          'entity',
          'entityId',
          'action',
        ]);
        if (entity) query.andWhere('audit.entity = :entity', { entity });
        if (entityId) query.andWhere('audit.entityId = :entityId', { entityId });
        if (filter?.actorAccountId)
          query.andWhere('audit.actorAccountId = :actor', {
            actor: parseId(filter.actorAccountId, 'filter.actorAccountId'),
          });
        if (action)
          query.andWhere('audit.action IN (:...actions)', { actions: storedAuditActions(action) });
      },
      order: newestFirst('audit'),
    });
  }
}
