import { clampSearch } from '../../ui/utils/search-limits';
import type { EmployeeFilter } from '../../api/generated/graphql';

export type StatusFilter = 'active' | 'inactive' | 'all';

export interface DirectoryParams {
  search: string;
  unitId: string;
  status: StatusFilter;
}

export const DEFAULT_STATUS: StatusFilter = 'active';

const isStatus = (value: string | null): value is StatusFilter =>
  value === 'active' || value === 'inactive' || value === 'all';

/** Reads the directory filters from the URL (?q=&unit=&status=) so they can be linked to. */
export function parseDirectoryParams(params: URLSearchParams): DirectoryParams {
  const status = params.get('status');
  return {
    search: clampSearch(params.get('q') ?? ''),
    unitId: params.get('unit') ?? '',
    status: isStatus(status) ? status : DEFAULT_STATUS,
  };
}

export function toSearchParams({ search, unitId, status }: DirectoryParams): URLSearchParams {
  const params = new URLSearchParams();
  if (search.trim()) params.set('q', search.trim());
  if (unitId) params.set('unit', unitId);
  if (status !== DEFAULT_STATUS) params.set('status', status);
  return params;
}

export function toEmployeeFilter({ search, unitId, status }: DirectoryParams): EmployeeFilter {
  const filter: EmployeeFilter = {};
  if (search.trim()) filter.search = search.trim();
  if (unitId) filter.unitId = unitId;
  if (status !== 'all') filter.active = status === 'active';
  return filter;
}

export const directoryPathForUnit = (unitId: string): string =>
  `/pegawai?${toSearchParams({ search: '', unitId, status: DEFAULT_STATUS }).toString()}`;
