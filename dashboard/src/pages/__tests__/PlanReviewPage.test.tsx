import { screen } from '@testing-library/react';
import { SUPERVISOR, supervisorPlaceMock } from '../../modules/employees/__tests__/place-fixtures';
import { renderWithSession } from '../../modules/development/__tests__/fixtures';
import { GET_PLAN } from '../../modules/skp/graphql/queries';
import { PlanReviewPage } from '../PlanReviewPage';

/** A SUBMITTED SKP of Gita, whose pejabat penilai is Dewi, in a 2026 cycle of `status`. */
const planMock = (status: string) => ({
  request: { query: GET_PLAN, variables: { id: '71' } },
  result: {
    data: {
      performancePlan: {
        __typename: 'PerformancePlan',
        id: '71',
        status: 'SUBMITTED',
        approach: 'KUANTITATIF',
        returnReason: null,
        submittedAt: '2026-03-02T02:00:00.000Z',
        approvedAt: null,
        version: 4,
        resourceSupport: null,
        accountabilityScheme: null,
        consequences: null,
        employee: {
          __typename: 'Employee',
          id: '17',
          name: 'Gita Anggraini',
          position: { __typename: 'Position', id: 'p1', title: 'Pengadministrasi Umum' },
          unit: { __typename: 'OrgUnit', id: '3', name: 'Seksi Pelayanan' },
        },
        evaluator: {
          __typename: 'Employee',
          id: '5',
          name: 'Dewi Kusumawati',
          position: { __typename: 'Position', id: 'p2', title: 'Kepala Seksi Pelayanan' },
        },
        cycle: { __typename: 'Cycle', id: '4', year: 2026, status },
        workTargets: [],
        behaviorExpectations: [],
      },
    },
  },
});

const renderReview = (status: string) =>
  renderWithSession(<PlanReviewPage />, {
    me: SUPERVISOR,
    mocks: [supervisorPlaceMock, planMock(status)],
    path: '/persetujuan/71',
    route: '/persetujuan/:id',
  });

describe('PlanReviewPage', () => {
  test('the pejabat penilai decides a submitted SKP while the cycle is ACTIVE', async () => {
    renderReview('ACTIVE');
    expect(await screen.findByRole('button', { name: 'Setujui SKP' })).toBeTruthy();
    expect(screen.queryByTestId('plan-frozen-note')).toBeNull();
  });

  test('from calibration on the SKP is frozen: no decision is offered, and the page says why', async () => {
    renderReview('CALIBRATION');
    expect((await screen.findByTestId('plan-frozen-note')).textContent).toBe(
      'Siklus 2026 berstatus Kalibrasi: SKP ini dibekukan apa adanya dan tidak dapat lagi diubah, diajukan, dikembalikan, atau disetujui.',
    );
    expect(screen.queryByTestId('decision-bar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Setujui SKP' })).toBeNull();
  });
});
