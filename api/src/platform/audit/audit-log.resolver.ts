import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { forbidden } from '../graphql/errors';
import { ConnectionType } from '../graphql/pagination';
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
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    if (!context.ability.can('read', 'AuditLog'))
      throw forbidden('Only the Camat and HR may read the audit log');
    return this.auditService.list(context, filter, { first, after });
  }
}
