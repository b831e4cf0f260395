import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Predicate } from './evaluation.enums';

/**
 * How many annual evaluations in force (drafts included, not superseded) of a cycle carry each
 * predicate among the employees placed directly in a unit: what the distribution check sums over a
 * unit's subtree, so its cost follows the number of units, not of employees. Kept in the same
 * transaction by every write that changes it (see `recountUnits`); never read by GraphQL.
 * The primary key (unit, cycle, predicate) is the read's path: one short range per unit.
 */
@Entity({ name: 'unit_predicate_count' })
export class UnitPredicateCount {
  @PrimaryColumn({ type: 'int' })
  unitId: number;

  @PrimaryColumn({ type: 'int' })
  cycleId: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  predicate: Predicate;

  @Column({ type: 'int' })
  count: number;
}
