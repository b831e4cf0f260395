import type { FieldProblem } from '../../../platform/graphql/errors';

/** What a move needs to know about the unit and its proposed new parent. */
export interface UnitMove {
  unit: { id: number; parentId: number | null };
  /** The proposed parent, with every unit above it (itself included), or null when it does not exist. */
  newParent: { id: number; closed: boolean; ancestorIds: readonly number[] } | null;
}

/**
 * Why a unit may not go under a new parent: the root stays where it is, the parent must be an
 * open unit, and a unit never goes under itself or anything below it (the tree would become a cycle).
 * Empty when the move is allowed.
 */
export function unitMoveProblems({ unit, newParent }: UnitMove): FieldProblem[] {
  if (unit.parentId === null)
    return [
      {
        field: 'id',
        reason: 'ROOT_UNIT_FIXED',
        message: 'is the kecamatan itself: it has no parent to change',
      },
    ];
  if (newParent === null)
    return [{ field: 'parentId', reason: 'UNKNOWN_REFERENCE', message: 'does not exist' }];
  if (newParent.id === unit.id)
    return [
      { field: 'parentId', reason: 'UNIT_PARENT_SELF', message: 'cannot be the unit itself' },
    ];
  if (newParent.ancestorIds.includes(unit.id))
    return [
      {
        field: 'parentId',
        reason: 'UNIT_PARENT_IN_SUBTREE',
        message: 'is below this unit: the tree would become a cycle',
      },
    ];
  if (newParent.id === unit.parentId)
    return [{ field: 'parentId', reason: 'NO_CHANGES', message: 'is the unit’s parent already' }];
  if (newParent.closed)
    return [{ field: 'parentId', reason: 'UNIT_PARENT_CLOSED', message: 'is a closed unit' }];
  return [];
}
