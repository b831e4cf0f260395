import type {
  PlanStatus,
  Predicate,
  TeamMemberFilter,
  TeamMemberSort,
} from '../../api/generated/graphql';
import { PREDICATES } from '../../evaluation/types';

export const TEAM_PAGE_SIZE = 25;
export const TEAM_SORTS: readonly TeamMemberSort[] = [
  'NAME',
  'OVERDUE_REALIZATIONS',
  'OVERDUE_EVALUATIONS',
  'PLAN_STATUS',
  'PREDICATE',
  'ACHIEVEMENT',
  'JP_DONE',
];
export const PLAN_FILTERS = ['NONE', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type PlanFilter = (typeof PLAN_FILTERS)[number];
export type LateFilter = 'late' | 'onTime';

/** What the team table shows, as kept in the URL. */
export interface TeamTableState {
  search: string;
  /** Only members of this unit and the units below it. */
  unit: string | null;
  sort: TeamMemberSort;
  descending: boolean;
  plan: PlanFilter | null;
  predicate: Predicate | null;
  late: LateFilter | null;
  /** Only PNS below the yearly JP target. */
  belowJp: boolean;
  /** 1-based. */
  page: number;
}

/** The URL parameter of each part of the state (Indonesian, as the routes are). */
export const TEAM_PARAMS = {
  search: 'cari',
  unit: 'bagian',
  sort: 'urut',
  descending: 'turun',
  plan: 'skp',
  predicate: 'predikat',
  late: 'terlambat',
  belowJp: 'kurangjp',
  page: 'hal',
} as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;

/** The state in `params`; unknown or malformed values fall back to the defaults. */
export function readTeamTable(params: URLSearchParams): TeamTableState {
  const page = Number(params.get(TEAM_PARAMS.page));
  return {
    search: params.get(TEAM_PARAMS.search) ?? '',
    unit: /^\d+$/.test(params.get(TEAM_PARAMS.unit) ?? '') ? params.get(TEAM_PARAMS.unit) : null,
    sort: oneOf(TEAM_SORTS, params.get(TEAM_PARAMS.sort)) ?? 'NAME',
    descending: params.get(TEAM_PARAMS.descending) === '1',
    plan: oneOf(PLAN_FILTERS, params.get(TEAM_PARAMS.plan)),
    predicate: oneOf(PREDICATES, params.get(TEAM_PARAMS.predicate)),
    late: oneOf(['late', 'onTime'] as const, params.get(TEAM_PARAMS.late)),
    belowJp: params.get(TEAM_PARAMS.belowJp) === '1',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * `params` with `change` applied; defaults are left out of the URL, and any change other than the
 * page goes back to page 1 (the old page may no longer exist).
 */
export function writeTeamTable(
  params: URLSearchParams,
  change: Partial<TeamTableState>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const state = { ...readTeamTable(params), ...change };
  if (!('page' in change)) state.page = 1;
  const values: Record<keyof TeamTableState, string | null> = {
    search: state.search.trim() || null,
    unit: state.unit,
    sort: state.sort === 'NAME' ? null : state.sort,
    descending: state.descending ? '1' : null,
    plan: state.plan,
    predicate: state.predicate,
    late: state.late,
    belowJp: state.belowJp ? '1' : null,
    page: state.page > 1 ? String(state.page) : null,
  };
  for (const key of Object.keys(values) as (keyof TeamTableState)[]) {
    const value = values[key];
    if (value === null) next.delete(TEAM_PARAMS[key]);
    else next.set(TEAM_PARAMS[key], value);
  }
  return next;
}

/** Whether anything narrows the team (a search or a filter). */
export const hasTeamFilter = (state: TeamTableState) =>
  Boolean(
    state.search.trim() ||
    state.unit ||
    state.plan ||
    state.predicate ||
    state.late ||
    state.belowJp,
  );

/** The query variables of the state. */
export function teamPageVariables(state: TeamTableState) {
  const filter: TeamMemberFilter = {};
  if (state.search.trim()) filter.search = state.search.trim();
  if (state.unit) filter.unitId = state.unit;
  if (state.plan === 'NONE') filter.withoutPlan = true;
  else if (state.plan) filter.planStatus = state.plan satisfies PlanStatus;
  if (state.predicate) filter.predicate = state.predicate;
  if (state.late) filter.late = state.late === 'late';
  if (state.belowJp) filter.belowJpTarget = true;
  return {
    filter,
    sort: state.sort,
    descending: state.descending,
    offset: (state.page - 1) * TEAM_PAGE_SIZE,
    limit: TEAM_PAGE_SIZE,
  };
}

/** Clicking a column: the same column flips the direction; a new one starts at its natural end. */
export function nextSort(state: TeamTableState, column: TeamMemberSort) {
  if (state.sort === column) return { sort: column, descending: !state.descending };
  // Names read A–Z, SKP status and JP from least done; late counts and results largest first.
  return {
    sort: column,
    descending: column !== 'NAME' && column !== 'PLAN_STATUS' && column !== 'JP_DONE',
  };
}

/** A unit of the unit filter, indented below the team's unit. */
export interface TeamUnitChoice {
  id: string;
  name: string;
  level: number;
}

/**
 * The unit filter's choices: in `tree` (every unit, parents before children, as `orgUnits`
 * lists them), the units below `teamUnitId` (itself included) that hold a member, or hold one
 * further down, plus `selected` (a unit from the URL), so the select shows what filters the page.
 */
export function teamUnitChoices({
  tree,
  teamUnitId,
  memberUnitIds,
  selected,
}: {
  tree: readonly { id: string; name: string; depth: number }[];
  teamUnitId: string;
  memberUnitIds: readonly string[];
  selected: string | null;
}): TeamUnitChoice[] {
  const start = tree.findIndex((unit) => unit.id === teamUnitId);
  if (start < 0) return [];
  const top = tree[start].depth;
  // The team's subtree is the run after its unit that sits deeper.
  let end = start + 1;
  while (end < tree.length && tree[end].depth > top) end += 1;
  const subtree = tree.slice(start, end);
  const keep = new Set<string>([...memberUnitIds, ...(selected ? [selected] : [])]);
  // Walking back up from each kept unit: the nearest earlier unit one level up is its parent.
  for (let index = subtree.length - 1; index >= 0; index -= 1) {
    if (!keep.has(subtree[index].id)) continue;
    let depth = subtree[index].depth;
    for (let above = index - 1; above >= 0 && depth > top; above -= 1)
      if (subtree[above].depth < depth) {
        keep.add(subtree[above].id);
        depth = subtree[above].depth;
      }
  }
  return subtree
    .filter((unit) => keep.has(unit.id))
    .map((unit) => ({ id: unit.id, name: unit.name, level: unit.depth - top }));
}
