import { fireEvent, screen, within } from '@testing-library/react';
import { GET_ANALYTICS_PLACE } from '../../analytics/graphql/queries';
import { DevelopmentOverviewPage } from '../../../pages/DevelopmentOverviewPage';
import { GET_JP_BY_UNIT, GET_JP_OVERVIEW, GET_TRAINING_EFFECTS } from '../graphql/queries';
import { cyclesMock, jp, renderWithSession, user } from './fixtures';

beforeAll(() => {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? ResizeObserverStub });
});

const HR = user({ id: 'u-1', username: 'admin', roles: ['HR_ADMIN'], employee: null });
const HR_RULES = [
  { action: 'read', subject: 'TrainingEffect' },
  { action: 'read', subject: 'JpStatistics' },
  { action: 'create', subject: 'TrainingProgram' },
];

const placeMock = {
  request: { query: GET_ANALYTICS_PLACE },
  result: {
    data: {
      orgUnits: [
        { __typename: 'OrgUnit', id: '1', name: 'Kecamatan Gayungan', depth: 0 },
        { __typename: 'OrgUnit', id: '3', name: 'Seksi Pemerintahan', depth: 1 },
      ],
      me: {
        __typename: 'User',
        id: 'u-1',
        isSupervisor: false,
        roles: ['HR_ADMIN'],
        employee: null,
      },
    },
  },
};

const overviewMock = {
  request: {
    query: GET_JP_OVERVIEW,
    variables: {
      cycleId: '4',
      unitId: '1',
      belowTargetOnly: true,
      search: null,
      sort: 'NAME',
      descending: false,
      offset: 0,
      limit: 25,
    },
  },
  result: {
    data: {
      developmentHours: {
        __typename: 'JpOverview',
        year: 2026,
        yearRunningOut: false,
        totals: {
          __typename: 'JpTotals',
          employees: 76,
          pns: 65,
          jpDone: 1616,
          jpPlanned: 1756,
          pnsBelowTarget: 1,
        },
        units: [{ __typename: 'OrgUnit', id: '12', name: 'Kelurahan Ketintang' }],
        memberPage: {
          __typename: 'JpMemberPage',
          totalCount: 1,
          offset: 0,
          members: [
            {
              __typename: 'EmployeeJp',
              employeeId: '9',
              employmentType: 'PNS',
              employee: {
                __typename: 'Employee',
                id: '9',
                name: 'Taufik Utomo',
                unit: { __typename: 'OrgUnit', id: '12', name: 'Kelurahan Ketintang' },
              },
              jp: jp(0, 0, { flagged: false }),
            },
          ],
        },
      },
    },
  },
};

const byUnitMock = {
  request: { query: GET_JP_BY_UNIT, variables: { cycleId: '4' } },
  result: {
    data: {
      developmentHoursByGroup: [
        {
          __typename: 'JpGroup',
          group: 'Seksi Pemerintahan',
          employees: 8,
          jpDone: 160,
          jpPlanned: 170,
          pnsBelowTarget: 1,
          suppressed: false,
        },
        {
          __typename: 'JpGroup',
          group: 'Subbagian Umum',
          employees: null,
          jpDone: null,
          jpPlanned: null,
          pnsBelowTarget: null,
          suppressed: true,
        },
      ],
    },
  },
};

const effect = (overrides: object) => ({
  __typename: 'ProgramEffect',
  program: { __typename: 'TrainingProgram', id: '11', code: 'KOM-01', title: 'Komunikasi Publik' },
  measure: 'CORE_VALUE',
  coreValue: 'BERORIENTASI_PELAYANAN',
  completions: 10,
  measured: 9,
  improved: 7,
  unchanged: 1,
  declined: 1,
  belowBefore: 9,
  belowToMeets: 7,
  enoughData: true,
  ...overrides,
});

const effectsMock = (effects: object[]) => ({
  request: { query: GET_TRAINING_EFFECTS, variables: {} },
  result: { data: { trainingEffects: effects } },
});

const renderOverview = (effects: object[]) =>
  renderWithSession(<DevelopmentOverviewPage />, {
    me: HR,
    abilityRules: HR_RULES,
    path: '/pengembangan',
    mocks: [cyclesMock(), placeMock, overviewMock, byUnitMock, effectsMock(effects)],
  });

describe('Pengembangan ASN', () => {
  test('kecamatan JP totals, who is below target, and JP per unit with small groups hidden', async () => {
    renderOverview([]);
    // Thousands grouped as the reader's language writes them.
    expect((await screen.findByTestId('jp-totals')).textContent).toContain('JP selesai1.616');
    expect(screen.getByLabelText('Hanya di bawah target')).toHaveProperty('checked', true);
    expect(within(screen.getByTestId('jp-members')).getByText('Taufik Utomo')).toBeTruthy();
    const units = await screen.findByTestId('jp-by-unit');
    expect(units.textContent).toContain('1 unit dengan kurang dari 5 pegawai');
    fireEvent.click(within(units).getByRole('button', { name: 'Tabel' }));
    expect(within(units).getByText('Disembunyikan (kurang dari 5 pegawai)')).toBeTruthy();
  });

  test('effects: a chart, a table, the moved-from-below sentence and honest small numbers', async () => {
    renderOverview([
      effect({}),
      effect({
        program: {
          __typename: 'TrainingProgram',
          id: '12',
          code: 'ETK-02',
          title: 'Etika dan Integritas ASN',
        },
        coreValue: 'AKUNTABEL',
        completions: 3,
        measured: 3,
        improved: 1,
        unchanged: 2,
        declined: 0,
        belowBefore: 2,
        belowToMeets: 1,
        enoughData: false,
      }),
    ]);
    const highlights = await screen.findByTestId('effect-highlights');
    expect(highlights.textContent).toContain(
      'Setelah Komunikasi Publik: 7 dari 9 naik dari di bawah ekspektasi ke sesuai ekspektasi pada Berorientasi Pelayanan.',
    );
    expect(within(highlights).getByText('Data terlalu sedikit')).toBeTruthy();
    const panel = screen.getByTestId('program-effects');
    expect(within(panel).getByTestId('effects-chart')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Tabel' }));
    const rows = within(within(panel).getByTestId('effects-table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1].textContent).toContain('7 / 9');
    expect(rows[1].textContent).toContain('Cukup');
    expect(rows[2].textContent).toContain('Data terlalu sedikit');
  });

  test('no completed training yet: an empty state instead of an empty chart', async () => {
    renderOverview([]);
    expect(await screen.findByText('Belum ada pelatihan yang selesai')).toBeTruthy();
  });

  test('an employee without the right sees a notice', () => {
    renderWithSession(<DevelopmentOverviewPage />, { mocks: [cyclesMock(), placeMock] });
    expect(screen.getByText('Halaman ini untuk Admin Kepegawaian dan Pimpinan.')).toBeTruthy();
  });
});
