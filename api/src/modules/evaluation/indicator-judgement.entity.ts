import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Indicator } from '../plan/indicator.entity';
import { Evaluation } from './evaluation.entity';
import { Rating } from './evaluation.enums';

@ObjectType({
  description:
    'The evaluator’s judgement of one KUALITATIF indicator in the evaluation’s period (no percentage)',
})
@Entity({ name: 'indicator_judgement' })
@Unique(['evaluationId', 'indicatorId'])
export class IndicatorJudgement {
  static readonly modelName = 'IndicatorJudgement';

  @Field(() => ID, { description: 'Stable internal id of the judgement' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  evaluationId: number;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluationId' })
  evaluation?: Evaluation;

  @Index()
  @Column({ type: 'int' })
  indicatorId: number;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicatorId' })
  indicator?: Indicator;

  @Field(() => Rating, {
    nullable: true,
    description: 'How the period’s narrative realisation met the narrative target',
  })
  @Column({ type: 'varchar', length: 20 })
  rating: Rating;
}
