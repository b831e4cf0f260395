import { FieldResolver, Ctx, Resolver, Root } from 'type-graphql';
import type { AuditActors } from '../../platform/audit/audit-query.service';
import type { AuditSubjectNamer } from '../../platform/audit/audit-subjects';
import { AuditLog } from '../../platform/audit/audit-log.entity';
import type { Context } from '../../platform/graphql/context';
import { employeeSubject } from '../org/audit-subjects';
import { Employee } from '../org/employee.entity';
import { Account } from './account.entity';

/** The audit log's actors are accounts: found by username, or by the NIP of their employee. */
export const accountAuditActors: AuditActors = {
  loginCondition: (column, param) =>
    `${column} IN (SELECT actorAccount.id FROM account actorAccount
      LEFT JOIN employee actorEmployee ON actorEmployee.id = actorAccount.employeeId
      WHERE actorAccount.username = :${param} OR actorEmployee.nip = :${param})`,
};

/** An audited account by its person's name, or by its login name when it has none (admin). */
export const accountSubject: AuditSubjectNamer = async (context, id) => {
  const account = await context.loaders.byId(Account).load(id);
  if (!account) return null;
  if (!account.employeeId) return account.username;
  return (await employeeSubject(context, account.employeeId)) ?? account.username;
};

/** Who made an audited change, by name; only viewers who read the audit log reach these fields. */
@Resolver(() => AuditLog)
export class AuditLogActorResolver {
  private async account(context: Context, entry: AuditLog): Promise<Account | null> {
    if (entry.actorAccountId === null) return null;
    return context.loaders.byId(Account).load(Number(entry.actorAccountId));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Login name of the account that made the change (null for the system)',
  })
  async actorUsername(@Root() entry: AuditLog, @Ctx() context: Context): Promise<string | null> {
    return (await this.account(context, entry))?.username ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of the employee behind that account, when it belongs to one',
  })
  async actorName(@Root() entry: AuditLog, @Ctx() context: Context): Promise<string | null> {
    const account = await this.account(context, entry);
    if (!account?.employeeId) return null;
    return (await context.loaders.byId(Employee).load(account.employeeId))?.name ?? null;
  }
}
