import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Evaluation } from '../evaluation/evaluation.entity';
import { Employee } from '../org/employee.entity';
import { Indicator } from '../plan/indicator.entity';
import { CoreValue, IndicatorAspect } from '../plan/plan.enums';
import { DevelopmentPlan } from './development-plan.entity';
import { ActivityKind, ActivityStatus } from './development.enums';
import { TrainingProgram } from './training-program.entity';

@ObjectType({ description: 'One item of a development plan: a programme, coaching or mentoring' })
@Entity({ name: 'development_activity' })
@Index(['employeeId', 'status'])
@Index(['programId', 'status'])
// JP per plan read from the index alone (jp.service.ts `jpOf`).
@Index(['planId', 'status', 'jp'])
export class DevelopmentActivity {
  static readonly modelName = 'DevelopmentActivity';

  @Field(() => ID, { description: 'Stable internal id of the activity' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  planId: number;

  @ManyToOne(() => DevelopmentPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'planId' })
  plan?: DevelopmentPlan;

  /** Copied from the plan so permission filters and JP sums need no join. */
  @Column({ type: 'int' })
  employeeId: number;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employeeId' })
  employee?: Employee;

  @Field(() => ActivityKind, {
    nullable: true,
    description: 'A catalogue TRAINING, or COACHING (pembinaan) or MENTORING',
  })
  @Column({ type: 'varchar', length: 10 })
  kind: ActivityKind;

  @Column({ type: 'int', nullable: true })
  programId: number | null;

  @ManyToOne(() => TrainingProgram, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programId' })
  program?: TrainingProgram | null;

  @Field(() => String, {
    nullable: true,
    description: 'The programme’s title, or the coaching topic',
  })
  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Field(() => String, { nullable: true, description: 'Why: the weakness this answers, in words' })
  @Column({ type: 'text' })
  reason: string;

  /** The evaluation whose weakness this answers. */
  @Column({ type: 'int', nullable: true })
  reasonEvaluationId: number | null;

  @ManyToOne(() => Evaluation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reasonEvaluationId' })
  reasonEvaluation?: Evaluation | null;

  @Field(() => CoreValue, {
    nullable: true,
    description: 'The BerAKHLAK value whose weakness this answers, if any',
  })
  @Column({ type: 'varchar', length: 24, nullable: true })
  reasonCoreValue: CoreValue | null;

  @Column({ type: 'int', nullable: true })
  reasonIndicatorId: number | null;

  @ManyToOne(() => Indicator, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reasonIndicatorId' })
  reasonIndicator?: Indicator | null;

  @Field(() => IndicatorAspect, {
    nullable: true,
    description: 'The aspect of the IKI whose weakness this answers, if any',
  })
  @Column({ type: 'varchar', length: 10, nullable: true })
  reasonAspect: IndicatorAspect | null;

  @Field(() => Int, { nullable: true, description: 'Jam pelajaran (1 JP = 45 minutes)' })
  @Column({ type: 'int' })
  jp: number;

  @Field(() => ActivityStatus, {
    nullable: true,
    description: 'PLANNED, IN_PROGRESS, then DONE or CANCELLED (both final)',
  })
  @Column({ type: 'varchar', length: 12, default: ActivityStatus.PLANNED })
  status: ActivityStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, Asia/Jakarta: when it was done',
  })
  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What came of it, in words' })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Link to the evidence, e.g. the certificate',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  evidenceUrl: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Pembinaan required by a FINAL annual predicate of BUTUH_PERBAIKAN or lower: cancelled only with a reason',
  })
  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was cancelled (required for a required pembinaan)',
  })
  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @ManyToOne(() => Employee, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: Employee | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Optimistic-concurrency version, raised by every change; updateDevelopmentActivity takes it',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When the activity was added' })
  @CreateDateColumn()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the activity last changed' })
  @UpdateDateColumn()
  updatedAt: Date;
}
