import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CoreValue } from '../plan/plan.enums';
import { WorkTarget } from '../plan/work-target.entity';
import { Evaluation } from './evaluation.entity';
import { Rating } from './evaluation.enums';

@ObjectType({ description: 'Feedback in an evaluation on one RHK or one BerAKHLAK value' })
@Entity({ name: 'evaluation_feedback' })
export class EvaluationFeedback {
  static readonly modelName = 'EvaluationFeedback';

  @Field(() => ID, { description: 'Stable internal id of the feedback item' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  evaluationId: number;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluationId' })
  evaluation?: Evaluation;

  @Column({ type: 'int', nullable: true })
  workTargetId: number | null;

  @ManyToOne(() => WorkTarget, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'workTargetId' })
  workTarget?: WorkTarget | null;

  @Field(() => CoreValue, {
    nullable: true,
    description: 'The BerAKHLAK value commented on; null for feedback on an RHK',
  })
  @Column({ type: 'varchar', length: 24, nullable: true })
  coreValue: CoreValue | null;

  @Field(() => Rating, {
    nullable: true,
    description: 'How the value was shown (core values only)',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  rating: Rating | null;

  @Field(() => String, { nullable: true, description: 'The evaluator’s feedback, in words' })
  @Column({ type: 'text' })
  text: string;
}
