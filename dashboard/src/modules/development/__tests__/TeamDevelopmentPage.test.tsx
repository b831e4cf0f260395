import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TeamDevelopmentPage } from '../../../pages/TeamDevelopmentPage';
import { ADD_DEVELOPMENT_ACTIVITY, UPDATE_DEVELOPMENT_ACTIVITY } from '../graphql/mutations';
import { GET_DEVELOPMENT_EMPLOYEE, GET_JP_OVERVIEW } from '../graphql/queries';
import {
  activity,
  coaching,
  cyclesMock,
  jp,
  planMock,
  recommendation,
  recommendationsMock,
  renderWithSession,
  user,
} from './fixtures';

jest.mock('../utils/dates', () => ({
  ...jest.requireActual<object>('../utils/dates'),
  suggestedDueDate: () => '2026-12-31',
}));

const SUPERVISOR = user({
  id: 'u-5',
  isSupervisor: true,
  employee: { __typename: 'Employee', id: '5', name: 'Dewi Kusumawati' },
});
const CHAIN_RULES = [{ action: 'create', subject: 'DevelopmentActivity' }];

const memberMock = {
  request: { query: GET_DEVELOPMENT_EMPLOYEE, variables: { id: '7' } },
  result: {
    data: {
      employee: {
        __typename: 'Employee',
        id: '7',
        name: 'Sri Wahyuni',
        nip: '199001012015032001',
        employmentType: 'PNS',
        unit: { __typename: 'OrgUnit', id: '3', name: 'Seksi Pemerintahan dan Pelayanan Publik' },
        position: { __typename: 'Position', id: '40', title: 'Pengadministrasi Umum' },
      },
    },
  },
};

const renderMember = (mocks: object[]) =>
  renderWithSession(<TeamDevelopmentPage />, {
    me: SUPERVISOR,
    mocks: [cyclesMock(), memberMock, ...mocks],
    path: '/tim/pengembangan/7',
    route: '/tim/pengembangan/:employeeId',
    abilityRules: CHAIN_RULES,
  });

const UNITS = [
  { __typename: 'OrgUnit', id: '3', name: 'Seksi Pemerintahan dan Pelayanan Publik' },
  { __typename: 'OrgUnit', id: '9', name: 'Kelurahan Ketintang' },
];
const overview = (
  belowOnly: boolean,
  members: object[],
  search: string | null = null,
  order: {
    sort?: string;
    descending?: boolean;
    unitId?: string | null;
    offset?: number;
    totalCount?: number;
  } = {},
) => ({
  request: {
    query: GET_JP_OVERVIEW,
    variables: {
      cycleId: '4',
      unitId: order.unitId ?? null,
      belowTargetOnly: belowOnly,
      search,
      sort: order.sort ?? 'NAME',
      descending: order.descending ?? false,
      offset: order.offset ?? 0,
      limit: 50,
    },
  },
  result: {
    data: {
      developmentHours: {
        __typename: 'JpOverview',
        year: 2026,
        yearRunningOut: true,
        totals: {
          __typename: 'JpTotals',
          employees: 3,
          pns: 3,
          jpDone: 44,
          jpPlanned: 60,
          pnsBelowTarget: 2,
        },
        units: UNITS,
        memberPage: {
          __typename: 'JpMemberPage',
          totalCount: order.totalCount ?? members.length,
          offset: order.offset ?? 0,
          members,
        },
      },
    },
  },
});
const member = (id: string, name: string, done: number) => ({
  __typename: 'EmployeeJp',
  employeeId: id,
  employmentType: 'PNS',
  employee: {
    __typename: 'Employee',
    id,
    name,
    unit: { __typename: 'OrgUnit', id: '3', name: 'Seksi Pemerintahan dan Pelayanan Publik' },
  },
  jp: jp(done, 20),
});

describe('Pengembangan Tim', () => {
  test('the team’s JP status, with a below-target filter and links to each plan', async () => {
    renderWithSession(<TeamDevelopmentPage />, {
      me: SUPERVISOR,
      mocks: [
        cyclesMock(),
        overview(false, [
          member('5', 'Dewi Kusumawati', 24),
          member('7', 'Sri Wahyuni', 4),
          member('8', 'Budi Santoso', 16),
        ]),
        overview(true, [member('7', 'Sri Wahyuni', 4), member('8', 'Budi Santoso', 16)]),
      ],
      path: '/tim/pengembangan',
      route: '/tim/pengembangan',
      abilityRules: CHAIN_RULES,
    });
    const table = await screen.findByTestId('jp-members');
    expect(within(table).getAllByTestId('jp-member')).toHaveLength(3);
    expect(within(table).getByRole('link', { name: 'Sri Wahyuni' }).getAttribute('href')).toBe(
      '/tim/pengembangan/7?siklus=4',
    );
    // The viewer's own row leads to Pengembangan Saya.
    expect(within(table).getByRole('link', { name: 'Dewi Kusumawati' }).getAttribute('href')).toBe(
      '/pengembangan-saya',
    );
    expect(screen.getByTestId('jp-below-count').textContent).toBe('2 dari 3');
    expect(screen.getByText(/hampir berakhir: 2 PNS/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Hanya di bawah target'));
    await waitFor(() => expect(screen.getAllByTestId('jp-member')).toHaveLength(2));
  });

  test('the below-target filter comes from the URL (a shared link shows the same list)', async () => {
    renderWithSession(<TeamDevelopmentPage />, {
      me: SUPERVISOR,
      mocks: [
        cyclesMock(),
        overview(true, [member('7', 'Sri Wahyuni', 4)]),
        overview(false, [member('7', 'Sri Wahyuni', 4), member('5', 'Dewi Kusumawati', 24)]),
      ],
      path: '/tim/pengembangan?kurangjp=1',
      route: '/tim/pengembangan',
      abilityRules: CHAIN_RULES,
    });
    expect(await screen.findAllByTestId('jp-member')).toHaveLength(1);
    const filter = screen.getByLabelText<HTMLInputElement>('Hanya di bawah target');
    expect(filter.checked).toBe(true);
    fireEvent.click(filter);
    await waitFor(() => expect(screen.getAllByTestId('jp-member')).toHaveLength(2));
  });

  test('searching by name or NIP asks the server, keeps it in the URL and says when nothing matches', async () => {
    renderWithSession(<TeamDevelopmentPage />, {
      me: SUPERVISOR,
      mocks: [
        cyclesMock(),
        // Answered as often as asked: the test double asks again on remount (cache-and-network);
        // a real browser sends one request per search (checked against the demo server).
        { ...overview(false, [member('7', 'Sri Wahyuni', 4)], 'sri'), maxUsageCount: Infinity },
        { ...overview(false, [], 'zzz'), maxUsageCount: Infinity },
      ],
      path: '/tim/pengembangan?cari=sri',
      route: '/tim/pengembangan',
      abilityRules: CHAIN_RULES,
    });
    // From the URL: the box shows the text and the list is the server's answer to it.
    const box = await screen.findByRole<HTMLInputElement>('searchbox', {
      name: 'Cari nama atau NIP',
    });
    expect(box.value).toBe('sri');
    expect(await screen.findAllByTestId('jp-member')).toHaveLength(1);
    fireEvent.change(box, { target: { value: 'zzz' } });
    expect(
      await screen.findByText('Tidak ada pegawai yang cocok dengan pencarian atau unit.'),
    ).toBeTruthy();
    expect(screen.queryByTestId('jp-member')).toBeNull();
  });

  test('sorts by a column on the server, marks the header, and takes the order from the URL', async () => {
    const rows = [member('7', 'Sri Wahyuni', 4), member('8', 'Budi Santoso', 16)];
    renderWithSession(<TeamDevelopmentPage />, {
      me: SUPERVISOR,
      mocks: [
        cyclesMock(),
        // From the URL: JP done, most first.
        overview(false, [...rows].reverse(), null, { sort: 'JP_DONE', descending: true }),
        // Clicking the same column flips it.
        overview(false, rows, null, { sort: 'JP_DONE' }),
        // A new column starts at its natural end: what is still missing, most first.
        overview(false, rows, null, { sort: 'JP_REMAINING', descending: true }),
        // Names A–Z.
        overview(false, [rows[1], rows[0]], null, { sort: 'NAME' }),
      ],
      path: '/tim/pengembangan?urut=JP_DONE&turun=1',
      route: '/tim/pengembangan',
      abilityRules: CHAIN_RULES,
    });
    const names = () =>
      screen.getAllByTestId('jp-member').map((row) => within(row).getByRole('link').textContent);
    await waitFor(() => expect(names()).toEqual(['Budi Santoso', 'Sri Wahyuni']));
    const sorted = () => screen.getByTestId('jp-members').querySelectorAll('th[aria-sort]');
    expect(sorted()).toHaveLength(1);
    expect(sorted()[0].getAttribute('aria-sort')).toBe('descending');
    expect(sorted()[0].textContent).toContain('JP selesai');
    fireEvent.click(screen.getByTestId('jp-sort-JP_DONE'));
    await waitFor(() => expect(sorted()[0].getAttribute('aria-sort')).toBe('ascending'));
    await waitFor(() => expect(names()).toEqual(['Sri Wahyuni', 'Budi Santoso']));
    fireEvent.click(screen.getByTestId('jp-sort-JP_REMAINING'));
    await waitFor(() => expect(sorted()[0].textContent).toContain('Status'));
    expect(sorted()[0].getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByTestId('jp-sort-NAME'));
    await waitFor(() => expect(names()).toEqual(['Budi Santoso', 'Sri Wahyuni']));
    expect(sorted()[0].getAttribute('aria-sort')).toBe('ascending');
  });

  test('filters by a unit of the viewer’s scope, kept in the URL, and pages on the server', async () => {
    const rows = [member('7', 'Sri Wahyuni', 4)];
    renderWithSession(<TeamDevelopmentPage />, {
      me: SUPERVISOR,
      mocks: [
        cyclesMock(),
        overview(false, rows, null, { unitId: '9', offset: 50, totalCount: 51 }),
        overview(false, rows, null, { unitId: '3' }),
        overview(false, rows, null, {}),
      ],
      path: '/tim/pengembangan?unit=9&hal=2',
      route: '/tim/pengembangan',
      abilityRules: CHAIN_RULES,
    });
    const select = await screen.findByLabelText<HTMLSelectElement>('Unit kerja');
    await waitFor(() => expect(select.value).toBe('9'));
    // Only the units the API lists for the viewer are offered, after "all units".
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Semua unit', 'Seksi Pemerintahan dan Pelayanan Publik', 'Kelurahan Ketintang']);
    expect((await screen.findByTestId('team-pager')).textContent).toContain('51–51 dari 51');
    // Another unit goes back to the first page.
    fireEvent.change(select, { target: { value: '3' } });
    await waitFor(() => expect(select.value).toBe('3'));
    await waitFor(() => expect(screen.queryByTestId('team-pager')).toBeNull());
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(() => expect(select.value).toBe(''));
    expect(await screen.findAllByTestId('jp-member')).toHaveLength(1);
  });

  test('an employee without a team is told the page is for supervisors', () => {
    renderWithSession(<TeamDevelopmentPage />, { mocks: [cyclesMock()] });
    expect(screen.getByText('Halaman ini untuk atasan yang memiliki anggota tim.')).toBeTruthy();
  });

  test('add from a recommendation: reason prefilled and linked, then it is in the plan', async () => {
    const added = activity({
      createdBy: { __typename: 'Employee', id: '5', name: 'Dewi Kusumawati' },
    });
    renderMember([
      planMock('7', null),
      recommendationsMock('7', [recommendation()]),
      {
        request: {
          query: ADD_DEVELOPMENT_ACTIVITY,
          variables: {
            input: {
              employeeId: '7',
              cycleId: '4',
              kind: 'TRAINING',
              programId: '11',
              reason:
                'Nilai Berorientasi Pelayanan dinilai di bawah ekspektasi; 2 umpan balik perbaikan tentang Berorientasi Pelayanan pada penilaian Tahunan 2025',
              reasonEvaluationId: '900',
              reasonCoreValue: 'BERORIENTASI_PELAYANAN',
              jp: 16,
              dueDate: '2026-12-31',
            },
          },
        },
        result: { data: { addDevelopmentActivity: added } },
      },
      planMock('7', [added], jp(0, 16)),
      recommendationsMock('7', []),
    ]);
    expect((await screen.findByTestId('member-head')).textContent).toContain('Sri Wahyuni');
    expect(await screen.findByText('Belum ada kegiatan pengembangan')).toBeTruthy();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Tambahkan ke rencana: Komunikasi Publik' }),
    );
    const form = screen.getByTestId('add-activity-form');
    expect(
      within(form).getByLabelText<HTMLTextAreaElement>('Alasan (kelemahan yang dijawab)').value,
    ).toContain('Berorientasi Pelayanan dinilai di bawah ekspektasi');
    expect(within(form).getByLabelText<HTMLInputElement>('JP').value).toBe('16');
    fireEvent.click(within(form).getByRole('button', { name: 'Tambahkan ke rencana' }));
    expect((await screen.findByTestId('activity-added')).textContent).toContain(
      '“Komunikasi Publik” ditambahkan ke rencana.',
    );
    const item = await screen.findByTestId('activity');
    expect(item.getAttribute('data-status')).toBe('PLANNED');
    await waitFor(() => expect(screen.queryByTestId('recommendation')).toBeNull());
    expect(screen.getByText(/Tidak ada rekomendasi baru/)).toBeTruthy();
  });

  test('the API’s field problems show beside the inputs', async () => {
    renderMember([
      planMock('7', []),
      recommendationsMock('7', []),
      {
        request: {
          query: ADD_DEVELOPMENT_ACTIVITY,
          variables: {
            input: {
              employeeId: '7',
              cycleId: '4',
              kind: 'COACHING',
              title: 'Coaching komunikasi',
              reason: 'pendek',
              dueDate: '2026-12-31',
            },
          },
        },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INVALID_INPUT',
                fields: [
                  { field: 'reason', reason: 'LENGTH', params: { min: 10, max: 4000 } },
                  { field: 'jp', reason: 'JP_REQUIRED' },
                ],
              },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /Coaching\/mentoring/ }));
    const form = screen.getByTestId('add-activity-form');
    fireEvent.change(within(form).getByLabelText('Topik'), {
      target: { value: 'Coaching komunikasi' },
    });
    fireEvent.change(within(form).getByLabelText('Alasan (kelemahan yang dijawab)'), {
      target: { value: 'pendek' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambahkan ke rencana' }));
    expect(
      await within(form).findByText('JP wajib diisi untuk coaching dan mentoring.'),
    ).toBeTruthy();
    const reasonInput = within(form).getByLabelText('Alasan (kelemahan yang dijawab)');
    expect(reasonInput.getAttribute('aria-invalid')).toBe('true');
  });

  test('a required pembinaan is cancelled only with a reason of at least 10 characters', async () => {
    const cancelled = coaching({
      status: 'CANCELLED',
      version: 2,
      cancelReason: 'Pegawai mutasi ke kelurahan lain.',
    });
    renderMember([
      planMock('7', [coaching()], jp(0, 4)),
      recommendationsMock('7', [], { maxUsageCount: 2 }),
      {
        request: {
          query: UPDATE_DEVELOPMENT_ACTIVITY,
          variables: {
            id: '502',
            input: {
              version: 1,
              status: 'CANCELLED',
              cancelReason: 'Pegawai mutasi ke kelurahan lain.',
            },
          },
        },
        result: { data: { updateDevelopmentActivity: cancelled } },
      },
      planMock('7', [cancelled], jp(0, 0)),
    ]);
    const item = await screen.findByTestId('activity');
    expect(within(item).queryByRole('button', { name: 'Tandai selesai' })).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: 'Batalkan' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Batalkan kegiatan' }));
    expect(
      within(dialog).getByText(
        'Pembinaan wajib hanya dapat dibatalkan dengan alasan minimal 10 karakter.',
      ),
    ).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Alasan pembatalan/), {
      target: { value: 'Pegawai mutasi ke kelurahan lain.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Batalkan kegiatan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(screen.getByTestId('activity').getAttribute('data-status')).toBe('CANCELLED'),
    );
    expect(screen.getByText('Pegawai mutasi ke kelurahan lain.')).toBeTruthy();
  });
});
