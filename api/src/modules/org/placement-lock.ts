import type { EntityManager } from 'typeorm';
import { lockedRow } from '../../platform/database/row-lock';
import { Employee } from './employee.entity';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';

/**
 * The unit, the position and the supervisor someone (or a position) is about to be placed with,
 * locked before the transaction reads anything else (`lockedRow`), in this order everywhere: closing
 * the unit or the position, or the supervisor leaving, at the same moment then either goes first,
 * and the placement sees it closed or gone, or waits and counts the newcomer. Absent ids lock
 * nothing; `headOfUnitSupervises` also locks the unit's head, the supervisor when none is named.
 */
export async function lockPlacement(
  manager: EntityManager,
  {
    unitId,
    positionId,
    supervisorId,
    headOfUnitSupervises = false,
  }: {
    unitId?: number | null;
    positionId?: number | null;
    supervisorId?: number | null;
    headOfUnitSupervises?: boolean;
  },
): Promise<void> {
  const unit =
    unitId === undefined || unitId === null ? null : await lockedRow(manager, OrgUnit, unitId);
  if (positionId !== undefined && positionId !== null)
    await lockedRow(manager, Position, positionId);
  const supervisor = supervisorId ?? (headOfUnitSupervises ? (unit?.headId ?? null) : null);
  if (supervisor !== null) await lockedRow(manager, Employee, supervisor);
}
