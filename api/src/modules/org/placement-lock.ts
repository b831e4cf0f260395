import type { EntityManager } from 'typeorm';
import { lockedRow } from '../../platform/database/row-lock';
import { OrgUnit } from './org-unit.entity';
import { Position } from './position.entity';

/**
 * The unit and the position someone (or a position) is about to be placed in, locked before the
 * transaction reads anything else (`lockedRow`), in this order everywhere: closing the unit or the
 * position at the same moment then either goes first, and the placement sees it closed, or waits
 * and counts the newcomer. Absent ids lock nothing.
 */
export async function lockPlacement(
  manager: EntityManager,
  { unitId, positionId }: { unitId?: number | null; positionId?: number | null },
): Promise<void> {
  if (unitId !== undefined && unitId !== null) await lockedRow(manager, OrgUnit, unitId);
  if (positionId !== undefined && positionId !== null)
    await lockedRow(manager, Position, positionId);
}
