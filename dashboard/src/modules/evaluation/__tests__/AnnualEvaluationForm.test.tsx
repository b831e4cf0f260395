import { render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '../../api/client';
import { I18nProvider, type Language } from '../../i18n';
import { EvaluationForm } from '../components/EvaluationForm';
import { GET_ANNUAL_CONTEXT } from '../graphql/annual';
import type { QuarterResultFieldsFragment } from '../../api/generated/graphql';
import type { AnnualContext, FormPlan } from '../types';

const PLAN: FormPlan = {
  __typename: 'PerformancePlan',
  id: '41',
  status: 'APPROVED',
  // The year so far: 80 % is below expectation on its own.
  achievement: 80,
  employee: {
    __typename: 'Employee',
    id: '12',
    name: 'Rina Kartika',
    position: { __typename: 'Position', id: '3', title: 'Pengadministrasi Umum' },
    unit: {
      __typename: 'OrgUnit',
      id: '5',
      name: 'Seksi Pemerintahan',
      head: { __typename: 'Employee', id: '7' },
    },
  },
  evaluator: { __typename: 'Employee', id: '7', name: 'Kasi' },
  cycle: {
    __typename: 'Cycle',
    id: '4',
    year: 2026,
    status: 'ACTIVE',
    meetsThreshold: 90,
    exceedsThreshold: 110,
    reportablePeriods: ['TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL'],
  },
  workTargets: [
    {
      __typename: 'WorkTarget',
      id: '900',
      kind: 'UTAMA',
      description: 'Tersusunnya surat pelayanan',
      indicators: [
        {
          __typename: 'Indicator',
          id: '901',
          kind: 'KUANTITATIF',
          aspect: 'KUANTITAS',
          description: 'Surat selesai',
          target: 1944,
          narrativeTarget: null,
          periodTarget: 1944,
          unit: 'surat',
          achievement: 80,
          result: {
            __typename: 'IndicatorPeriodResult',
            value: 1555,
            derivedValue: 1555,
            reported: true,
          },
          realization: null,
        },
      ],
    },
  ],
  behaviorExpectations: [],
};

const result = (
  period: QuarterResultFieldsFragment['period'],
  value: number | null,
  achievement: number | null,
): QuarterResultFieldsFragment => ({
  __typename: 'IndicatorPeriodResult',
  period,
  target: 486,
  value,
  reported: value !== null,
  achievement,
});

const quarter = (period: 'TW1' | 'TW2' | 'TW3', summary: string | null) => ({
  __typename: 'Evaluation' as const,
  id: `q-${period}`,
  period,
  resultRating: 'SESUAI_EKSPEKTASI' as const,
  behaviorRating: 'DI_ATAS_EKSPEKTASI' as const,
  predicate: 'BAIK' as const,
  achievement: 100,
  summary,
  status: 'FINAL' as const,
});

const context = (
  organizationPredicate: AnnualContext['organizationPredicate'] = null,
): AnnualContext => ({
  __typename: 'PerformancePlan',
  id: '41',
  organizationPredicate,
  quarterEvaluations: [
    quarter('TW1', 'Laporan tepat waktu.'),
    quarter('TW2', null),
    quarter('TW3', null),
  ],
  workTargets: [
    {
      __typename: 'WorkTarget',
      id: '900',
      indicators: [
        {
          __typename: 'Indicator',
          id: '901',
          description: 'Surat selesai',
          unit: 'surat',
          tw1: result('TW1', 486, 100),
          tw2: result('TW2', 486, 100),
          tw3: result('TW3', 583, 120),
          tw4: result('TW4', null, null),
        },
      ],
    },
  ],
});

function renderAnnual(data: AnnualContext, language: Language = 'id', plan: FormPlan = PLAN) {
  return render(
    <I18nProvider initialLanguage={language}>
      <MockedProvider
        cache={createCache()}
        mocks={[
          {
            request: { query: GET_ANNUAL_CONTEXT, variables: { planId: '41' } },
            result: { data: { performancePlan: data } },
          },
        ]}
      >
        <EvaluationForm plan={plan} period="ANNUAL" evaluation={null} onReload={() => {}} />
      </MockedProvider>
    </I18nProvider>,
  );
}

describe('the annual evaluation form', () => {
  test('shows TW1–TW4 beside the year: ratings, predicate, feedback, each quarter’s own target, belum dinilai', async () => {
    renderAnnual(context());
    const quarters = await screen.findAllByTestId('quarter-card');
    expect(quarters.map((card) => card.getAttribute('data-period'))).toEqual([
      'TW1',
      'TW2',
      'TW3',
      'TW4',
    ]);
    const [tw1, , tw3, tw4] = quarters;
    expect(within(tw1).getByTestId('quarter-predicate').textContent).toBe('Baik');
    expect(within(tw1).getByTestId('quarter-result').textContent).toBe('Sesuai ekspektasi');
    expect(tw1.textContent).toContain('Laporan tepat waktu.');
    // A quarter against its own target: 486 of 486 is 100 %, never a quarter of the year.
    expect(within(tw1).getByTestId('quarter-indicator-result').textContent).toBe(
      'Target 486 surat · realisasi 486 surat · capaian 100 %',
    );
    expect(within(tw3).getByTestId('quarter-indicator-result').textContent).toBe(
      'Target 486 surat · realisasi 583 surat · capaian 120 %',
    );
    expect(within(tw4).getByTestId('quarter-not-evaluated').textContent).toBe('Belum dinilai');
    expect(within(tw4).getByTestId('quarter-indicator-result').textContent).toBe(
      'Target 486 surat · belum dilaporkan',
    );
    // 80 % alone is below; with three final SESUAI quarters, half each: (1 + 2) / 2 → SESUAI.
    expect(screen.getByTestId('suggested-rating').textContent).toContain(
      'Saran rating hasil kerja: Sesuai ekspektasi.',
    );
    const basis = screen.getByTestId('suggestion-basis');
    expect(basis.getAttribute('data-basis')).toBe('ACHIEVEMENT_AND_QUARTERS');
    expect(basis.textContent).toBe(
      'Dari capaian tahunan dan penilaian triwulan (3 triwulan final), masing-masing separuh.',
    );
  });

  test('a unit head’s suggestion follows the recorded organisation predicate, in words (English too)', async () => {
    const predicate = {
      __typename: 'OrganizationPredicate' as const,
      id: '3',
      predicate: 'BAIK' as const,
      unit: { __typename: 'OrgUnit' as const, id: '5', name: 'Seksi Pemerintahan' },
    };
    const { unmount } = renderAnnual(context(predicate));
    const basis = await screen.findByTestId('suggestion-basis');
    expect(basis.getAttribute('data-basis')).toBe('ORGANIZATION_PREDICATE');
    expect(basis.textContent).toBe(
      'Mengikuti predikat kinerja organisasi Seksi Pemerintahan: Baik.',
    );
    unmount();
    renderAnnual(context(predicate), 'en');
    expect((await screen.findByTestId('suggestion-basis')).textContent).toBe(
      'Follows the organisation predicate of Seksi Pemerintahan: Good.',
    );
    expect(screen.getAllByTestId('quarter-not-evaluated')[0].textContent).toBe('Not evaluated yet');
  });

  test('without an annual achievement the suggestion rests on the quarters alone, and says so', async () => {
    renderAnnual(context(), 'id', { ...PLAN, achievement: null });
    const basis = await screen.findByTestId('suggestion-basis');
    expect(basis.getAttribute('data-basis')).toBe('ACHIEVEMENT_AND_QUARTERS');
    expect(basis.textContent).toBe(
      'Dari penilaian triwulan (3 triwulan final); capaian tahunan belum ada.',
    );
    expect(screen.getByTestId('suggested-rating').textContent).toContain('Sesuai ekspektasi');
  });
});
