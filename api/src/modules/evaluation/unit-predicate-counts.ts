import type { DataSource, EntityManager } from 'typeorm';
import { queryNamed } from '../../platform/database/named-sql';
import { Period } from '../cycle/cycle.enums';

/**
 * The maintained per-unit predicate counts (`unit_predicate_count`): the annual evaluations not
 * superseded (drafts included, as calibration counts them) per unit of the employee, cycle and
 * predicate. Every write that adds an annual evaluation, changes its predicate, supersedes or
 * deletes it, or moves its employee to another unit recounts the units it touched in the same
 * transaction. A recount reads only the unit's own employees (an index range per unit), so a write
 * costs the same however large the organisation is, and a recount is exact whatever came before.
 */
const COUNT_SQL = (where: string) => `SELECT member.unitId AS unitId,
    evaluation.cycleId AS cycleId, evaluation.predicate AS predicate, COUNT(*) AS count
  FROM employee member
  INNER JOIN evaluation evaluation ON evaluation.employeeId = member.id
  WHERE evaluation.period = :annual AND evaluation.supersededAt IS NULL ${where}
  GROUP BY member.unitId, evaluation.cycleId, evaluation.predicate`;
const INSERT_SQL = (where: string) =>
  `INSERT INTO unit_predicate_count (unitId, cycleId, predicate, count) ${COUNT_SQL(where)}`;

/** Recounts the units `units` selects (an SQL list or subquery), in one cycle or all: two statements. */
async function recount(
  manager: EntityManager,
  units: string,
  params: Record<string, unknown>,
  cycleId: number | null,
) {
  const cycle = cycleId !== null;
  const all = { ...params, cycleId, annual: Period.ANNUAL };
  await queryNamed(
    manager,
    `DELETE FROM unit_predicate_count WHERE unitId IN (${units})${cycle ? ' AND cycleId = :cycleId' : ''}`,
    all,
  );
  await queryNamed(
    manager,
    INSERT_SQL(
      `AND member.unitId IN (${units})${cycle ? ' AND evaluation.cycleId = :cycleId' : ''}`,
    ),
    all,
  );
}

/**
 * Recounts the units `unitIds` (in the cycle `cycleId`, or in every cycle when it is null): two
 * statements, none when no unit is named. For a move between units, name both.
 */
export async function recountUnitPredicates(
  manager: EntityManager,
  unitIds: readonly number[],
  cycleId: number | null,
): Promise<void> {
  if (unitIds.length === 0) return;
  await recount(manager, ':...unitIds', { unitIds: [...new Set(unitIds)] }, cycleId);
}

/**
 * Recounts the units of the employees `employeeIds` in the cycle: after a write to their annual
 * evaluations (two statements, the units found inside them).
 */
export async function recountPredicatesOfEmployees(
  manager: EntityManager,
  employeeIds: readonly number[],
  cycleId: number,
): Promise<void> {
  if (employeeIds.length === 0) return;
  await recount(
    manager,
    'SELECT owner.unitId FROM employee owner WHERE owner.id IN (:...employeeIds)',
    { employeeIds: [...new Set(employeeIds)] },
    cycleId,
  );
}

/** Every unit's counts afresh (after a bulk load such as a seed): two statements. */
export async function recountAllUnitPredicates(source: DataSource | EntityManager): Promise<void> {
  await source.query('DELETE FROM unit_predicate_count');
  await queryNamed(source, INSERT_SQL(''), { annual: Period.ANNUAL });
}

/** The counts as they are now, from the evaluations themselves (what the maintained ones must equal). */
export function freshUnitPredicateCounts(source: DataSource | EntityManager) {
  return queryNamed<{ unitId: number; cycleId: number; predicate: string; count: number | string }>(
    source,
    `${COUNT_SQL('')} ORDER BY unitId, cycleId, predicate`,
    { annual: Period.ANNUAL },
  );
}
