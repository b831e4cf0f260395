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

  @Field(() => String, { nullable: true, description: 'Action name, e.g. employee.update' })
  action?: string;
}
