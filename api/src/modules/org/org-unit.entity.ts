import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Employee } from './employee.entity';

@ObjectType({ description: 'A unit of the kecamatan organisation tree' })
@Entity({ name: 'org_unit' })
export class OrgUnit {
  static readonly modelName = 'OrgUnit';

  @Field(() => ID, { description: 'Stable internal id of the unit' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({
    description:
      'Official name, e.g. Kelurahan Ketintang or Seksi Pemerintahan dan Pelayanan Publik',
  })
  @Column({ type: 'varchar', length: 160, unique: true })
  name: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => OrgUnit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentId' })
  parent?: OrgUnit | null;

  @Field(() => Int, { description: 'Distance from the root unit (0 for the kecamatan)' })
  @Column({ type: 'int', default: 0 })
  depth: number;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Index()
  @Column({ type: 'int', nullable: true })
  headId: number | null;

  @ManyToOne('Employee', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'headId' })
  head?: Employee | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When HR closed (dissolved) the unit; null while open. Closed units leave the pickers but stay in history',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  closedAt: Date | null;

  @Field(() => Int, {
    description: 'Optimistic-concurrency version, raised by every change; send it back on edits',
  })
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** Closure of the unit tree: one row per (ancestor, descendant), self included at depth 0. */
@Entity({ name: 'org_unit_closure' })
@Index(['descendantId', 'ancestorId'])
export class OrgUnitClosure {
  @Column({ type: 'int', primary: true })
  ancestorId: number;

  @Column({ type: 'int', primary: true })
  descendantId: number;

  @Column({ type: 'int' })
  depth: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ancestorId' })
  ancestor?: OrgUnit;

  @ManyToOne(() => OrgUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'descendantId' })
  descendant?: OrgUnit;
}
