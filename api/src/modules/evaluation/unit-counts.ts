import type { DataSource, EntityManager } from 'typeorm';
import { queryNamed } from '../../platform/database/named-sql';
import { Period } from '../cycle/cycle.enums';
import { IN_FORCE_STATUSES } from './evaluation.enums';

/**
 * The counts kept per unit, so that kecamatan-wide reads sum units instead of scanning employees:
 *
 * - `unit_predicate_count` (calibration): the annual evaluations not superseded (drafts included,
 *   as calibration counts them) per unit of the employee, cycle and predicate;
 * - `unit_result_total` (the kecamatan summary): the evaluations in force (FINAL or ACKNOWLEDGED,
 *   not superseded) of the unit's active employees per cycle, period and predicate, with the sum
 *   and count of their achievement.
 *
 * Every write that adds an evaluation, finalises it, changes its predicate, supersedes or deletes
 * it, or moves its employee to another unit or out of (or back into) active service recounts the
 * units it touched in the same transaction: both tables, always together (one way to keep them).
 * A recount reads only the unit's own employees (an index range per unit), so a write costs the
 * same however large the organisation is, and a recount is exact whatever came before.
 */
const PREDICATE_COUNT_SQL = (where: string) => `SELECT member.unitId AS unitId,
    evaluation.cycleId AS cycleId, evaluation.predicate AS predicate, COUNT(*) AS count
  FROM employee member
  INNER JOIN evaluation evaluation ON evaluation.employeeId = member.id
  WHERE evaluation.period = :annual AND evaluation.supersededAt IS NULL ${where}
  GROUP BY member.unitId, evaluation.cycleId, evaluation.predicate`;
const RESULT_TOTAL_SQL = (where: string) => `SELECT member.unitId AS unitId,
    evaluation.cycleId AS cycleId, evaluation.period AS period, evaluation.predicate AS predicate,
    COUNT(*) AS count, SUM(evaluation.achievement) AS achievementSum,
    COUNT(evaluation.achievement) AS achievementCount
  FROM employee member
  INNER JOIN evaluation evaluation ON evaluation.employeeId = member.id
  WHERE member.active = :active AND evaluation.supersededAt IS NULL
    AND evaluation.status IN (:...final) ${where}
  GROUP BY member.unitId, evaluation.cycleId, evaluation.period, evaluation.predicate`;
const TABLES = [
  {
    table: 'unit_predicate_count',
    insert: (where: string) =>
      `INSERT INTO unit_predicate_count (unitId, cycleId, predicate, count) ${PREDICATE_COUNT_SQL(where)}`,
  },
  {
    table: 'unit_result_total',
    insert: (where: string) =>
      `INSERT INTO unit_result_total (unitId, cycleId, period, predicate, count, achievementSum, achievementCount) ${RESULT_TOTAL_SQL(where)}`,
  },
];
const COUNT_PARAMS = { annual: Period.ANNUAL, active: true, final: IN_FORCE_STATUSES };

/** Recounts the units `units` selects (an SQL list or subquery), in one cycle or all: four statements. */
async function recount(
  manager: EntityManager,
  units: string,
  params: Record<string, unknown>,
  cycleId: number | null,
) {
  const cycle = cycleId !== null;
  const all = { ...params, ...COUNT_PARAMS, cycleId };
  for (const { table, insert } of TABLES) {
    await queryNamed(
      manager,
      `DELETE FROM ${table} WHERE unitId IN (${units})${cycle ? ' AND cycleId = :cycleId' : ''}`,
      all,
    );
    await queryNamed(
      manager,
      insert(`AND member.unitId IN (${units})${cycle ? ' AND evaluation.cycleId = :cycleId' : ''}`),
      all,
    );
  }
}

/**
 * Recounts the units `unitIds` (in the cycle `cycleId`, or in every cycle when it is null): four
 * statements, none when no unit is named. For a move between units, name both.
 */
export async function recountUnits(
  manager: EntityManager,
  unitIds: readonly number[],
  cycleId: number | null,
): Promise<void> {
  if (unitIds.length === 0) return;
  await recount(manager, ':...unitIds', { unitIds: [...new Set(unitIds)] }, cycleId);
}

/**
 * Recounts the units of the employees `employeeIds` in the cycle: after a write to their
 * evaluations (four statements, the units found inside them).
 */
export async function recountUnitsOfEmployees(
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

/** Every unit's counts afresh (after a bulk load such as a seed): four statements. */
export async function recountAllUnits(source: DataSource | EntityManager): Promise<void> {
  for (const { table, insert } of TABLES) {
    await source.query(`DELETE FROM ${table}`);
    await queryNamed(source, insert(''), COUNT_PARAMS);
  }
}

/** The predicate counts as they are now, from the evaluations themselves (what the kept ones must equal). */
export function freshUnitPredicateCounts(source: DataSource | EntityManager) {
  return queryNamed<{ unitId: number; cycleId: number; predicate: string; count: number | string }>(
    source,
    `${PREDICATE_COUNT_SQL('')} ORDER BY unitId, cycleId, predicate`,
    COUNT_PARAMS,
  );
}

/** The result totals as they are now, from the evaluations themselves (what the kept ones must equal). */
export function freshUnitResultTotals(source: DataSource | EntityManager) {
  return queryNamed<UnitResultTotalRow>(
    source,
    `${RESULT_TOTAL_SQL('')} ORDER BY unitId, cycleId, period, predicate`,
    COUNT_PARAMS,
  );
}

export type UnitResultTotalRow = {
  unitId: number;
  cycleId: number;
  period: string;
  predicate: string;
  count: number | string;
  achievementSum: number | string | null;
  achievementCount: number | string;
};
