import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Employee } from '../org/employee.entity';
import { Evaluation } from './evaluation.entity';

export enum ObjectionStatus {
  FILED = 'FILED',
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}
export enum ObjectionDecision {
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: 'Where a keberatan stands: FILED, then UPHELD or REJECTED',
  valuesConfig: {
    FILED: { description: 'Diajukan: waiting for the response and the decision' },
    UPHELD: { description: 'Diterima: a revised evaluation replaced the objected one' },
    REJECTED: { description: 'Ditolak: the evaluation stands' },
  },
});
registerEnumType(ObjectionDecision, {
  name: 'ObjectionDecision',
  description: 'The atasan pejabat penilai’s decision on a keberatan',
  valuesConfig: {
    UPHELD: { description: 'Uphold: the evaluation is revised with new ratings (new revision)' },
    REJECTED: { description: 'Reject: the evaluation stands' },
  },
});

@ObjectType({ description: 'Keberatan against a FINAL annual evaluation' })
@Entity({ name: 'objection' })
export class Objection {
  static readonly modelName = 'Objection';

  @Field(() => ID, { description: 'Stable internal id of the objection' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  evaluationId: number;

  @ManyToOne(() => Evaluation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluationId' })
  evaluation?: Evaluation;

  @Column({ type: 'int' })
  employeeId: number;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employeeId' })
  employee?: Employee;

  @Field(() => String, { nullable: true, description: 'Why the employee objects, in their words' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ObjectionStatus, {
    nullable: true,
    description: 'FILED until decided, then UPHELD or REJECTED',
  })
  @Column({ type: 'varchar', length: 10, default: ObjectionStatus.FILED })
  status: ObjectionStatus;

  /**
   * The atasan pejabat penilai who decides it while FILED, by the pejabat penilai rule applied to
   * the evaluator (staffing/utils/pejabat-penilai.util.ts); null when outside the kecamatan (HR
   * records that decision). Kept in step by mutasi and acting terms, and re-read at the decision.
   */
  @Index()
  @Column({ type: 'int', nullable: true })
  atasanId: number | null;

  @ManyToOne(() => Employee, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'atasanId' })
  atasan?: Employee | null;

  /** The atasan pejabat penilai who decided. */
  @Index()
  @Column({ type: 'int', nullable: true })
  deciderId: number | null;

  @ManyToOne(() => Employee, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deciderId' })
  decider?: Employee | null;

  @Field(() => String, { nullable: true, description: 'The written reason of the decision' })
  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the employee filed it (within 14 days of the evaluation becoming FINAL)',
  })
  @Column({ type: 'datetime', precision: 3 })
  filedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the decision was recorded' })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  revisedEvaluationId: number | null;

  @ManyToOne(() => Evaluation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revisedEvaluationId' })
  revisedEvaluation?: Evaluation | null;

  // The pejabat penilai's response (tanggapan), asked for before the atasan decides.

  @Field(() => String, {
    nullable: true,
    description: 'The pejabat penilai’s response (tanggapan)',
  })
  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Field(() => Date, { nullable: true, description: 'When the pejabat penilai responded' })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  respondedAt: Date | null;

  // A decision taken outside the kecamatan (the Camat's superior), recorded by HR.

  /** Name and office of the external atasan who decided. */
  @Field(() => String, {
    nullable: true,
    description: 'Name and office of the atasan outside the kecamatan who decided (recorded by HR)',
  })
  @Column({ type: 'varchar', length: 200, nullable: true })
  externalDecider: string | null;

  /** The decree or letter number of the external decision. */
  @Field(() => String, { nullable: true, description: 'Decree or letter number of that decision' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalReferenceNumber: string | null;

  /** Date of the external decision, YYYY-MM-DD. */
  @Field(() => String, { nullable: true, description: 'Date of that decision, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  externalDecisionDate: string | null;

  /** The account (HR) that recorded an external decision. */
  @Column({ type: 'int', nullable: true })
  recordedByAccountId: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Optimistic-concurrency version, raised by the response and the decision, which take it',
  })
  @Column({ type: 'int', default: 1 })
  version: number;
}
