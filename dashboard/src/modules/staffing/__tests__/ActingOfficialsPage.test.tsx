import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ActingOfficialsPage } from '../../../pages/ActingOfficialsPage';
import { renderPage } from '../../../test-support/render';
import { GET_EMPLOYEE_FORM_OPTIONS } from '../../employees/graphql/queries';
import { END_ACTING_ASSIGNMENT } from '../graphql/mutations';
import { GET_ACTING_ASSIGNMENTS } from '../graphql/queries';
import { RANKS } from '../../../test-support/ranks';

const unit = { __typename: 'OrgUnit' as const, id: '3', name: 'Seksi Trantib' };
const term = (status: 'IN_TERM' | 'ENDED', endsOn: string) => ({
  __typename: 'ActingAssignment' as const,
  id: '11',
  kind: 'PLT',
  status,
  startsOn: '2026-11-01',
  endsOn,
  decreeNumber: '800/123/436.11/2026',
  version: status === 'IN_TERM' ? 1 : 2,
  employee: { __typename: 'Employee' as const, id: '21', name: 'Dewi Lestari' },
  unit,
});
const list = (status: 'IN_TERM' | 'ENDED', endsOn: string) => ({
  request: { query: GET_ACTING_ASSIGNMENTS },
  result: {
    data: {
      actingAssignments: {
        __typename: 'ActingAssignmentConnection',
        totalCount: 1,
        edges: [{ __typename: 'ActingAssignmentEdge', node: term(status, endsOn) }],
      },
      orgUnits: [unit],
    },
  },
});
const options = {
  request: { query: GET_EMPLOYEE_FORM_OPTIONS },
  result: {
    data: {
      ranks: RANKS,
      orgUnits: [{ ...unit, depth: 1 }],
      positions: [],
      employees: {
        __typename: 'EmployeeConnection',
        edges: [
          {
            __typename: 'EmployeeEdge',
            node: {
              __typename: 'Employee',
              id: '21',
              name: 'Dewi Lestari',
              nip: '198501012010012001',
            },
          },
        ],
      },
    },
  },
};
const end = {
  request: { query: END_ACTING_ASSIGNMENT, variables: { id: '11', version: 1 } },
  result: {
    data: {
      endActingAssignment: {
        __typename: 'ActingAssignment',
        id: '11',
        endsOn: '2026-12-02',
        status: 'ENDED',
        version: 2,
      },
    },
  },
};

describe('Plt / Plh page', () => {
  test('lists the terms in a table, picks the employee by name, and ends a term only after confirming', async () => {
    renderPage(<ActingOfficialsPage />, {
      mocks: [list('IN_TERM', '2027-01-31'), options, end, list('ENDED', '2026-12-02')] as never,
    });
    const table = await screen.findByTestId('acting-table');
    expect(within(table).getByText('Dewi Lestari')).toBeTruthy();
    expect(within(table).getByText('Bertugas')).toBeTruthy();

    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((head) => head.textContent),
    ).toEqual([
      'Pegawai',
      'Jenis',
      'Mewakili kepala',
      'Masa tugas',
      'Nomor SK',
      'Status',
      'Akhiri hari ini',
    ]);
    // Dates as people write them, not as the API sends them.
    expect(within(table).getByText('1 Nov 2026 – 31 Jan 2027')).toBeTruthy();
    // The term's dates and its SK: the same date and decree fields as a mutasi.
    expect(screen.getByLabelText<HTMLInputElement>('Mulai').type).toBe('date');
    expect(screen.getByLabelText<HTMLInputElement>('Sampai').type).toBe('date');
    expect(screen.getByLabelText<HTMLInputElement>('Nomor surat perintah / SK').type).toBe('text');

    const picker = screen.getByLabelText<HTMLSelectElement>('Pegawai yang ditunjuk');
    await waitFor(() =>
      expect([...picker.options].map((option) => option.textContent)).toEqual([
        'Pilih pegawai',
        'Dewi Lestari · 198501012010012001',
      ]),
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Unit yang kepalanya diwakili').value).toBe('');

    fireEvent.click(within(table).getByRole('button', { name: 'Akhiri hari ini' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Dewi Lestari');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Akhiri hari ini' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(table).findByText('Selesai')).toBeTruthy();
  });

  test('says how to begin when no term is recorded yet, and offers the form', async () => {
    const none = {
      request: { query: GET_ACTING_ASSIGNMENTS },
      result: {
        data: {
          actingAssignments: {
            __typename: 'ActingAssignmentConnection',
            totalCount: 0,
            edges: [],
          },
          orgUnits: [unit],
        },
      },
    };
    renderPage(<ActingOfficialsPage />, { mocks: [none, options] as never });
    expect(await screen.findByText('Belum ada Plt/Plh tercatat.')).toBeTruthy();
    expect(screen.queryByTestId('acting-table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Catat Plt/Plh' })).toBeTruthy();
  });

  test('shows the error with a retry when the terms cannot be read, and no form', async () => {
    const failing = {
      request: { query: GET_ACTING_ASSIGNMENTS },
      error: new Error('Network down'),
    };
    renderPage(<ActingOfficialsPage />, { mocks: [failing] as never });
    expect(await screen.findByRole('button', { name: 'Coba lagi' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Catat Plt/Plh' })).toBeNull();
  });
});
