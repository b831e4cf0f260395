import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MyDevelopmentPage } from '../../../pages/MyDevelopmentPage';
import { TeamDevelopmentPage } from '../../../pages/TeamDevelopmentPage';
import { UPDATE_DEVELOPMENT_ACTIVITY } from '../graphql/mutations';
import { GET_DEVELOPMENT_EMPLOYEE } from '../graphql/queries';
import { planChanges, rebaseDraft } from '../utils/plan-changes';
import {
  activity,
  coaching,
  cyclesMock,
  jp,
  planMock,
  recommendationsMock,
  renderWithSession,
  user,
} from './fixtures';

const SUPERVISOR = user({
  id: 'u-5',
  isSupervisor: true,
  employee: { __typename: 'Employee', id: '5', name: 'Dewi Kusumawati' },
});
// The API's rules for the chain and for the employee (conditions as the API sends them).
const WRITABLE = ['status', 'outcome', 'evidenceUrl', 'title', 'reason', 'jp', 'dueDate'];
const CHAIN_RULES = [
  { action: 'create', subject: 'DevelopmentActivity', conditions: { ownerChainIds: '5' } },
  {
    action: 'update',
    subject: 'DevelopmentActivity',
    fields: [...WRITABLE, 'cancelReason'],
    conditions: { ownerChainIds: '5' },
  },
];
const EMPLOYEE_RULES = [
  {
    action: 'update',
    subject: 'DevelopmentActivity',
    fields: ['status', 'outcome', 'evidenceUrl'],
    conditions: { ownerId: '7' },
  },
];

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

const renderMember = (mocks: object[], abilityRules: unknown = CHAIN_RULES) =>
  renderWithSession(<TeamDevelopmentPage />, {
    me: SUPERVISOR,
    mocks: [cyclesMock(), memberMock, recommendationsMock('7', [], { maxUsageCount: 3 }), ...mocks],
    path: '/tim/pengembangan/7',
    route: '/tim/pengembangan/:employeeId',
    abilityRules,
  });

const updateMock = (id: string, input: object, result: object, extra: object = {}) => ({
  request: { query: UPDATE_DEVELOPMENT_ACTIVITY, variables: { id, input } },
  ...result,
  ...extra,
});

const conflict = {
  errors: [
    {
      message: 'Someone else changed this activity first; reload and try again',
      extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
    },
  ],
};

async function openEdit(name: string) {
  fireEvent.click(await screen.findByRole('button', { name }));
  return screen.getByTestId('activity-edit-form');
}

/** A coaching the chain planned (not the required pembinaan, whose reason is fixed). */
const freeCoaching = (overrides: object = {}) => coaching({ required: false, ...overrides });

const change = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

describe('the supervisor edits a planned activity', () => {
  test('a coaching: topic, reason, JP and due date, sent with the version read', async () => {
    const edited = freeCoaching({
      title: 'Coaching komunikasi dengan warga',
      reason: 'Umpan balik perbaikan tentang pelayanan di loket pada TW3 2026',
      jp: 6,
      dueDate: '2026-06-30',
      version: 2,
    });
    renderMember([
      planMock('7', [freeCoaching()], jp(0, 4)),
      updateMock(
        '502',
        {
          version: 1,
          title: 'Coaching komunikasi dengan warga',
          reason: 'Umpan balik perbaikan tentang pelayanan di loket pada TW3 2026',
          jp: 6,
          dueDate: '2026-06-30',
        },
        { result: { data: { updateDevelopmentActivity: edited } } },
      ),
      planMock('7', [edited], jp(0, 6)),
    ]);
    const form = await openEdit('Ubah rencana Pembinaan kinerja oleh atasan langsung');
    expect(form.getAttribute('aria-label')).toBe(
      'Ubah rencana Pembinaan kinerja oleh atasan langsung',
    );
    // The form opens with what is saved, the first field under the keyboard.
    const topic = within(form).getByLabelText<HTMLInputElement>('Topik');
    expect(topic.value).toBe('Pembinaan kinerja oleh atasan langsung');
    expect(document.activeElement).toBe(topic);
    expect(within(form).getByLabelText<HTMLInputElement>('JP').value).toBe('4');
    expect(within(form).getByLabelText<HTMLInputElement>('Tenggat').value).toBe('2026-03-31');
    change(form, 'Topik', '  Coaching komunikasi dengan warga ');
    change(
      form,
      'Alasan (kelemahan yang dijawab)',
      'Umpan balik perbaikan tentang pelayanan di loket pada TW3 2026',
    );
    change(form, 'JP', '6');
    change(form, 'Tenggat', '2026-06-30');
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    // Saving: the button says so and cannot be pressed twice.
    const saving = within(form).getByRole('button', { name: 'Menyimpan…' });
    expect((saving as HTMLButtonElement).disabled).toBe(true);
    expect(within(form).getByRole('button', { name: 'Batal' }).hasAttribute('disabled')).toBe(true);
    expect(await screen.findByText('Perubahan rencana tersimpan.')).toBeTruthy();
    expect(screen.queryByTestId('activity-edit-form')).toBeNull();
    const item = screen.getByTestId('activity');
    expect(within(item).getByText('Coaching komunikasi dengan warga')).toBeTruthy();
    expect(item.textContent).toContain('6 JP');
    // Back on the button that opened the form.
    expect(document.activeElement).toBe(
      within(item).getByRole('button', { name: 'Ubah rencana Coaching komunikasi dengan warga' }),
    );
  });

  test('a training keeps its programme’s title: only what changed is sent', async () => {
    const edited = activity({ jp: 20, version: 4 });
    renderMember([
      planMock('7', [activity({ version: 3 })], jp(0, 16)),
      updateMock(
        '501',
        { version: 3, jp: 20 },
        { result: { data: { updateDevelopmentActivity: edited } } },
      ),
      planMock('7', [edited], jp(0, 20)),
    ]);
    const form = await openEdit('Ubah rencana Komunikasi Publik');
    expect(within(form).queryByLabelText('Topik')).toBeNull();
    expect(form.textContent).toContain('Judul mengikuti program pelatihan di katalog.');
    change(form, 'JP', '20');
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    expect(await screen.findByText('Perubahan rencana tersimpan.')).toBeTruthy();
  });

  test('the API’s field problems show beside their inputs and nothing typed is lost', async () => {
    renderMember([
      planMock('7', [freeCoaching()], jp(0, 4)),
      updateMock(
        '502',
        { version: 1, title: 'ab', reason: 'pendek' },
        {
          result: {
            errors: [
              {
                message: 'Invalid input',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'INVALID_INPUT',
                  fields: [
                    { field: 'title', reason: 'LENGTH', params: { min: 3, max: 160 } },
                    { field: 'reason', reason: 'LENGTH', params: { min: 10, max: 4000 } },
                  ],
                },
              },
            ],
          },
        },
      ),
    ]);
    const form = await openEdit('Ubah rencana Pembinaan kinerja oleh atasan langsung');
    change(form, 'Topik', 'ab');
    change(form, 'Alasan (kelemahan yang dijawab)', 'pendek');
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    const topic = within(form).getByLabelText<HTMLInputElement>('Topik');
    await waitFor(() => expect(topic.getAttribute('aria-invalid')).toBe('true'));
    expect(
      document.getElementById(topic.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toMatch(/3.*160/);
    const reasonInput = within(form).getByLabelText<HTMLTextAreaElement>(
      'Alasan (kelemahan yang dijawab)',
    );
    expect(reasonInput.getAttribute('aria-invalid')).toBe('true');
    const describedBy = reasonInput.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toMatch(/10.*4000/);
    // The keyboard lands on the first field to fix; what was typed is all still there.
    expect(document.activeElement).toBe(topic);
    expect(topic.value).toBe('ab');
    expect(reasonInput.value).toBe('pendek');
    expect(within(form).queryByTestId('activity-edit-error')).toBeNull();
  });

  test('a JP that is no whole number is caught before anything is sent', async () => {
    renderMember([planMock('7', [coaching()], jp(0, 4))]);
    const form = await openEdit('Ubah rencana Pembinaan kinerja oleh atasan langsung');
    change(form, 'JP', '2,5');
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    expect(within(form).getByText('Isi bilangan bulat dari 0 sampai 200.')).toBeTruthy();
    expect(within(form).getByLabelText('JP').getAttribute('aria-invalid')).toBe('true');
  });

  test('someone saved first: a conflict with a reload that keeps what was typed', async () => {
    const theirs = freeCoaching({ jp: 8, version: 2 });
    renderMember([
      planMock('7', [freeCoaching()], jp(0, 4)),
      updateMock(
        '502',
        { version: 1, reason: 'Predikat tahunan 2025 Butuh Perbaikan: pembinaan komunikasi' },
        { result: conflict },
      ),
      planMock('7', [theirs], jp(0, 8)),
      updateMock(
        '502',
        { version: 2, reason: 'Predikat tahunan 2025 Butuh Perbaikan: pembinaan komunikasi' },
        {
          result: {
            data: {
              updateDevelopmentActivity: freeCoaching({
                reason: 'Predikat tahunan 2025 Butuh Perbaikan: pembinaan komunikasi',
                jp: 8,
                version: 3,
              }),
            },
          },
        },
      ),
      planMock('7', [
        freeCoaching({
          reason: 'Predikat tahunan 2025 Butuh Perbaikan: pembinaan komunikasi',
          jp: 8,
          version: 3,
        }),
      ]),
    ]);
    const form = await openEdit('Ubah rencana Pembinaan kinerja oleh atasan langsung');
    change(
      form,
      'Alasan (kelemahan yang dijawab)',
      'Predikat tahunan 2025 Butuh Perbaikan: pembinaan komunikasi',
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    const error = await within(form).findByTestId('activity-edit-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('baru saja diubah orang lain');
    fireEvent.click(within(error).getByRole('button', { name: 'Muat ulang' }));
    // Their JP shows on the card and in the untouched JP field; what was typed stays in the form.
    await waitFor(() => expect(screen.getByTestId('activity').textContent).toContain('8 JP'));
    expect(within(form).getByLabelText<HTMLInputElement>('JP').value).toBe('8');
    expect(within(form).getByText(/Isian Anda masih di formulir/)).toBeTruthy();
    expect(
      within(form).getByLabelText<HTMLTextAreaElement>('Alasan (kelemahan yang dijawab)').value,
    ).toBe('Predikat tahunan 2025 Butuh Perbaikan: pembinaan komunikasi');
    // Saving again sends the new version and only the typed change, never undoing theirs.
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    });
    expect(await screen.findByText('Perubahan rencana tersimpan.')).toBeTruthy();
  });

  test('a required pembinaan keeps the reason its predicate gives: no reason field', async () => {
    renderMember([planMock('7', [coaching()], jp(0, 4))]);
    const form = await openEdit('Ubah rencana Pembinaan kinerja oleh atasan langsung');
    expect(within(form).queryByLabelText('Alasan (kelemahan yang dijawab)')).toBeNull();
    expect(form.textContent).toContain('Alasannya mengikuti predikat tahunan.');
    expect(within(form).getByLabelText('Topik')).toBeTruthy();
  });

  test('nothing changed: the form just closes', async () => {
    renderMember([planMock('7', [coaching()], jp(0, 4))]);
    const form = await openEdit('Ubah rencana Pembinaan kinerja oleh atasan langsung');
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan perubahan' }));
    expect(screen.queryByTestId('activity-edit-form')).toBeNull();
  });

  test('done and cancelled activities, and viewers without the chain’s rules, have no edit', async () => {
    renderMember([
      planMock('7', [
        activity({ status: 'DONE', completedOn: '2026-05-01' }),
        coaching({ status: 'CANCELLED', cancelReason: 'Pegawai mutasi ke unit lain.' }),
      ]),
    ]);
    expect(await screen.findAllByTestId('activity')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /^Ubah rencana/ })).toBeNull();
  });

  test('a reader of the plan without update rules sees no edit', async () => {
    renderMember(
      [planMock('7', [coaching()], jp(0, 4))],
      [{ action: 'create', subject: 'DevelopmentActivity' }],
    );
    const item = await screen.findByTestId('activity');
    expect(within(item).getByRole('button', { name: 'Batalkan' })).toBeTruthy();
    expect(within(item).queryByRole('button', { name: /^Ubah/ })).toBeNull();
  });
});

describe('the employee', () => {
  test('records progress on their own plan but never sees the edit', async () => {
    renderWithSession(<MyDevelopmentPage />, {
      mocks: [cyclesMock(), planMock('7', [coaching(), activity()]), recommendationsMock('7', [])],
      path: '/pengembangan-saya',
      abilityRules: EMPLOYEE_RULES,
    });
    const items = await screen.findAllByTestId('activity');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('button', { name: 'Tandai selesai' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Ubah rencana/ })).toBeNull();
    expect(screen.queryByTestId('activity-edit-form')).toBeNull();
  });

  test('an employee who also supervises still cannot edit their own plan', async () => {
    renderWithSession(<MyDevelopmentPage />, {
      me: user({ isSupervisor: true }),
      mocks: [cyclesMock(), planMock('7', [coaching()]), recommendationsMock('7', [])],
      path: '/pengembangan-saya',
      abilityRules: [...EMPLOYEE_RULES, ...CHAIN_RULES],
    });
    await screen.findByTestId('activity');
    expect(screen.queryByRole('button', { name: /^Ubah rencana/ })).toBeNull();
  });
});

describe('planChanges', () => {
  const draft = { title: 'Pembinaan', reason: 'Alasan yang cukup panjang', jp: '4', dueDate: '' };
  const base = coaching({ title: 'Pembinaan', reason: 'Alasan yang cukup panjang', dueDate: null });

  test.each([
    ['nothing', {}, {}],
    ['a cleared due date becomes null', { dueDate: '' }, {}],
    ['a new due date', { dueDate: '2026-09-30' }, { dueDate: '2026-09-30' }],
    ['a trimmed title', { title: ' Coaching ' }, { title: 'Coaching' }],
    ['JP as a number', { jp: '0' }, { jp: 0 }],
  ])('%s', (_name, typed, expected) => {
    expect(
      planChanges({ activity: base as never, draft: { ...draft, ...typed }, freeForm: true }),
    ).toEqual({ changes: expected });
  });

  test('a set due date cleared is sent as null; a training never sends its title', () => {
    const training = activity({ title: 'Komunikasi Publik', dueDate: '2026-12-15', jp: 16 });
    expect(
      planChanges({
        activity: training as never,
        draft: { title: 'Lain', reason: training.reason, jp: '16', dueDate: '' },
        freeForm: false,
      }),
    ).toEqual({ changes: { dueDate: null } });
  });

  test.each(['', '-1', '2.5', '201', 'abc'])('JP “%s” is a problem', (value) => {
    expect(
      planChanges({ activity: base as never, draft: { ...draft, jp: value }, freeForm: true }),
    ).toEqual({
      problems: { jp: { reason: 'WHOLE_NUMBER_RANGE', params: { min: 0, max: 200 } } },
    });
  });
});

test('rebaseDraft: untouched fields follow the reload, typed ones stay', () => {
  const before = { title: 'A', reason: 'Alasan lama sekali', jp: '4', dueDate: '2026-03-31' };
  const after = { title: 'B', reason: 'Alasan lama sekali', jp: '8', dueDate: '2026-04-30' };
  expect(
    rebaseDraft({ draft: { ...before, reason: 'Alasan baru yang diketik' }, before, after }),
  ).toEqual({ ...after, reason: 'Alasan baru yang diketik' });
});
