import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPage } from '../../../test-support/render';
import { jakartaToday } from '../../ui/utils/dates';
import { JobHistorySection } from '../components/JobHistorySection';
import { MOVE_EMPLOYEE } from '../graphql/mutations';
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
          decreeNumber: '800/123/436.11/2026',
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
        supervisor: { __typename: 'Employee', id: '9' },
      },
    },
  },
};

describe('riwayat jabatan', () => {
  test('lists the history; the mutasi form is for HR only', async () => {
    renderPage(<JobHistorySection employeeId="17" />, { mocks: [history] as never });
    const entry = (await screen.findByText('Pengolah Data')).closest('li')!;
    expect(entry.textContent).toContain('15 Mei 2026 – sekarang');
    expect(entry.textContent).toContain('Seksi Trantib · III/b · SK 800/123/436.11/2026');
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
    // Today as the user's calendar reads it ("7 Des 2026"), not as the input's ISO value.
    expect(hint?.textContent).toMatch(/paling lambat hari ini \(\d{1,2} [A-Z][a-z]{2} \d{4}\)/);
    expect(hint?.textContent).not.toContain(today);
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

  test.each([
    ['stays', { id: '9', name: 'Budi Santoso' }, 'Atasan langsung tetap: Budi Santoso'],
    ['changes', { id: '12', name: 'Sri Wahyuni' }, 'Atasan langsung baru: Sri Wahyuni'],
  ])(
    'the preview says the direct supervisor %s, with dates as people write them',
    async (_, supervisor, line) => {
      const today = jakartaToday();
      const preview = (supervisor: { id: string; name: string }) => ({
        request: {
          query: MOVE_EMPLOYEE,
          variables: {
            input: {
              employeeId: '17',
              version: 3,
              tmt: today,
              decreeNumber: '800/99/436.11/2026',
              unitId: null,
              positionId: null,
              rank: 'III/c',
            },
            dryRun: true,
          },
        },
        result: {
          data: {
            moveEmployee: {
              __typename: 'MoveEmployeeResult',
              dryRun: true,
              supervisor: { __typename: 'Employee', ...supervisor },
              closedPlans: [{ __typename: 'PerformancePlan', id: '40', endsOn: '2026-05-14' }],
              startedPlans: [],
              reassignedStaff: [],
            },
          },
        },
      });
      renderPage(<JobHistorySection employeeId="17" />, {
        mocks: [history, choices, preview(supervisor)] as never,
        abilityRules: [{ action: 'create', subject: 'Mutasi' }],
      });
      const rank = await screen.findByLabelText<HTMLSelectElement>('Golongan baru');
      await waitFor(() => expect(rank.options.length).toBeGreaterThan(1));
      fireEvent.change(rank, { target: { value: 'III/c' } });
      fireEvent.change(screen.getByLabelText('TMT'), { target: { value: today } });
      fireEvent.change(screen.getByLabelText('Nomor SK'), {
        target: { value: '800/99/436.11/2026' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Tinjau dampaknya' }));
      expect(await screen.findByText(line)).toBeTruthy();
      expect(screen.getByText('SKP berjalan ditutup per 14 Mei 2026.')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Simpan mutasi' })).toBeTruthy();
    },
  );
});
