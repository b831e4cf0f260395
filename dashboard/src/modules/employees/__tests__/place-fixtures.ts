// The signed-in supervisor of the page tests and where GetMyPlace puts her (not a test file itself).
import { user } from '../../development/__tests__/fixtures';
import { GET_MY_PLACE } from '../graphql/queries';

/** Dewi Kusumawati, head of Seksi Pelayanan: pejabat penilai of her staff. */
export const SUPERVISOR = user({
  id: 'u-5',
  isSupervisor: true,
  employee: { __typename: 'Employee', id: '5', name: 'Dewi Kusumawati' },
});

export const supervisorPlaceMock = {
  request: { query: GET_MY_PLACE },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u-5',
        isSupervisor: true,
        employee: {
          __typename: 'Employee',
          id: '5',
          name: 'Dewi Kusumawati',
          unit: { __typename: 'OrgUnit', id: '3', name: 'Seksi Pelayanan' },
          supervisor: { __typename: 'Employee', id: '1', name: 'Bambang Camat' },
        },
      },
    },
  },
};
