import type { OrgUnitAdminFieldsFragment } from '../../api/generated/graphql';

export type UnitRow = OrgUnitAdminFieldsFragment;

/** A unit with the units directly below it, as the tree shows them. */
export interface UnitNode {
  unit: UnitRow;
  children: UnitNode[];
}

/** The forest of units given in tree order (parents first); a unit whose parent is not listed is a root. */
export function buildUnitTree(units: readonly UnitRow[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parent ? nodes.get(node.unit.parent.id) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The unit and every unit below it. */
export function subtreeIds(units: readonly UnitRow[], unitId: string): Set<string> {
  const below = new Set([unitId]);
  // Tree order lists parents before children, so one pass finds the whole subtree.
  for (const unit of units) if (unit.parent && below.has(unit.parent.id)) below.add(unit.id);
  return below;
}

/** Where a unit may go: any open unit outside its own subtree, other than its current parent. */
export function moveTargets(units: readonly UnitRow[], unit: UnitRow): UnitRow[] {
  const own = subtreeIds(units, unit.id);
  return units.filter(
    (candidate) =>
      !candidate.closedAt && !own.has(candidate.id) && candidate.id !== unit.parent?.id,
  );
}

/** Units expanded at first: the root and its children, so the top two levels show. */
export const initiallyExpanded = (units: readonly UnitRow[]): Set<string> =>
  new Set(units.filter((unit) => unit.depth < 1).map((unit) => unit.id));
