import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnit } from './org-unit.entity';
import { PositionLevel } from './org.enums';

@ObjectType({ description: 'A jabatan (position) an employee holds' })
@Entity({ name: 'position' })
export class Position {
  static readonly modelName = 'Position';

  @Field(() => ID, { description: 'Stable internal id of the position' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Nama jabatan, e.g. Lurah Ketintang or Pengadministrasi Perkantoran' })
  @Column({ type: 'varchar', length: 160, unique: true })
  title: string;

  @Field(() => PositionLevel, {
    description: 'Jenjang jabatan (JPT, administrator, pengawas, pelaksana or fungsional)',
  })
  @Column({ type: 'varchar', length: 16 })
  level: PositionLevel;

  /** The unit the position belongs to; null for a staff title used in any unit. */
  @Index()
  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  @ManyToOne(() => OrgUnit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: OrgUnit | null;

  @Field({
    description: 'Whether this is the head position (kepala) of its unit: at most one per unit',
  })
  @Column({ type: 'boolean', default: false })
  isHead: boolean;

  /**
   * The unit this open position heads, or null: a unique key, so a unit has at most one head
   * position whatever the concurrency (NULLs never collide on SQLite or MySQL).
   */
  @Column({ type: 'int', nullable: true, unique: true })
  headOfUnitId: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When HR closed the position; null while open. Closed positions stay in history',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  closedAt: Date | null;

  @Field(() => Int, {
    description: 'Optimistic-concurrency version, raised by every change; send it back on edits',
  })
  @Column({ type: 'int', default: 1 })
  version: number;
}
