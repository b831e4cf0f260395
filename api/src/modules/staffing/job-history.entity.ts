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
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Position } from '../org/position.entity';
import { JobChangeKind } from './staffing.enums';

@ObjectType({
  description:
    'Riwayat jabatan: one stretch of an employee’s career in one unit, post and golongan',
})
@Entity({ name: 'job_history' })
@Index(['employeeId', 'startsOn'])
export class JobHistory {
  static readonly modelName = 'JobHistory';

  @Field(() => ID, { description: 'Stable internal id of the history row' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  employeeId: number;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employeeId' })
  employee?: Employee;

  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: OrgUnit;

  @Column({ type: 'int' })
  positionId: number;

  @ManyToOne(() => Position, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'positionId' })
  position?: Position;

  @Field(() => String, { nullable: true, description: 'Golongan held in this stretch' })
  @Column({ type: 'varchar', length: 5 })
  rank: string;

  @Column({ type: 'int', nullable: true })
  supervisorId: number | null;

  @ManyToOne(() => Employee, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'supervisorId' })
  supervisor?: Employee | null;

  @Field(() => JobChangeKind, { nullable: true, description: 'What opened this stretch' })
  @Column({ type: 'varchar', length: 20 })
  kind: JobChangeKind;

  @Field(() => String, {
    nullable: true,
    description: 'TMT (terhitung mulai tanggal): first day, YYYY-MM-DD',
  })
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day, YYYY-MM-DD; null while it is the current stretch',
  })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Nomor SK (decree) behind the change' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  decreeNumber: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
