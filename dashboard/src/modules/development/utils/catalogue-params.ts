import { CORE_VALUES, TRAINING_MODES } from '../types';
import { clampSearch } from '../../ui/utils/search-limits';
import type { CoreValue, TrainingMode } from '../../api/generated/graphql';

/** The Katalog Pelatihan filters as they sit in the URL (?q=&mode=&value=&retired=1). */
export interface CatalogueParams {
  search: string;
  mode: TrainingMode | '';
  coreValue: CoreValue | '';
  includeRetired: boolean;
}

export const DEFAULT_CATALOGUE_PARAMS: CatalogueParams = {
  search: '',
  mode: '',
  coreValue: '',
  includeRetired: false,
};

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | '' =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : '';

/** Reads the filters from the URL; unknown modes or values fall back to "all". */
export function parseCatalogueParams(params: URLSearchParams): CatalogueParams {
  return {
    search: clampSearch(params.get('q') ?? ''),
    mode: oneOf(TRAINING_MODES, params.get('mode')),
    coreValue: oneOf(CORE_VALUES, params.get('value')),
    includeRetired: params.get('retired') === '1',
  };
}

/** The filters as URL parameters, defaults left out so an unfiltered catalogue has a bare URL. */
export function catalogueSearchParams({
  search,
  mode,
  coreValue,
  includeRetired,
}: CatalogueParams): URLSearchParams {
  const params = new URLSearchParams();
  if (search.trim()) params.set('q', search.trim());
  if (mode) params.set('mode', mode);
  if (coreValue) params.set('value', coreValue);
  if (includeRetired) params.set('retired', '1');
  return params;
}

/** The `TrainingProgramFilter` the catalogue query takes. */
export function toProgramFilter({ search, mode, coreValue, includeRetired }: CatalogueParams) {
  return {
    ...(search.trim() && { search: search.trim() }),
    ...(mode && { mode }),
    ...(coreValue && { coreValue }),
    includeRetired,
  };
}

export const isFilteredCatalogue = (params: CatalogueParams): boolean =>
  catalogueSearchParams(params).toString() !== '';
