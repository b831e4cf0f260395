import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Employee } from '../org/employee.entity';

@ObjectType({ description: 'Rencana pengembangan: one employee’s development plan for one cycle' })
@Entity({ name: 'development_plan' })
@Unique(['employeeId', 'cycleId'])
export class DevelopmentPlan {
  static readonly modelName = 'DevelopmentPlan';

  @Field(() => ID, { description: 'Stable internal id of the development plan' })
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

  @CreateDateColumn()
  createdAt: Date;
}
