import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Employee } from '../org/employee.entity';
import { ReasonParam } from '../org/employee-import.types';

@ObjectType({
  description: 'A message in an employee’s inbox (objection outcomes, returned plans…)',
})
@Entity({ name: 'notification' })
@Index(['recipientId', 'readAt'])
export class Notification {
  static readonly modelName = 'Notification';

  @Field(() => ID, { description: 'Stable internal id of the notice' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  recipientId: number;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipientId' })
  recipient?: Employee;

  @Field(() => String, {
    nullable: true,
    description: 'What happened, e.g. objection.upheld, evaluation.final or deadline.skp',
  })
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The notice in Indonesian, for API users; clients in other languages word it from kind and params',
  })
  @Column({ type: 'text' })
  message: string;

  @Field(() => [ReasonParam], {
    nullable: true,
    description:
      'The values the notice names (a name, a period, a due day as YYYY-MM-DD…), for the client’s sentence per kind; empty for notices stored before they had values',
  })
  @Column({ type: 'simple-json', nullable: true })
  params: ReasonParam[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Type of the record the notice is about, e.g. Evaluation or Objection',
  })
  @Column({ type: 'varchar', length: 40 })
  entity: string;

  @Field(() => String, { nullable: true, description: 'Id of that record' })
  @Column({ type: 'varchar', length: 40 })
  entityId: string;

  @Field(() => Date, { nullable: true, description: 'When the notice was created' })
  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the recipient read it; null while unread',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  readAt: Date | null;

  /**
   * Set for notices that must exist once per item (e.g. `evaluation.final:<id>`,
   * `deadline.realizations:<planId>:TW3`): a unique key, so a retry or a second trigger adds nothing.
   */
  @Column({ type: 'varchar', length: 120, nullable: true, unique: true })
  dedupeKey: string | null;
}
