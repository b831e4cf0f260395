import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Employee } from '../org/employee.entity';
import { CoreValue } from '../plan/plan.enums';
import { WorkTarget } from '../plan/work-target.entity';

export enum FeedbackKind {
  PRAISE = 'PRAISE',
  IMPROVEMENT = 'IMPROVEMENT',
  NOTE = 'NOTE',
}
registerEnumType(FeedbackKind, {
  name: 'FeedbackKind',
  description: 'Pujian, perbaikan or catatan',
  valuesConfig: {
    PRAISE: { description: 'Pujian: praise for something done well' },
    IMPROVEMENT: { description: 'Perbaikan: something to improve' },
    NOTE: { description: 'Catatan: a neutral note; every reply in a thread is one' },
  },
});

@ObjectType({
  description: 'Umpan balik berkelanjutan: continuous feedback during an active cycle',
})
@Entity({ name: 'feedback' })
@Index(['recipientId', 'createdAt'])
@Index(['authorId', 'createdAt'])
export class Feedback {
  static readonly modelName = 'Feedback';

  @Field(() => ID, { description: 'Stable internal id of the feedback item' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  cycleId: number;

  @ManyToOne(() => PerformanceCycle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycleId' })
  cycle?: PerformanceCycle;

  @Column({ type: 'int' })
  authorId: number;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authorId' })
  author?: Employee;

  @Column({ type: 'int' })
  recipientId: number;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipientId' })
  recipient?: Employee;

  @Column({ type: 'int', nullable: true })
  workTargetId: number | null;

  @ManyToOne(() => WorkTarget, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'workTargetId' })
  workTarget?: WorkTarget | null;

  @Field(() => CoreValue, {
    nullable: true,
    description: 'The BerAKHLAK value it is about, if any (never together with an RHK)',
  })
  @Column({ type: 'varchar', length: 24, nullable: true })
  coreValue: CoreValue | null;

  @Field(() => FeedbackKind, {
    nullable: true,
    description: 'Pujian (praise), perbaikan (improvement) or catatan (note); replies are notes',
  })
  @Column({ type: 'varchar', length: 12 })
  kind: FeedbackKind;

  @Field(() => String, { nullable: true, description: 'The feedback itself, 1 to 2000 characters' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => Date, { nullable: true, description: 'When it was given' })
  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the recipient acknowledged it; null until then',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  /** The first item of the thread this one replies to (null for a thread's first item). */
  @Index()
  @Column({ type: 'int', nullable: true })
  threadId: number | null;

  @ManyToOne(() => Feedback, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'threadId' })
  thread?: Feedback | null;
}
