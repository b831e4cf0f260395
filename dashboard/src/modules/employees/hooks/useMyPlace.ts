import { useQuery } from '@apollo/client/react';
import { loadStateOf } from '../../api/utils/load-state';
import { GET_MY_PLACE } from '../graphql/queries';

/** The viewer's employee record, unit and supervisor. */
export function useMyPlace() {
  const result = useQuery(GET_MY_PLACE, {
    errorPolicy: 'all',
  });
  const { data } = result;
  return {
    me: data?.me,
    employee: data?.me.employee ?? null,
    ...loadStateOf(result, data),
  };
}
