import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPage } from '../../../test-support/render';
import { MOVE_CYCLE_STATUS } from '../../cycles/graphql/mutations';
import { GET_CYCLE_TRANSITION_PREVIEW } from '../../cycles/graphql/queries';
import { CycleStatusStep } from '../components/CycleStatusStep';

const cycle = (status: 'ACTIVE' | 'CALIBRATION') => ({
  __typename: 'Cycle' as const,
  id: '4',
  year: 2026,
  status,
  currentPeriod: null,
  reportablePeriods: [],
});

const preview = (to: 'CALIBRATION' | 'CLOSED', overrides: object = {}) => ({
  __typename: 'CycleTransitionPreview',
  cycleId: '4',
  from: to === 'CALIBRATION' ? 'ACTIVE' : 'CALIBRATION',
  to,
  allowed: true,
  refusalReason: null,
  requiredRoles: ['HR_ADMIN', 'LEADER'],
  reasonRequired: false,
  effects: ['PLANS_FROZEN', 'IRREVERSIBLE'],
  warnings: [
    {
      __typename: 'CycleTransitionWarning',
      kind: 'EMPLOYEES_WITHOUT_PLAN',
      period: null,
      count: 2,
    },
    { __typename: 'CycleTransitionWarning', kind: 'PLANS_NOT_APPROVED', period: null, count: 5 },
  ],
  plans: {
    __typename: 'CyclePlanCounts',
    draft: 3,
    submitted: 2,
    returned: 0,
    approved: 61,
    withoutPlan: 2,
  },
  evaluations: [],
  openObjections: 0,
  failingCurveChecks: [],
  ...overrides,
});

const moved = jest.fn();
const mocks = (to: 'CALIBRATION' | 'CLOSED', reason: string | null, previewOverrides = {}) => [
  {
    request: { query: GET_CYCLE_TRANSITION_PREVIEW, variables: { id: '4', status: to } },
    result: { data: { cycleTransitionPreview: preview(to, previewOverrides) } },
  },
  {
    request: { query: MOVE_CYCLE_STATUS, variables: { id: '4', status: to, reason } },
    result: () => {
      moved(to, reason);
      return {
        data: {
          setCycleStatus: {
            __typename: 'Cycle',
            id: '4',
            year: 2026,
            status: to,
            meetsThreshold: 90,
            exceedsThreshold: 110,
            version: 2,
            periods: [],
          },
        },
      };
    },
  },
];

beforeEach(() => moved.mockClear());

describe('CycleStatusStep (calibration page)', () => {
  test('"Mulai kalibrasi" moves nothing in one click: it confirms over the API’s counts first', async () => {
    renderPage(<CycleStatusStep cycle={cycle('ACTIVE')} curveFails={false} />, {
      mocks: mocks('CALIBRATION', null),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Mulai kalibrasi' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Pindahkan siklus 2026 ke Kalibrasi?',
    });
    const warnings = await within(dialog).findByTestId('transition-warnings');
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '2 pegawai aktif belum memiliki SKP.',
      expect.stringContaining('5 SKP belum disetujui'),
    ]);
    expect(within(dialog).getByTestId('transition-effects').textContent).toContain(
      'Langkah ini tidak dapat dibatalkan.',
    );
    expect(moved).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ya, pindahkan ke Kalibrasi' }));
    await waitFor(() => expect(moved).toHaveBeenCalledWith('CALIBRATION', null));
    expect(await screen.findByText('Siklus masuk tahap kalibrasi.')).toBeTruthy();
  });

  test('cancelling changes nothing', async () => {
    renderPage(<CycleStatusStep cycle={cycle('ACTIVE')} curveFails={false} />, {
      mocks: mocks('CALIBRATION', null),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Mulai kalibrasi' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByTestId('transition-warnings');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(moved).not.toHaveBeenCalled();
  });

  test('closing with a failing curve waits for the Camat’s written reason and sends it', async () => {
    const reason = 'Unit baru dibentuk tahun ini';
    renderPage(<CycleStatusStep cycle={cycle('CALIBRATION')} curveFails />, {
      mocks: mocks('CLOSED', reason, { reasonRequired: true }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tutup siklus' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pindahkan siklus 2026 ke Ditutup?' });
    const confirm = await within(dialog).findByRole<HTMLButtonElement>('button', {
      name: 'Ya, pindahkan ke Ditutup',
    });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Alasan tertulis Camat'), {
      target: { value: reason },
    });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(moved).toHaveBeenCalledWith('CLOSED', reason));
  });
});
