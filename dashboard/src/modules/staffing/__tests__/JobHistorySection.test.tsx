import { screen } from '@testing-library/react';
import { renderPage } from '../../../test-support/render';
import { JobHistorySection } from '../components/JobHistorySection';
import { GET_JOB_HISTORY, GET_MUTASI_CHOICES } from '../graphql/queries';

const history = {
  request: { query: GET_JOB_HISTORY, variables: { employeeId: '17' } },
  result: {
    data: {
      jobHistory: [
        {
          __typename: 'JobHistory',
          id: '2',
          kind: 'MUTASI',
          startsOn: '2026-05-15',
          endsOn: null,
          rank: 'III/b',
          decreeNumber: 'SK 800/123/2026',
          unit: { __typename: 'OrgUnit', id: '3', name: 'Seksi Trantib' },
          position: { __typename: 'Position', id: '4', title: 'Pengolah Data' },
          supervisor: { __typename: 'Employee', id: '9', name: 'Budi Santoso' },
        },
      ],
      employee: { __typename: 'Employee', id: '17', version: 3 },
    },
  },
};
const choices = {
  request: { query: GET_MUTASI_CHOICES },
  result: { data: { orgUnits: [{ __typename: 'OrgUnit', id: '3', name: 'Seksi Trantib' }] } },
};

describe('riwayat jabatan', () => {
  test('lists the history; the mutasi form is for HR only', async () => {
    renderPage(<JobHistorySection employeeId="17" />, { mocks: [history] as never });
    expect(await screen.findByText(/Pengolah Data, Seksi Trantib/)).toBeTruthy();
    expect(screen.getByText('Mutasi')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tinjau dampaknya' })).toBeNull();
  });

  test('HR sees the mutasi form, in English too', async () => {
    renderPage(<JobHistorySection employeeId="17" />, {
      mocks: [history, choices] as never,
      language: 'en',
      abilityRules: [{ action: 'create', subject: 'Mutasi' }],
    });
    expect(await screen.findByRole('button', { name: 'Review the effects' })).toBeTruthy();
    expect(screen.getByLabelText('Effective date (TMT)')).toBeTruthy();
  });
});
