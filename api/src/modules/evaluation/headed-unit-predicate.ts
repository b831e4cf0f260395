import type { Loaders } from '../../platform/graphql/loaders';
import { OrgUnit } from '../org/org-unit.entity';
import { OrganizationPredicate } from './organization-predicate.entity';

/**
 * The recorded organisation predicate of the unit an employee heads, for a cycle: the highest such
 * unit when they head several (as the suggestion reads it). Batched per request; null for others.
 */
export async function headedUnitPredicate(
  loaders: Loaders,
  { employeeId, cycleId }: { employeeId: number; cycleId: number },
): Promise<OrganizationPredicate | null> {
  // The loader's cache is keyed by column only, so order here rather than in the query.
  const headed = [...(await loaders.manyBy(OrgUnit, 'headId').load(employeeId))].sort(
    (a, b) => a.depth - b.depth || a.id - b.id,
  );
  const recorded = await Promise.all(
    headed.map((unit) => loaders.manyBy(OrganizationPredicate, 'unitId').load(unit.id)),
  );
  for (const rows of recorded) {
    const match = rows.find((row) => row.cycleId === cycleId);
    if (match) return match;
  }
  return null;
}
