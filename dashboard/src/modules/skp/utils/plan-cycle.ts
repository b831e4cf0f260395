import type { CycleStatus } from '../../api/generated/graphql';

/**
 * SKP are created, edited, submitted, returned and approved while their cycle is PLANNING or
 * ACTIVE; from CALIBRATION on the API refuses every step (CYCLE_NOT_OPEN), so the pages offer none.
 */
export function plansOpen(cycle: { status: CycleStatus } | null | undefined): boolean {
  return cycle?.status === 'PLANNING' || cycle?.status === 'ACTIVE';
}
