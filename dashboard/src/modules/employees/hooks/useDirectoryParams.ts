import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  parseDirectoryParams,
  toSearchParams,
  type DirectoryParams,
} from '../utils/directory-params';

/** Directory filters live in the URL so a filtered list can be linked and survives reloads. */
export function useDirectoryParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseDirectoryParams(searchParams), [searchParams]);
  const update = useCallback(
    (changes: Partial<DirectoryParams>) =>
      setSearchParams(
        (current) => toSearchParams({ ...parseDirectoryParams(current), ...changes }),
        { replace: true },
      ),
    [setSearchParams],
  );
  return [params, update] as const;
}
