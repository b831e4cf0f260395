import type { UnitRow } from './distribution';
import { TEAM_PARAMS, writeTeamTable } from './team-table';

/** The columns the kecamatan summary's unit table sorts by. */
export const UNIT_SORTS = [
  'unit',
  'members',
  'approvedPlans',
  'planCompletion',
  'evaluations',
  'evaluationCompletion',
  'averageAchievement',
] as const;
export type UnitSort = (typeof UNIT_SORTS)[number];

/** The order of the unit table, as kept in the URL; no column: the kecamatan's own unit order. */
export interface UnitSortState {
  sort: UnitSort | null;
  descending: boolean;
}

/** The same URL parameters as Tim Saya's table. */
const PARAMS = { sort: TEAM_PARAMS.sort, descending: TEAM_PARAMS.descending } as const;

export function readUnitSort(params: URLSearchParams): UnitSortState {
  const sort = UNIT_SORTS.find((candidate) => candidate === params.get(PARAMS.sort)) ?? null;
  return { sort, descending: sort !== null && params.get(PARAMS.descending) === '1' };
}

export function writeUnitSort(params: URLSearchParams, state: UnitSortState): URLSearchParams {
  const next = new URLSearchParams(params);
  if (state.sort === null) next.delete(PARAMS.sort);
  else next.set(PARAMS.sort, state.sort);
  if (state.sort !== null && state.descending) next.set(PARAMS.descending, '1');
  else next.delete(PARAMS.descending);
  return next;
}

/**
 * Clicking a column: the same column flips the direction; a new one starts with the units that
 * lag (names A–Z, numbers smallest first).
 */
export function nextUnitSort(state: UnitSortState, column: UnitSort): UnitSortState {
  if (state.sort === column) return { sort: column, descending: !state.descending };
  return { sort: column, descending: false };
}

const valueOf = (row: UnitRow, sort: Exclude<UnitSort, 'unit'>): number | null =>
  sort === 'evaluations' ? row.evaluationsDone : row[sort];

/** The rows in the chosen order: missing values (no period ended yet) lowest, ties by name. */
export function sortUnitRows(
  rows: readonly UnitRow[],
  { sort, descending }: UnitSortState,
  locale: string,
): UnitRow[] {
  if (sort === null) return [...rows];
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: UnitRow, b: UnitRow) => collator.compare(a.label, b.label);
  const direction = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort === 'unit') return direction * byName(a, b);
    const difference = (valueOf(a, sort) ?? -1) - (valueOf(b, sort) ?? -1);
    return direction * difference || byName(a, b);
  });
}

/** Tim Saya narrowed to a unit, its people with the most late reports first. */
export const teamOfUnitPath = (unitId: string) =>
  `/tim?${writeTeamTable(new URLSearchParams(), {
    unit: unitId,
    sort: 'OVERDUE_REALIZATIONS',
    descending: true,
  }).toString()}`;
