import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Filters for the audit log; each given filter must match exactly' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Entity name, e.g. Employee' })
  entity?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Id of the record changed, usually with entity',
  })
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Account that made the change' })
  actorAccountId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Login of the account that made the change: its username or its employee’s NIP',
  })
  actor?: string;

  @Field(() => String, { nullable: true, description: 'Action name, e.g. employee.update' })
  action?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Changes on or after this day, YYYY-MM-DD (Asia/Jakarta)',
  })
  from?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Changes on or before this day, YYYY-MM-DD (Asia/Jakarta)',
  })
  to?: string;
}
