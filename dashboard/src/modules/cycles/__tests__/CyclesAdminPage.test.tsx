import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockedResponse } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { CyclesAdminPage } from '../../../pages/CyclesAdminPage';
import { renderPage } from '../../../test-support/render';
import { CREATE_CYCLE, MOVE_CYCLE_STATUS, UPDATE_CYCLE_THRESHOLDS } from '../graphql/mutations';
import { GET_CYCLE_TRANSITION_PREVIEW, GET_CYCLES_ADMIN } from '../graphql/queries';
import { CYCLE_STORAGE_KEY } from '../utils/cycle-memory';

// HR without the deadlines right, so the page asks only for what these tests mock.
const HR_RULES = [
  { action: 'create', subject: 'Cycle' },
  { action: 'update', subject: 'Cycle', fields: ['status', 'meetsThreshold', 'exceedsThreshold'] },
];
const LEADER_RULES = [{ action: 'update', subject: 'Cycle', fields: ['status'] }];

const periods = (year: number) =>
  [
    ['TW1', '01-01', '03-31'],
    ['TW2', '04-01', '06-30'],
    ['TW3', '07-01', '09-30'],
    ['TW4', '10-01', '12-31'],
    ['ANNUAL', '01-01', '12-31'],
  ].map(([period, start, end]) => ({
    __typename: 'CyclePeriod',
    period,
    startsOn: `${year}-${start}`,
    endsOn: `${year}-${end}`,
  }));

const cycle = (id: string, year: number, status: string, overrides: object = {}) => ({
  __typename: 'Cycle',
  id,
  year,
  status,
  meetsThreshold: 90,
  exceedsThreshold: 110,
  version: 1,
  periods: periods(year),
  ...overrides,
});

const cyclesMock = (cycles: object[]) => ({
  request: { query: GET_CYCLES_ADMIN },
  result: { data: { cycles } },
});

const previewOf = (overrides: object = {}) => ({
  __typename: 'CycleTransitionPreview',
  cycleId: '4',
  from: 'ACTIVE',
  to: 'CALIBRATION',
  allowed: true,
  refusalReason: null,
  requiredRoles: ['HR_ADMIN', 'LEADER'],
  reasonRequired: false,
  effects: ['PLANS_FROZEN', 'IRREVERSIBLE'],
  warnings: [
    { __typename: 'CycleTransitionWarning', kind: 'PLANS_NOT_APPROVED', period: null, count: 3 },
    {
      __typename: 'CycleTransitionWarning',
      kind: 'EVALUATIONS_NOT_FINAL',
      period: 'TW2',
      count: 4,
    },
  ],
  plans: {
    __typename: 'CyclePlanCounts',
    draft: 2,
    submitted: 1,
    returned: 0,
    approved: 40,
    withoutPlan: 0,
  },
  evaluations: [
    { __typename: 'CyclePeriodEvaluationCounts', period: 'TW2', missing: 0, draft: 4, final: 36 },
  ],
  openObjections: 0,
  failingCurveChecks: [],
  ...overrides,
});

const renderCycles = (mocks: MockedResponse[], abilityRules: unknown = HR_RULES) =>
  renderPage(<CyclesAdminPage />, { mocks, abilityRules, path: '/siklus' });

describe('Siklus Kinerja', () => {
  test('lists the cycles and prefills the next year with the default thresholds', async () => {
    renderCycles([cyclesMock([cycle('4', 2026, 'ACTIVE'), cycle('3', 2025, 'CLOSED')])]);
    const list = await screen.findByTestId('cycle-list');
    expect(within(list).getAllByRole('row')).toHaveLength(3);
    expect(within(list).getByText('Aktif')).toBeTruthy();
    const create = screen.getByTestId('create-cycle');
    expect(within(create).getByLabelText<HTMLInputElement>('Tahun').value).toBe('2027');
    expect(
      within(create).getByLabelText<HTMLInputElement>('Ambang “sesuai ekspektasi” (%)').value,
    ).toBe('90');
    expect(
      within(create).getByLabelText<HTMLInputElement>('Ambang “di atas ekspektasi” (%)').value,
    ).toBe('110');
    expect(within(create).getByTestId('create-cycle-periods').textContent).toContain('Triwulan IV');
    // The ACTIVE cycle is the one managed by default.
    expect(screen.getByText('Status siklus 2026')).toBeTruthy();
  });

  test('manages the cycle chosen on any page (this tab’s last choice), and a choice here goes on', async () => {
    sessionStorage.setItem(CYCLE_STORAGE_KEY, '3');
    try {
      renderCycles([cyclesMock([cycle('4', 2026, 'ACTIVE'), cycle('3', 2025, 'CLOSED')])]);
      expect(await screen.findByText('Status siklus 2025')).toBeTruthy();
      const list = screen.getByTestId('cycle-list');
      fireEvent.click(within(list).getByRole('button', { name: /2026/ }));
      expect(await screen.findByText('Status siklus 2026')).toBeTruthy();
      expect(sessionStorage.getItem(CYCLE_STORAGE_KEY)).toBe('4');
    } finally {
      sessionStorage.removeItem(CYCLE_STORAGE_KEY);
    }
  });

  test('creates the next year after a confirmation, and shows the API’s field error beside its input', async () => {
    const input = { year: 2027, meetsThreshold: 95, exceedsThreshold: 100 };
    renderCycles([
      cyclesMock([cycle('4', 2026, 'ACTIVE')]),
      {
        request: { query: CREATE_CYCLE, variables: { input } },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INVALID_INPUT',
                fields: [
                  {
                    field: 'exceedsThreshold',
                    reason: 'THRESHOLD_ORDER',
                    message: 'must be above meetsThreshold',
                    params: { meetsThreshold: 95 },
                  },
                ],
              },
            }),
          ],
        },
      },
    ]);
    const create = await screen.findByTestId('create-cycle');
    fireEvent.change(within(create).getByLabelText('Ambang “sesuai ekspektasi” (%)'), {
      target: { value: '95' },
    });
    fireEvent.change(within(create).getByLabelText('Ambang “di atas ekspektasi” (%)'), {
      target: { value: '100' },
    });
    fireEvent.click(within(create).getByRole('button', { name: 'Buka siklus 2027' }));
    const dialog = await screen.findByTestId('confirm-dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Buka siklus 2027' }));
    const exceeds = within(create).getByLabelText('Ambang “di atas ekspektasi” (%)');
    await waitFor(() => expect(exceeds.getAttribute('aria-invalid')).toBe('true'));
    expect(
      screen.getByText('Harus lebih tinggi dari ambang “sesuai ekspektasi” (95 %).'),
    ).toBeTruthy();
  });

  test('opens the year, says so, and offers the year after next', async () => {
    const input = { year: 2027, meetsThreshold: 90, exceedsThreshold: 110 };
    renderCycles([
      cyclesMock([cycle('4', 2026, 'ACTIVE')]),
      {
        request: { query: CREATE_CYCLE, variables: { input } },
        result: { data: { createCycle: cycle('5', 2027, 'PLANNING') } },
      },
      cyclesMock([cycle('5', 2027, 'PLANNING'), cycle('4', 2026, 'ACTIVE')]),
      cyclesMock([cycle('5', 2027, 'PLANNING'), cycle('4', 2026, 'ACTIVE')]),
    ]);
    const create = await screen.findByTestId('create-cycle');
    fireEvent.click(within(create).getByRole('button', { name: 'Buka siklus 2027' }));
    const dialog = await screen.findByTestId('confirm-dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Buka siklus 2027' }));
    expect(await screen.findByText('Siklus 2027 dibuka pada tahap Perencanaan.')).toBeTruthy();
    await screen.findByText('Status siklus 2027');
    expect(within(create).getByLabelText<HTMLInputElement>('Tahun').value).toBe('2028');
    expect(screen.getByText('Siklus 2027 dibuka pada tahap Perencanaan.')).toBeTruthy();
  });

  test('a typed non-number is refused in the form, before anything is sent', async () => {
    renderCycles([cyclesMock([cycle('4', 2026, 'ACTIVE')])]);
    const form = await screen.findByTestId('thresholds-form');
    fireEvent.change(within(form).getByLabelText('Ambang “sesuai ekspektasi” (%)'), {
      target: { value: 'sembilan puluh' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan ambang' }));
    expect(await within(form).findByText('Isi angka, misalnya 90 atau 92,5.')).toBeTruthy();
  });

  test('a stale version offers a reload', async () => {
    renderCycles([
      cyclesMock([cycle('4', 2026, 'ACTIVE')]),
      {
        request: {
          query: UPDATE_CYCLE_THRESHOLDS,
          variables: { id: '4', version: 1, input: { meetsThreshold: 85, exceedsThreshold: 110 } },
        },
        result: {
          errors: [
            new GraphQLError('stale', {
              extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
            }),
          ],
        },
      },
    ]);
    const form = await screen.findByTestId('thresholds-form');
    fireEvent.change(within(form).getByLabelText('Ambang “sesuai ekspektasi” (%)'), {
      target: { value: '85' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan ambang' }));
    const stale = await within(form).findByTestId('thresholds-stale');
    expect(within(stale).getByRole('button', { name: 'Muat ulang' })).toBeTruthy();
  });

  test('shows what starting calibration will do, then moves the cycle on confirmation', async () => {
    renderCycles([
      cyclesMock([cycle('4', 2026, 'ACTIVE')]),
      {
        request: {
          query: GET_CYCLE_TRANSITION_PREVIEW,
          variables: { id: '4', status: 'CALIBRATION' },
        },
        result: { data: { cycleTransitionPreview: previewOf() } },
      },
      {
        request: {
          query: MOVE_CYCLE_STATUS,
          variables: { id: '4', status: 'CALIBRATION', reason: null },
        },
        result: { data: { setCycleStatus: cycle('4', 2026, 'CALIBRATION', { version: 2 }) } },
      },
      cyclesMock([cycle('4', 2026, 'CALIBRATION', { version: 2 })]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Pindahkan ke Kalibrasi…' }));
    const dialog = await screen.findByTestId('transition-dialog');
    const warnings = await within(dialog).findByTestId('transition-warnings');
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '3 SKP belum disetujui (draf, diajukan, atau dikembalikan).',
      'TW II: 4 penilaian masih draf.',
    ]);
    expect(within(dialog).getByTestId('transition-effects').textContent).toContain(
      'Langkah ini tidak dapat dibatalkan.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ya, pindahkan ke Kalibrasi' }));
    expect(await screen.findByText('Siklus 2026 sekarang Kalibrasi.')).toBeTruthy();
    expect(screen.queryByTestId('transition-dialog')).toBeNull();
  });

  test('tells HR that closing is the Camat’s step, with no confirm button', async () => {
    renderCycles([
      cyclesMock([cycle('4', 2026, 'CALIBRATION')]),
      {
        request: { query: GET_CYCLE_TRANSITION_PREVIEW, variables: { id: '4', status: 'CLOSED' } },
        result: {
          data: {
            cycleTransitionPreview: previewOf({
              from: 'CALIBRATION',
              to: 'CLOSED',
              allowed: false,
              refusalReason: 'CYCLE_TRANSITION_FORBIDDEN',
              requiredRoles: ['LEADER'],
              effects: ['EVALUATIONS_FROZEN', 'IRREVERSIBLE'],
            }),
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Pindahkan ke Ditutup…' }));
    const refused = await screen.findByTestId('transition-refused');
    expect(refused.textContent).toContain('hanya Camat yang menutup siklus');
    expect(refused.textContent).toContain('Langkah ini dilakukan oleh: Camat.');
    const dialog = screen.getByTestId('transition-dialog');
    expect(within(dialog).queryByRole('button', { name: /Ya, pindahkan/ })).toBeNull();
  });

  test('the Camat closes with a written reason when a curve rule fails', async () => {
    renderCycles(
      [
        cyclesMock([cycle('4', 2026, 'CALIBRATION')]),
        {
          request: {
            query: GET_CYCLE_TRANSITION_PREVIEW,
            variables: { id: '4', status: 'CLOSED' },
          },
          result: {
            data: {
              cycleTransitionPreview: previewOf({
                from: 'CALIBRATION',
                to: 'CLOSED',
                requiredRoles: ['LEADER'],
                reasonRequired: true,
                failingCurveChecks: [
                  {
                    __typename: 'FailingCurveRule',
                    unitId: '5',
                    unitName: 'Seksi Pemerintahan',
                    organizationPredicate: 'BAIK',
                    rule: 'BAIK_AT_MOST_PERCENT_70',
                    predicates: ['BAIK'],
                    bound: 'AT_MOST_PERCENT',
                    percent: 70,
                    count: 12,
                    total: 14,
                    actualPercent: 85.71,
                  },
                ],
                warnings: [],
              }),
            },
          },
        },
        {
          request: {
            query: MOVE_CYCLE_STATUS,
            variables: { id: '4', status: 'CLOSED', reason: 'Keputusan rapat kalibrasi' },
          },
          result: { data: { setCycleStatus: cycle('4', 2026, 'CLOSED', { version: 2 }) } },
        },
        cyclesMock([cycle('4', 2026, 'CLOSED', { version: 2 })]),
      ],
      LEADER_RULES,
    );
    expect(screen.queryByTestId('create-cycle')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Pindahkan ke Ditutup…' }));
    const dialog = await screen.findByTestId('transition-dialog');
    // Worded from the API's data in the dashboard's language, never the API's English.
    const failing = await within(dialog).findByTestId('transition-failing-rules');
    expect(failing.textContent).toBe(
      'Seksi Pemerintahan (predikat organisasi Baik): Baik paling banyak 70 %; saat ini 12 dari 14 pegawai (85,7 %).',
    );
    const confirm = within(dialog).getByRole('button', { name: 'Ya, pindahkan ke Ditutup' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Alasan tertulis Camat'), {
      target: { value: 'Keputusan rapat kalibrasi' },
    });
    expect((confirm as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(confirm);
    expect(await screen.findByText('Siklus 2026 sekarang Ditutup.')).toBeTruthy();
  });

  test('refuses the page to viewers who move no cycle', () => {
    renderCycles([], [{ action: 'read', subject: 'Cycle' }]);
    expect(
      screen.getByText('Halaman ini untuk Subbagian Umum dan Kepegawaian dan Camat.'),
    ).toBeTruthy();
  });
});
