import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Employee } from '../org/employee.entity';
import { EvaluatorCapacity } from '../staffing/staffing.enums';
import { PlanApproach, PlanStatus } from './plan.enums';

@ObjectType({
  description:
    'SKP: one per employee per cycle, or one per post held in the cycle after a mutasi (sequence 1, 2, …)',
})
@Entity({ name: 'performance_plan' })
@Unique(['employeeId', 'cycleId', 'sequence'])
@Index(['cycleId', 'status'])
@Index(['evaluatorId', 'status'])
export class PerformancePlan {
  static readonly modelName = 'PerformancePlan';

  @Field(() => ID, { description: 'Stable internal id of the SKP' })
  @PrimaryGeneratedColumn()
  id: number;

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

  @Field(() => PlanApproach, {
    nullable: true,
    description: 'Pendekatan: KUANTITATIF or KUALITATIF, chosen when the SKP is drafted',
  })
  @Column({ type: 'varchar', length: 12 })
  approach: PlanApproach;

  @Field(() => Int, {
    nullable: true,
    description: '1 for the first SKP of the cycle; each mutasi in the cycle starts the next',
  })
  @Column({ type: 'int', default: 1 })
  sequence: number;

  @Field(() => String, {
    nullable: true,
    description:
      'First day the SKP covers (the TMT of a mutasi, or of arriving in the kecamatan that year), YYYY-MM-DD; null from the cycle start',
  })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Last day the SKP covers (the day before a mutasi’s TMT), YYYY-MM-DD; null while it is the current SKP',
  })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  /**
   * The pejabat penilai now (null for the Camat): kept in step with the one rule
   * (staffing/utils/pejabat-penilai.util.ts) while the SKP is current; frozen once it ends.
   */
  @Column({ type: 'int', nullable: true })
  evaluatorId: number | null;

  @Field(() => EvaluatorCapacity, {
    nullable: true,
    description: 'Whether the pejabat penilai holds the post (DEFINITIF) or acts for it (PLT/PLH)',
  })
  @Column({ type: 'varchar', length: 9, default: EvaluatorCapacity.DEFINITIF })
  evaluatorCapacity: EvaluatorCapacity;

  @ManyToOne(() => Employee, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluatorId' })
  evaluator?: Employee | null;

  @Field(() => PlanStatus, {
    nullable: true,
    description: 'DRAFT → SUBMITTED → APPROVED, or RETURNED with a reason (back to DRAFT on edit)',
  })
  @Column({ type: 'varchar', length: 10, default: PlanStatus.DRAFT })
  status: PlanStatus;

  @Field(() => String, { nullable: true, description: 'Why the supervisor returned the plan' })
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the owner last submitted the SKP for approval',
  })
  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the pejabat penilai approved the SKP (the Camat’s is approved on submission)',
  })
  @Column({ type: 'datetime', nullable: true })
  approvedAt: Date | null;

  // The SKP's lampiran (annex): read and written through the plan's GraphQL fields.

  /** Dukungan sumber daya: the resources the leader provides. */
  @Column({ type: 'text', nullable: true })
  resourceSupport: string | null;

  /** Skema pertanggungjawaban: how the work is accounted for. */
  @Column({ type: 'text', nullable: true })
  accountabilityScheme: string | null;

  /** Konsekuensi: what follows from meeting or missing the targets. */
  @Column({ type: 'text', nullable: true })
  consequences: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Optimistic-concurrency version, raised by every edit of the SKP or its RHK; updatePlanAnnex takes it',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
