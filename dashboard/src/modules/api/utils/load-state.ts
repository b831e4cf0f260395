import type { LoadState } from '../../ui/components/QueryState';
import { significantError } from './graphql-errors';

interface QueryResult {
  loading: boolean;
  error?: Error;
  refetch: () => Promise<unknown>;
}

/** A query as a view waits for it: loading until `value` arrives, failed when it did not. */
export function loadStateOf(result: QueryResult, value: unknown): LoadState {
  return {
    loading: result.loading && !value,
    error: value ? undefined : significantError(result.error),
    retry: () => void result.refetch(),
  };
}
