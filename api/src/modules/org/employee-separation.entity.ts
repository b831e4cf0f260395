import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Employee } from './employee.entity';
import { SeparationKind } from './separation.enums';

@ObjectType({ description: 'An employee leaving the kecamatan (pemberhentian), recorded by HR' })
@Entity({ name: 'employee_separation' })
@Index(['employeeId', 'id'])
export class EmployeeSeparation {
  @Field(() => ID, { description: 'Stable internal id' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  employeeId: number;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employeeId' })
  employee?: Employee;

  @Field(() => SeparationKind, { description: 'Why the employee left' })
  @Column({ type: 'varchar', length: 40 })
  kind: SeparationKind;

  @Field({ description: 'The date it took effect (TMT), YYYY-MM-DD' })
  @Column({ type: 'date' })
  effectiveDate: string;

  @Field({ description: 'HR’s note on why' })
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Field(() => String, { nullable: true, description: 'Number of the decree (nomor SK)' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  decreeNumber: string | null;

  @Column({ type: 'int', nullable: true })
  recordedByAccountId: number | null;

  @Field({ description: 'When HR recorded it' })
  @CreateDateColumn()
  createdAt: Date;
}
