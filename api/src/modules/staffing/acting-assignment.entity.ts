import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { ActingKind } from './staffing.enums';

@ObjectType({
  description:
    'A Plt or Plh: an employee acting as head of a unit for a term, by decree; during the term they are the pejabat penilai of the head’s staff',
})
@Entity({ name: 'acting_assignment' })
@Index(['unitId', 'startsOn'])
@Index(['employeeId', 'startsOn'])
export class ActingAssignment {
  static readonly modelName = 'ActingAssignment';

  @Field(() => ID, { description: 'Stable internal id of the assignment' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ActingKind, {
    nullable: true,
    description: 'PLT (vacant post) or PLH (absent head)',
  })
  @Column({ type: 'varchar', length: 3 })
  kind: ActingKind;

  /** The acting official. */
  @Column({ type: 'int' })
  employeeId: number;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employeeId' })
  employee?: Employee;

  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: OrgUnit;

  @Field(() => String, { nullable: true, description: 'First day of the term, YYYY-MM-DD' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of the term, YYYY-MM-DD (ending it early moves this date)',
  })
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => String, { nullable: true, description: 'Nomor surat perintah / SK of the term' })
  @Column({ type: 'varchar', length: 100 })
  decreeNumber: string;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when HR cancelled the assignment: it never counted',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  cancelledAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Optimistic-concurrency version; ending or cancelling takes it',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;
}
