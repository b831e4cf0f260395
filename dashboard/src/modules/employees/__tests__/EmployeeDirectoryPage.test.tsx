import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderPage } from '../../../test-support/render';
import { EmployeeDirectoryPage, SEARCH_DEBOUNCE_MS } from '../../../pages/EmployeeDirectoryPage';
import { GET_EMPLOYEES, GET_ORG_UNITS } from '../graphql/queries';
import { DIRECTORY_PAGE_SIZE } from '../hooks/useEmployeeDirectory';
import type { EmployeeFilter } from '../../api/generated/graphql';

const EMPLOYEE_RULES = [{ action: 'read', subject: 'Employee', fields: ['id', 'name', 'unit'] }];

const employee = (id: string, name: string, nip: string | null = null) => ({
  __typename: 'Employee',
  id,
  name,
  nip,
  rank: 'III/a',
  active: true,
  positionLevel: 'PELAKSANA',
  position: { __typename: 'Position', id: 'p1', title: 'Pengolah Data' },
  unit: { __typename: 'OrgUnit', id: 'u1', name: 'Kelurahan Ketintang' },
});

const connection = (
  nodes: ReturnType<typeof employee>[],
  totalCount: number,
  endCursor: string | null,
  hasNextPage = false,
) => ({
  employees: {
    __typename: 'EmployeeConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: nodes.map((node) => ({ __typename: 'EmployeeEdge', cursor: `c${node.id}`, node })),
  },
});

const employeesMock = (filter: EmployeeFilter, result: object, after?: string) => ({
  request: {
    query: GET_EMPLOYEES,
    variables: { filter, first: DIRECTORY_PAGE_SIZE, ...(after ? { after } : {}) },
  },
  result,
});

const unitsMock = {
  request: { query: GET_ORG_UNITS },
  result: {
    data: {
      orgUnits: [
        { __typename: 'OrgUnit', id: 'u0', name: 'Kecamatan Gayungan', depth: 0 },
        { __typename: 'OrgUnit', id: 'u1', name: 'Kelurahan Ketintang', depth: 1 },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

// Small steps let React's own scheduling run between fake-timer jumps.
async function advance(ms: number) {
  for (let elapsed = 0; elapsed < ms; elapsed += 20) {
    await act(async () => {
      await jest.advanceTimersByTimeAsync(20);
    });
  }
}

const renderDirectory = (mocks: object[], path = '/pegawai') =>
  renderPage(<EmployeeDirectoryPage />, {
    mocks: [unitsMock, ...mocks] as never,
    path,
    route: '/pegawai',
    abilityRules: EMPLOYEE_RULES,
  });

describe('employee directory', () => {
  test('shows a skeleton, then rows and the total; hidden NIPs leave no trace', async () => {
    renderDirectory([
      employeesMock(
        { active: true },
        {
          data: connection(
            [employee('1', 'Sri Wahyuni'), employee('2', 'Budi Santoso', '198503122010011004')],
            2,
            'c2',
          ),
          errors: [
            new GraphQLError('no', {
              path: ['employees', 'edges', 0, 'node', 'nip'],
              extensions: { code: 'FORBIDDEN' },
            }),
          ],
        },
      ),
    ]);
    expect(screen.getByTestId('directory-loading')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Sri Wahyuni' })).toBeTruthy();
    expect(screen.getByTestId('directory-total').textContent).toBe('2 pegawai');
    const rows = screen.getAllByTestId('employee-row');
    expect(rows).toHaveLength(2);
    expect(rows[1].textContent).toContain('198503122010011004');
    expect(rows[0].textContent).not.toMatch(/\d{18}|null/);
    expect(screen.queryByRole('alert')).toBeNull();
    // Units are indented by depth in the filter.
    const unitSelect = screen.getByLabelText<HTMLSelectElement>('Unit kerja');
    await waitFor(() => expect(unitSelect.options).toHaveLength(3));
    expect(unitSelect.options[2].textContent).toBe('\u00a0\u00a0\u00a0Kelurahan Ketintang');
  });

  test('searches after a pause and shows the empty state', async () => {
    jest.useFakeTimers();
    try {
      renderDirectory([
        employeesMock(
          { active: true },
          { data: connection([employee('1', 'Sri Wahyuni')], 1, 'c1') },
        ),
        employeesMock({ active: true, search: 'zzz' }, { data: connection([], 0, null) }),
      ]);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(100);
      });
      await screen.findByRole('link', { name: 'Sri Wahyuni' });

      fireEvent.change(screen.getByLabelText('Cari nama atau NIP'), { target: { value: 'zzz' } });
      await advance(SEARCH_DEBOUNCE_MS - 60);
      // Not yet: the request waits for the user to stop typing.
      expect(screen.getByRole('link', { name: 'Sri Wahyuni' })).toBeTruthy();
      expect(screen.queryByTestId('directory-loading')).toBeNull();

      await advance(SEARCH_DEBOUNCE_MS + 200);
      expect(screen.getByText('Tidak ada pegawai yang cocok')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Hapus filter' })).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });

  test('loads the next page with the end cursor', async () => {
    renderDirectory([
      employeesMock(
        { active: true },
        { data: connection([employee('1', 'Agus Hidayat')], 2, 'c1', true) },
      ),
      employeesMock(
        { active: true },
        { data: connection([employee('2', 'Budi Santoso')], 2, 'c2') },
        'c1',
      ),
    ]);
    await screen.findByRole('link', { name: 'Agus Hidayat' });
    expect(screen.getByTestId('directory-total').textContent).toBe('Menampilkan 1 dari 2 pegawai');
    fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await screen.findByRole('link', { name: 'Budi Santoso' })).toBeTruthy();
    expect(screen.getAllByTestId('employee-row')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
    expect(screen.getByTestId('directory-total').textContent).toBe('2 pegawai');
  });

  test('the unit filter comes from the URL', async () => {
    renderDirectory(
      [
        employeesMock(
          { unitId: 'u1', active: true },
          { data: connection([employee('5', 'Dewi Lestari')], 1, 'c5') },
        ),
      ],
      '/pegawai?unit=u1',
    );
    expect(await screen.findByRole('link', { name: 'Dewi Lestari' })).toBeTruthy();
    expect(screen.getByText('Termasuk sub-unit')).toBeTruthy();
    const unitSelect = screen.getByLabelText<HTMLSelectElement>('Unit kerja');
    await waitFor(() => expect(unitSelect.options).toHaveLength(3));
    expect(unitSelect.value).toBe('u1');
    // The chosen unit reads cleanly in the closed select; the others keep their indentation.
    expect(unitSelect.selectedOptions[0].textContent).toBe('Kelurahan Ketintang');
  });

  test('an error offers a retry', async () => {
    renderDirectory([
      {
        request: {
          query: GET_EMPLOYEES,
          variables: { filter: { active: true }, first: DIRECTORY_PAGE_SIZE },
        },
        error: new TypeError('Failed to fetch'),
      },
      employeesMock(
        { active: true },
        { data: connection([employee('1', 'Sri Wahyuni')], 1, 'c1') },
      ),
    ]);
    const alert = await screen.findByRole('alert');
    fireEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('link', { name: 'Sri Wahyuni' })).toBeTruthy();
  });

  test('without a rule on Employee the page says so instead of querying', () => {
    renderPage(<EmployeeDirectoryPage />, {
      mocks: [],
      path: '/pegawai',
      route: '/pegawai',
      abilityRules: [],
    });
    expect(screen.getByText('Anda tidak memiliki akses ke direktori pegawai.')).toBeTruthy();
  });

  test('an analyst (employees de-identified, no names) is sent to Analisis, not shown "0 pegawai"', async () => {
    renderPage(<EmployeeDirectoryPage />, {
      // No employees mock: the page must not ask for a list it cannot show.
      mocks: [unitsMock] as never,
      path: '/pegawai',
      route: '/pegawai',
      abilityRules: [
        {
          action: 'read',
          subject: 'Employee',
          fields: ['id', 'unit', 'positionLevel', 'rank', 'evaluations'],
          conditions: { anonymitySetSize: { $gte: 5 } },
        },
      ],
    });
    expect(
      screen.getByText(
        'Direktori pegawai menampilkan nama; akun analis hanya membaca data tanpa identitas.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka Analisis' }).getAttribute('href')).toBe(
      '/analisis',
    );
    expect(screen.queryByTestId('directory-total')).toBeNull();
    expect(screen.queryByText(/0 pegawai/)).toBeNull();
    expect(screen.queryByText('Anda tidak memiliki akses ke direktori pegawai.')).toBeNull();
  });
});
