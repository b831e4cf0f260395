import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { currentAuditAction } from './audit-actions';
import { redactSecrets } from './redact';

// Secrets never reach the table, and a row written before this rule never leaves it with one.
const REDACTED_JSON = { to: redactSecrets, from: redactSecrets };

@ObjectType({
  description: 'One append-only audit record, written in the transaction of its change',
})
@Entity({ name: 'audit_log' })
@Index(['entity', 'entityId'])
@Index(['createdAt'])
// Filters by action (and by actor) read newest first.
@Index(['action', 'createdAt'])
export class AuditLog {
  static readonly modelName = 'AuditLog';

  @Field(() => ID, { description: 'Stable internal id of the record; grows with time' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { nullable: true, description: 'Account that made the change' })
  @Index()
  @Column({ type: 'int', nullable: true })
  actorAccountId: number | null;

  @Field({ description: 'What was done, `<subject>.<verb>`: e.g. employee.update or plan.approve' })
  @Column({
    type: 'varchar',
    length: 60,
    transformer: { to: (action: string) => action, from: currentAuditAction },
  })
  action: string;

  @Field({ description: 'Type of the record changed, e.g. Employee or Evaluation' })
  @Column({ type: 'varchar', length: 60 })
  entity: string;

  @Field({ description: 'Id of the record changed' })
  @Column({ type: 'varchar', length: 40 })
  entityId: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The record’s plain fields before the change; null for a creation',
  })
  @Column({ type: 'simple-json', nullable: true, transformer: REDACTED_JSON })
  before: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The record’s plain fields (or the fields changed) after the change',
  })
  @Column({ type: 'simple-json', nullable: true, transformer: REDACTED_JSON })
  after: unknown;

  @Field(() => String, {
    nullable: true,
    description: 'The reason given with the change, when one was required or given',
  })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field({ description: 'When the change was committed' })
  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
