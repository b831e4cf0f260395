import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import type { EmployeeFilter } from '../../api/generated/graphql';
import { significantError } from '../../api/utils/graphql-errors';
import { GET_EMPLOYEES } from '../graphql/queries';

export const DIRECTORY_PAGE_SIZE = 25;

/** The directory's pages; `skip` when the viewer may read no names (nothing to list). */
export function useEmployeeDirectory(filter: EmployeeFilter, { skip = false } = {}) {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(GET_EMPLOYEES, {
    variables: { filter, first: DIRECTORY_PAGE_SIZE },
    skip,
    // A colleague's NIP comes back null with a FORBIDDEN error: keep the rows, hide the field.
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });

  const connection = data?.employees;
  const employees = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(() => {
    if (!endCursor) return;
    void fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);

  return {
    employees,
    totalCount: connection?.totalCount ?? null,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading:
      networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    refetching: networkStatus === NetworkStatus.refetch,
    hasData: Boolean(connection),
    error: significantError(error),
    loadMore,
    retry: () => void refetch(),
  };
}
