import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { decimalTransformer } from '../../platform/database/decimal.transformer';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Period } from '../cycle/cycle.enums';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { EvaluatorCapacity } from '../staffing/staffing.enums';
import { EvaluationStatus, Predicate, Rating, SuggestionBasis } from './evaluation.enums';

@ObjectType({ description: 'The evaluation of one SKP for one period by the pejabat penilai' })
@Entity({ name: 'evaluation' })
@Unique(['planId', 'period', 'revision'])
// Covering indexes for calibration (cycle, period → predicates) and summaries (cycle, employee).
@Index(['cycleId', 'period', 'employeeId'])
@Index(['cycleId', 'period', 'employeeId', 'supersededAt', 'predicate'])
@Index(['cycleId', 'employeeId', 'period', 'status', 'supersededAt', 'predicate', 'achievement'])
@Index(['evaluatorId', 'status'])
export class Evaluation {
  static readonly modelName = 'Evaluation';

  @Field(() => ID, {
    description: 'Stable internal id of this evaluation (each objection revision has its own)',
  })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @ManyToOne(() => PerformancePlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'planId' })
  plan?: PerformancePlan;

  /** Copied from the plan so team and analytics queries need no join. */
  @Index()
  @Column({ type: 'int' })
  employeeId: number;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employeeId' })
  employee?: Employee;

  @Column({ type: 'int' })
  cycleId: number;

  @ManyToOne(() => PerformanceCycle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycleId' })
  cycle?: PerformanceCycle;

  @Column({ type: 'int' })
  evaluatorId: number;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluatorId' })
  evaluator?: Employee;

  @Field(() => EvaluatorCapacity, {
    nullable: true,
    description: 'Signed by the post holder (DEFINITIF) or by an acting official (PLT/PLH)',
  })
  @Column({ type: 'varchar', length: 9, default: EvaluatorCapacity.DEFINITIF })
  evaluatorCapacity: EvaluatorCapacity;

  /**
   * Signed as Plt/Plh: the unit whose head's post the evaluator acted for (null: signed as the
   * holder). A keberatan against it goes to the pejabat penilai of that post (issue #14).
   */
  @Column({ type: 'int', nullable: true })
  evaluatorActingUnitId: number | null;

  @ManyToOne(() => OrgUnit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluatorActingUnitId' })
  evaluatorActingUnit?: OrgUnit | null;

  @Field(() => Period, {
    nullable: true,
    description: 'The triwulan evaluated, or ANNUAL for the year-end evaluation',
  })
  @Column({ type: 'varchar', length: 6 })
  period: Period;

  @Field(() => Rating, {
    nullable: true,
    description: 'Rating hasil kerja given by the pejabat penilai',
  })
  @Column({ type: 'varchar', length: 20 })
  resultRating: Rating;

  @Field(() => Rating, {
    nullable: true,
    description: 'Rating perilaku kerja (BerAKHLAK) given by the pejabat penilai',
  })
  @Column({ type: 'varchar', length: 20 })
  behaviorRating: Rating;

  @Field(() => Predicate, {
    nullable: true,
    description: 'Derived from the two ratings; never entered',
  })
  @Column({ type: 'varchar', length: 16 })
  predicate: Predicate;

  @Field(() => Int, { nullable: true, description: '5 (SANGAT_BAIK) … 1 (SANGAT_KURANG)' })
  @Column({ type: 'int' })
  predicateLevel: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Plan achievement (%) for the period when last saved',
  })
  @Column({
    type: 'decimal',
    precision: 6,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  achievement: number | null;

  @Field(() => Rating, { nullable: true, description: 'From achievement and the cycle thresholds' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  suggestedResultRating: Rating | null;

  @Field(() => SuggestionBasis, {
    nullable: true,
    description: 'What the suggested result rating was made from when last saved',
  })
  @Column({ type: 'varchar', length: 24, nullable: true })
  suggestionBasis: SuggestionBasis | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Indicators left out of the suggestion when last saved: numeric ones without a report for the period ("belum dilaporkan") and qualitative ones without a judgement',
  })
  @Column({ type: 'int', nullable: true })
  unreportedIndicators: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The evaluator chose another result rating than suggested',
  })
  @Column({ type: 'boolean', default: false })
  differsFromSuggestion: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The evaluator’s closing remarks (catatan/rekomendasi)',
  })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the evaluator finalised despite unreported indicators or an achievement far from the chosen result rating',
  })
  @Column({ type: 'text', nullable: true })
  finalizationReason: string | null;

  @Field(() => EvaluationStatus, {
    nullable: true,
    description:
      'DRAFT while the evaluator writes it, FINAL once finalised, ACKNOWLEDGED once the employee has acknowledged it',
  })
  @Column({ type: 'varchar', length: 12, default: EvaluationStatus.DRAFT })
  status: EvaluationStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'Optimistic-concurrency version, raised by every change; saveEvaluation and finalizeEvaluation take it',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the evaluation became FINAL; an annual one may be objected to for 14 days from here',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  finalizedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the employee acknowledged the final evaluation',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  /** 0 for the original; each upheld objection adds a revision (unique per plan and period). */
  @Field(() => Int, {
    nullable: true,
    description:
      '0 for the original; each upheld objection adds a revision with the revised ratings',
  })
  @Column({ type: 'int', default: 0 })
  revision: number;

  /** The evaluation an upheld objection revised into this one. */
  @Column({ type: 'int', nullable: true })
  revisionOfId: number | null;

  @ManyToOne(() => Evaluation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revisionOfId' })
  revisionOf?: Evaluation | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when an upheld objection replaced this evaluation',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  supersededAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
