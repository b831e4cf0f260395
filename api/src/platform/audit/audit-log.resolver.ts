import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { forbidden } from '../graphql/errors';
import { ConnectionType, PageArgs } from '../graphql/pagination';
import { AuditLog } from './audit-log.entity';
import { AuditLogFilter } from './audit-log.inputs';
import { AuditService } from './audit-query.service';

export const AuditLogConnection = ConnectionType(AuditLog, 'AuditLog');

@Resolver(() => AuditLog)
export class AuditLogResolver {
  constructor(private readonly auditService: AuditService) {}

  @Query(() => AuditLogConnection, {
    description: 'Append-only audit trail, newest first (LEADER and HR_ADMIN)',
  })
  auditLog(
    @Ctx() context: Context,
    @Arg('filter', () => AuditLogFilter, {
      nullable: true,
      description: 'Entity, entity id, actor or action',
    })
    filter: AuditLogFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    if (!context.ability.can('read', 'AuditLog'))
      throw forbidden('AUDIT_LOG_FORBIDDEN', 'Only the Camat and HR may read the audit log');
    return this.auditService.list(context, filter, page);
  }
}
