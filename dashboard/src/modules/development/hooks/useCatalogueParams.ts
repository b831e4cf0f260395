import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  catalogueSearchParams,
  parseCatalogueParams,
  type CatalogueParams,
} from '../utils/catalogue-params';

/** Catalogue filters live in the URL so a filtered view can be shared and survives reloads. */
export function useCatalogueParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseCatalogueParams(searchParams), [searchParams]);
  const update = useCallback(
    (changes: Partial<CatalogueParams>) =>
      setSearchParams(
        (current) => catalogueSearchParams({ ...parseCatalogueParams(current), ...changes }),
        { replace: true },
      ),
    [setSearchParams],
  );
  return [params, update] as const;
}
