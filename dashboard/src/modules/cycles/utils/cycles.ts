import type { CycleSummaryFieldsFragment, Period } from '../../api/generated/graphql';

export const PERIODS: readonly Period[] = ['TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL'];

/** The ACTIVE cycle, else the newest one (by year); null when there is none. */
export function pickDefaultCycle<C extends Pick<CycleSummaryFieldsFragment, 'year' | 'status'>>(
  cycles: readonly C[],
): C | null {
  const active = cycles.find((cycle) => cycle.status === 'ACTIVE');
  if (active) return active;
  return [...cycles].sort((a, b) => b.year - a.year)[0] ?? null;
}

/** The cycle being planned next: the earliest in PLANNING (by year); null when none is. */
export function nextPlanningCycle<C extends Pick<CycleSummaryFieldsFragment, 'year' | 'status'>>(
  cycles: readonly C[],
): C | null {
  return (
    cycles.filter((cycle) => cycle.status === 'PLANNING').sort((a, b) => a.year - b.year)[0] ?? null
  );
}

/** The report period to open: today's triwulan when reportable, else the latest reportable one. */
export function pickDefaultPeriod(cycle: CycleSummaryFieldsFragment): Period {
  const reportable = cycle.reportablePeriods ?? [];
  if (cycle.currentPeriod && reportable.includes(cycle.currentPeriod)) return cycle.currentPeriod;
  const quarters = reportable.filter((period) => period !== 'ANNUAL');
  return quarters[quarters.length - 1] ?? cycle.currentPeriod ?? 'TW1';
}
