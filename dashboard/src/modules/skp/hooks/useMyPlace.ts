import { useQuery } from '@apollo/client/react';
import { significantError } from '../../api/utils/graphql-errors';
import { GET_MY_PLACE } from '../graphql/queries';

/** The viewer's employee record, unit and supervisor. */
export function useMyPlace() {
  const { data, loading, error, refetch } = useQuery(GET_MY_PLACE, {
    errorPolicy: 'all',
  });
  return {
    me: data?.me,
    employee: data?.me.employee ?? null,
    loading: loading && !data,
    error: data ? undefined : significantError(error),
    retry: () => void refetch(),
  };
}
