import { screen, within } from '@testing-library/react';
import { renderPage } from '../../../test-support/render';
import { ObjectionDetailPage } from '../../../pages/ObjectionsPage';
import { GET_OBJECTION } from '../graphql/objections';

const DAY = 24 * 60 * 60 * 1000;

/** The year's evaluation of Nur Rahayu by Dewi Kusumawati, under keberatan. */
const evaluation = {
  __typename: 'Evaluation',
  id: '41',
  period: 'ANNUAL',
  resultRating: 'DI_BAWAH_EKSPEKTASI',
  behaviorRating: 'SESUAI_EKSPEKTASI',
  predicate: 'BUTUH_PERBAIKAN',
  predicateLevel: 2,
  achievement: 61.5,
  suggestedResultRating: 'DI_BAWAH_EKSPEKTASI',
  differsFromSuggestion: false,
  unreportedIndicators: 0,
  judgements: [],
  summary: 'Realisasi di bawah target.',
  finalizationReason: null,
  status: 'FINAL',
  version: 2,
  revision: 0,
  finalizedAt: '2027-01-05T02:00:00.000Z',
  acknowledgedAt: null,
  supersededAt: null,
  employee: { __typename: 'Employee', id: '37', name: 'Nur Rahayu' },
  evaluator: { __typename: 'Employee', id: '5', name: 'Dewi Kusumawati' },
  cycle: { __typename: 'Cycle', id: 'c2026', year: 2026, status: 'ACTIVE' },
  feedback: [],
  revisionOf: null,
  objection: null,
  organizationPredicate: null,
  plan: {
    __typename: 'PerformancePlan',
    id: '71',
    workTargets: [
      {
        __typename: 'WorkTarget',
        id: 'w1',
        description: 'Pelayanan administrasi kependudukan',
        indicators: [
          {
            __typename: 'Indicator',
            id: 'i1',
            description: 'Rata-rata waktu layanan',
            unit: 'hari',
            realization: null,
            achievement: 74,
            result: { __typename: 'IndicatorResult', value: 5.4, reported: true },
            realizations: [
              {
                __typename: 'Realization',
                id: 'r1',
                period: 'TW2',
                evidenceUrl: 'https://arsip.example.go.id/tw2',
              },
            ],
          },
          {
            __typename: 'Indicator',
            id: 'i2',
            description: 'Dokumen terverifikasi',
            unit: 'dokumen',
            realization: {
              __typename: 'Realization',
              id: 'r9',
              value: 1250,
              narrative: null,
              evidenceUrl: null,
            },
            achievement: 96,
            result: { __typename: 'IndicatorResult', value: 1250, reported: true },
            realizations: [],
          },
        ],
      },
    ],
  },
};

function objection(overrides: Record<string, unknown>) {
  return {
    __typename: 'Objection',
    id: '5',
    status: 'FILED',
    filedAt: '2027-01-08T03:00:00.000Z',
    respondedAt: null,
    daysWaiting: 3,
    canDecideFrom: null,
    decideBy: null,
    decisionDaysLeft: null,
    decidedOutside: false,
    viewerCanRespond: false,
    viewerCanDecide: false,
    viewerCanRecordExternal: false,
    employee: { __typename: 'Employee', id: '37', name: 'Nur Rahayu' },
    reason: 'Realisasi triwulan IV belum dihitung.',
    response: null,
    version: 1,
    decidedAt: null,
    decisionReason: null,
    externalDecider: null,
    externalReferenceNumber: null,
    externalDecisionDate: null,
    decider: null,
    revisedEvaluation: null,
    evaluation,
    ...overrides,
  };
}

const renderDetail = (overrides: Record<string, unknown>) =>
  renderPage(<ObjectionDetailPage />, {
    path: '/keberatan/5',
    route: '/keberatan/:id',
    mocks: [
      {
        request: { query: GET_OBJECTION, variables: { id: '5' } },
        result: { data: { objection: objection(overrides) } },
      },
    ],
  });

describe('ObjectionDetailPage', () => {
  test('each indicator shows its year as the evaluation counted it, with the quarters’ evidence', async () => {
    renderDetail({});
    const realizations = await screen.findByRole('heading', {
      name: 'Realisasi tahunan per indikator',
    });
    const list = within(realizations.closest('section')!).getAllByRole('listitem');
    expect(list.map((item) => item.textContent)).toEqual([
      'Rata-rata waktu layanan: 5,4 hari (dihitung dari triwulan) · capaian 74 % · Bukti TW II',
      'Dokumen terverifikasi: 1.250 dokumen · capaian 96 %',
    ]);
    expect(within(list[0]).getByRole('link').getAttribute('href')).toBe(
      'https://arsip.example.go.id/tw2',
    );
  });

  test('the atasan waits for the response or its 7 days before the decision form opens', async () => {
    renderDetail({
      viewerCanDecide: true,
      canDecideFrom: new Date(Date.now() + 4 * DAY).toISOString(),
    });
    expect((await screen.findByTestId('objection-wait')).textContent).toMatch(
      /^Keputusan dapat diambil setelah tanggapan/,
    );
    expect(screen.queryByRole('button', { name: 'Simpan keputusan' })).toBeNull();
    expect(screen.getByTestId('objection-response').textContent).toContain(
      'Pejabat penilai belum memberi tanggapan.',
    );
  });

  test('once decidable, the atasan gets the decision form', async () => {
    renderDetail({
      viewerCanDecide: true,
      canDecideFrom: new Date(Date.now() - DAY).toISOString(),
    });
    expect(await screen.findByRole('button', { name: 'Simpan keputusan' })).toBeTruthy();
    expect(screen.queryByTestId('objection-wait')).toBeNull();
  });

  test('a decided keberatan shows its outcome and says no response was given, with no form', async () => {
    renderDetail({
      status: 'REJECTED',
      decidedAt: '2027-01-20T03:00:00.000Z',
      decisionReason: 'Penilaian sudah sesuai bukti.',
      decider: { __typename: 'Employee', id: '2', name: 'Bambang Sutrisno' },
      viewerCanDecide: false,
    });
    const outcome = await screen.findByTestId('objection-outcome');
    expect(outcome.textContent).toContain('Bambang Sutrisno');
    expect(outcome.textContent).toContain('Penilaian sudah sesuai bukti.');
    expect(screen.getByTestId('objection-response').textContent).toContain(
      'Pejabat penilai tidak memberi tanggapan sebelum keberatan diputus.',
    );
    expect(screen.queryByRole('button', { name: 'Simpan keputusan' })).toBeNull();
  });
});
