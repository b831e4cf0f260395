import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PerformancePlan } from './performance-plan.entity';
import { WorkTargetKind } from './plan.enums';

@ObjectType({ description: 'RHK: a work target of an SKP' })
@Entity({ name: 'work_target' })
export class WorkTarget {
  static readonly modelName = 'WorkTarget';

  @Field(() => ID, { description: 'Stable internal id of the RHK' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  planId: number;

  @ManyToOne(() => PerformancePlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: PerformancePlan;

  @Field(() => WorkTargetKind, {
    nullable: true,
    description: 'UTAMA (main, intervening the supervisor’s RHK) or TAMBAHAN (additional)',
  })
  @Column({ type: 'varchar', length: 10 })
  kind: WorkTargetKind;

  @Field(() => String, {
    nullable: true,
    description: 'Rencana hasil kerja: what the employee will deliver, in words',
  })
  @Column({ type: 'text' })
  description: string;

  /** The supervisor's RHK this one intervenes (RHK pimpinan yang diintervensi). */
  @Index()
  @Column({ type: 'int', nullable: true })
  parentTargetId: number | null;

  @ManyToOne(() => WorkTarget, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentTargetId' })
  parentTarget?: WorkTarget | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Position in the SKP: RHK are listed in the order they were added',
  })
  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}
