import type { JpMemberSort } from '../../api/generated/graphql';

export const JP_SORTS: readonly JpMemberSort[] = [
  'NAME',
  'UNIT',
  'EMPLOYMENT_TYPE',
  'JP_DONE',
  'JP_PLANNED',
  'JP_REMAINING',
];

/** What the JP table shows, as kept in the URL. */
export interface JpTableState {
  search: string;
  /** Only PNS below 20 JP; null: the page's default. */
  belowOnly: boolean | null;
  sort: JpMemberSort;
  descending: boolean;
  /** The unit (and its sub-units) chosen in the table's own filter; null: everyone readable. */
  unitId: string | null;
  /** 1-based. */
  page: number;
}

/** The URL parameter of each part of the state (Indonesian, as on Tim Saya). */
export const JP_PARAMS = {
  search: 'cari',
  belowOnly: 'kurangjp',
  sort: 'urut',
  descending: 'turun',
  unitId: 'unit',
  page: 'hal',
} as const;

/** The state in `params`; unknown or malformed values fall back to the defaults. */
export function readJpTable(params: URLSearchParams): JpTableState {
  const page = Number(params.get(JP_PARAMS.page));
  const below = params.get(JP_PARAMS.belowOnly);
  const sort = params.get(JP_PARAMS.sort);
  const unitId = params.get(JP_PARAMS.unitId);
  return {
    search: params.get(JP_PARAMS.search) ?? '',
    belowOnly: below === '1' ? true : below === '0' ? false : null,
    sort: JP_SORTS.find((candidate) => candidate === sort) ?? 'NAME',
    descending: params.get(JP_PARAMS.descending) === '1',
    unitId: unitId && /^\d+$/.test(unitId) ? unitId : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * `params` with `change` applied; defaults are left out of the URL, and any change other than the
 * page goes back to page 1. The unit parameter is written only when the table owns it
 * (`ownsUnit`): elsewhere the page's own unit choice uses it.
 */
export function writeJpTable(
  params: URLSearchParams,
  change: Partial<JpTableState>,
  ownsUnit: boolean,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const state = { ...readJpTable(params), ...change };
  if (!('page' in change)) state.page = 1;
  const values: Record<keyof JpTableState, string | null> = {
    search: state.search.trim() || null,
    belowOnly: state.belowOnly === null ? null : state.belowOnly ? '1' : '0',
    sort: state.sort === 'NAME' ? null : state.sort,
    descending: state.descending ? '1' : null,
    unitId: state.unitId,
    page: state.page > 1 ? String(state.page) : null,
  };
  for (const key of Object.keys(values) as (keyof JpTableState)[]) {
    if (key === 'unitId' && !ownsUnit) continue;
    const value = values[key];
    if (value === null) next.delete(JP_PARAMS[key]);
    else next.set(JP_PARAMS[key], value);
  }
  return next;
}

/** Clicking a column: the same column flips the direction; a new one starts at its natural end. */
export function nextJpSort(state: JpTableState, column: JpMemberSort) {
  if (state.sort === column) return { sort: column, descending: !state.descending };
  // Text A–Z and JP from least done; what is still missing, most first.
  return { sort: column, descending: column === 'JP_REMAINING' };
}
