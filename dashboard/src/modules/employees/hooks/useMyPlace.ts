import { useQuery } from '@apollo/client/react';
import { loadStateOf } from '../../api/utils/load-state';
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
  const result = useQuery<MyPlace>(GET_MY_PLACE, {
    errorPolicy: 'all',
  });
  const { data } = result;
  return {
    me: data?.me,
    employee: data?.me.employee ?? null,
    ...loadStateOf(result, data),
  };
}
