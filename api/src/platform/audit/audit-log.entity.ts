import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({
  description: 'One append-only audit record, written in the transaction of its change',
})
@Entity({ name: 'audit_log' })
@Index(['entity', 'entityId'])
@Index(['createdAt'])
export class AuditLog {
  static readonly modelName = 'AuditLog';

  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { nullable: true, description: 'Account that made the change' })
  @Index()
  @Column({ type: 'int', nullable: true })
  actorAccountId: number | null;

  @Field()
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Field()
  @Column({ type: 'varchar', length: 60 })
  entity: string;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'simple-json', nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'simple-json', nullable: true })
  after: unknown;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field()
  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
