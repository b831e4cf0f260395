import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPage } from '../../../test-support/render';
import { jakartaToday } from '../../ui/utils/dates';
import { JobHistorySection } from '../components/JobHistorySection';
import { GET_JOB_HISTORY, GET_MUTASI_CHOICES } from '../graphql/queries';
import { RANKS } from '../../../test-support/ranks';

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
  request: { query: GET_MUTASI_CHOICES, variables: { employeeId: '17' } },
  result: {
    data: {
      ranks: RANKS,
      orgUnits: [
        { __typename: 'OrgUnit', id: '3', name: 'Seksi Trantib' },
        { __typename: 'OrgUnit', id: '5', name: 'Kelurahan Ketintang' },
      ],
      positions: [
        { __typename: 'Position', id: '4', title: 'Pengolah Data', unit: null },
        { __typename: 'Position', id: '6', title: 'Analis Kebijakan', unit: null },
        {
          __typename: 'Position',
          id: '7',
          title: 'Kepala Seksi Trantib',
          unit: { __typename: 'OrgUnit', id: '3' },
        },
        {
          __typename: 'Position',
          id: '8',
          title: 'Lurah Ketintang',
          unit: { __typename: 'OrgUnit', id: '5' },
        },
      ],
      employee: {
        __typename: 'Employee',
        id: '17',
        employmentType: 'PNS',
        unit: { __typename: 'OrgUnit', id: '3' },
        position: { __typename: 'Position', id: '4' },
      },
    },
  },
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

  test('the TMT field says a future TMT is recorded on the day, and stops at today', async () => {
    renderPage(<JobHistorySection employeeId="17" />, {
      mocks: [history, choices] as never,
      abilityRules: [{ action: 'create', subject: 'Mutasi' }],
    });
    const tmt = await screen.findByLabelText<HTMLInputElement>('TMT');
    const today = jakartaToday();
    expect(tmt.max).toBe(today);
    const hint = document.getElementById(tmt.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain(`paling lambat hari ini (${today})`);
    expect(hint?.textContent).toContain('catat mutasi pada tanggal TMT atau sesudahnya');
  });

  test('HR picks the new jabatan among those of the target unit and the shared titles, and a golongan', async () => {
    renderPage(<JobHistorySection employeeId="17" />, {
      mocks: [history, choices] as never,
      abilityRules: [{ action: 'create', subject: 'Mutasi' }],
    });
    const position = await screen.findByLabelText<HTMLSelectElement>('Jabatan baru');
    await waitFor(() => expect(position.options.length).toBeGreaterThan(1));
    const titles = () => [...position.options].map((option) => option.textContent);
    // The current jabatan is not offered; the head of another unit is not either.
    expect(titles()).toEqual(['(tetap)', 'Analis Kebijakan', 'Kepala Seksi Trantib']);
    fireEvent.change(screen.getByLabelText('Unit kerja baru'), { target: { value: '5' } });
    expect(titles()).toEqual(['(tetap)', 'Analis Kebijakan', 'Lurah Ketintang']);
    const rank = screen.getByLabelText<HTMLSelectElement>('Golongan baru');
    expect([...rank.options].map((option) => option.value)).toContain('III/c');
  });
});
