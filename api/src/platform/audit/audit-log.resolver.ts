import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { forbidden } from '../graphql/errors';
import { ConnectionType } from '../graphql/pagination';
import { AuditLog } from './audit-log.entity';
import { AuditLogFilter } from './audit-log.inputs';

export const AuditLogConnection = ConnectionType(AuditLog, 'AuditLog');

@Resolver(() => AuditLog)
export class AuditLogResolver {
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
    return context.services.audit.list(context, filter, { first, after });
  }
}
