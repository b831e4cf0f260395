import { useQuery } from '@apollo/client/react';
import { significantError } from '../../api/utils/graphql-errors';
import { GET_MY_PLACE } from '../graphql/queries';

export interface MyPlace {
  me: {
    __typename?: 'User';
    id: string;
    isSupervisor: boolean | null;
    employee: {
      __typename?: 'Employee';
      id: string;
      name: string | null;
      unit: { __typename?: 'OrgUnit'; id: string; name: string } | null;
      supervisor: { __typename?: 'Employee'; id: string; name: string | null } | null;
    } | null;
  };
}

/** The viewer's employee record, unit and supervisor. */
export function useMyPlace() {
  const { data, loading, error, refetch } = useQuery<MyPlace>(GET_MY_PLACE, {
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
