import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CoreValue, IndicatorAspect } from '../plan/plan.enums';
import { TrainingMode } from './development.enums';

@ObjectType({ description: 'What a programme strengthens: BerAKHLAK values and/or IKI aspects' })
export class Competencies {
  @Field(() => [CoreValue], { description: 'BerAKHLAK core values the programme strengthens' })
  coreValues: CoreValue[];

  @Field(() => [IndicatorAspect], { description: 'IKI aspects the programme strengthens' })
  aspects: IndicatorAspect[];
}

@ObjectType({ description: 'A programme in the training catalogue (1 JP = 45 minutes)' })
@Entity({ name: 'training_program' })
export class TrainingProgram {
  static readonly modelName = 'TrainingProgram';

  @Field(() => ID, { description: 'Stable internal id of the programme' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { nullable: true, description: 'Unique catalogue code, e.g. PLT-KOM-01' })
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Field(() => String, { nullable: true, description: 'Name of the programme' })
  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the programme covers' })
  @Column({ type: 'text' })
  description: string;

  /** Comma-separated CoreValue names (the catalogue is small: filtered with LIKE on whole names). */
  @Column({ type: 'simple-array' })
  coreValues: CoreValue[];

  /** Comma-separated IndicatorAspect names. */
  @Column({ type: 'simple-array' })
  aspects: IndicatorAspect[];

  @Field(() => Int, { nullable: true, description: 'Jam pelajaran (1 JP = 45 minutes)' })
  @Column({ type: 'int' })
  hours: number;

  @Field(() => String, {
    nullable: true,
    description: 'Who runs it, e.g. BKPSDM Kota Surabaya or LAN RI',
  })
  @Column({ type: 'varchar', length: 160 })
  provider: string;

  @Field(() => TrainingMode, {
    nullable: true,
    description: 'How it is delivered: classroom, e-learning, coaching or mentoring',
  })
  @Column({ type: 'varchar', length: 12 })
  mode: TrainingMode;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when HR retires the programme: kept for history, no longer offered',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  retiredAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Optimistic-concurrency version, raised by every change; updateTrainingProgram and retireTrainingProgram take it',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
