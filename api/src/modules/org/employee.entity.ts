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
import { EmploymentType, Gender } from './org.enums';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';

@ObjectType({ description: 'An ASN (PNS or PPPK) of the kecamatan' })
@Entity({ name: 'employee' })
@Index(['unitId', 'active', 'name'])
// An analyst's anonymity sets: active people grouped by what the analyst reads of them (anonymity-set.ts).
@Index(['active', 'unitId', 'rank', 'employmentType', 'gender', 'positionId'])
export class Employee {
  static readonly modelName = 'Employee';

  @Field(() => ID, {
    description: 'Stable internal id (not the NIP); the only identity an analyst sees',
  })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { nullable: true, description: 'Nomor Induk Pegawai (18 digits)' })
  @Column({ type: 'varchar', length: 18, unique: true })
  nip: string;

  @Field(() => String, { nullable: true, description: 'Full name; hidden from analysts' })
  @Index()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => Gender, {
    nullable: true,
    description: 'Jenis kelamin, as encoded by the gender digit of the NIP',
  })
  @Column({ type: 'varchar', length: 10 })
  gender: Gender;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  birthDate: string;

  @Field(() => EmploymentType, {
    nullable: true,
    description: 'PNS (pegawai negeri sipil) or PPPK (contracted government employee)',
  })
  @Column({ type: 'varchar', length: 4 })
  employmentType: EmploymentType;

  @Field(() => String, {
    nullable: true,
    description: 'Golongan: I/a…IV/e for PNS, I…XVII for PPPK',
  })
  @Column({ type: 'varchar', length: 5 })
  rank: string;

  @Column({ type: 'int' })
  positionId: number;

  @Field(() => Position, {
    nullable: true,
    description: 'The jabatan (position) the employee holds now',
  })
  @ManyToOne(() => Position, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'positionId' })
  position?: Position;

  @Column({ type: 'int' })
  unitId: number;

  @Field(() => OrgUnit, { nullable: true, description: 'The unit kerja the employee belongs to' })
  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: OrgUnit;

  @Index()
  @Column({ type: 'int', nullable: true })
  supervisorId: number | null;

  @Field(() => Employee, {
    nullable: true,
    description: 'Atasan langsung (pejabat penilai kinerja)',
  })
  @ManyToOne(() => Employee, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supervisorId' })
  supervisor?: Employee | null;

  @Field(() => String, {
    nullable: true,
    description: 'Work email address; readable only by the employee and HR',
  })
  @Column({ type: 'varchar', length: 160, nullable: true })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Phone number (8 to 15 digits, optionally starting with +); readable only by the employee and HR',
  })
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False once the employee has left; their login account is deactivated with it',
  })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Optimistic-concurrency version; send it back on update',
  })
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  /** Not stored: set only on createEmployee's answer, the one time HR sees it. */
  @Field(() => String, {
    nullable: true,
    description:
      'The new account’s one-time password (username = NIP): only in createEmployee’s answer, to HR, never again',
  })
  oneTimePassword?: string | null;
}

/** Closure of the reporting line: (ancestor supervisor, descendant employee), self at depth 0. */
@Entity({ name: 'reporting_line' })
@Index(['descendantId', 'ancestorId'])
export class ReportingLine {
  @Column({ type: 'int', primary: true })
  ancestorId: number;

  @Column({ type: 'int', primary: true })
  descendantId: number;

  @Column({ type: 'int' })
  depth: number;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ancestorId' })
  ancestor?: Employee;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'descendantId' })
  descendant?: Employee;
}
