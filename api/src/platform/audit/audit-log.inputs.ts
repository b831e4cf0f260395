import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Entity name, e.g. Employee' })
  entity?: string;

  @Field(() => String, { nullable: true })
  entityId?: string;

  @Field(() => ID, { nullable: true })
  actorAccountId?: string;

  @Field(() => String, { nullable: true, description: 'e.g. employee.update' })
  action?: string;
}
