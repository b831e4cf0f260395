import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Period } from '../cycle/cycle.enums';
import { Predicate } from './evaluation.enums';

/**
 * The evaluations in force (FINAL or ACKNOWLEDGED, not superseded) of the active employees placed
 * directly in a unit, per cycle, period and predicate, with their achievement summed and counted:
 * what the kecamatan summary sums over each top-level unit's subtree, so its cost follows the
 * number of units, not of employees. Kept in the same transaction by every write that changes it
 * (see `unit-counts.ts`); never read by GraphQL. The primary key is the read's path: one short
 * range per unit and cycle.
 */
@Entity({ name: 'unit_result_total' })
export class UnitResultTotal {
  @PrimaryColumn({ type: 'int' })
  unitId: number;

  @PrimaryColumn({ type: 'int' })
  cycleId: number;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  period: Period;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  predicate: Predicate;

  @Column({ type: 'int' })
  count: number;

  /** SUM(achievement) of those evaluations: null when none has an achievement (as SUM gives). */
  @Column({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  achievementSum: string | null;

  /** How many of them have an achievement. */
  @Column({ type: 'int' })
  achievementCount: number;
}
