import { pickDefaultCycle } from '../../cycles/utils/cycles';
import type { CycleStatus } from '../../api/generated/graphql';

/**
 * Analysis opens on settled numbers: the newest CLOSED cycle, else the newest in CALIBRATION,
 * else the usual default (the ACTIVE cycle, else the newest).
 */
export function pickAnalysisCycle<C extends { year: number; status: CycleStatus }>(
  cycles: readonly C[],
): C | null {
  const newest = (status: CycleStatus) =>
    [...cycles].filter((cycle) => cycle.status === status).sort((a, b) => b.year - a.year)[0];
  return newest('CLOSED') ?? newest('CALIBRATION') ?? pickDefaultCycle(cycles);
}
