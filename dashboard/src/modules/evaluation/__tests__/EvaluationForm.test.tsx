import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { EvaluationForm } from '../components/EvaluationForm';
import { FINALIZE_EVALUATION, SAVE_EVALUATION } from '../graphql/mutations';
import type { FormPlan } from '../types';
import type { EvaluationFieldsFragment } from '../../api/generated/graphql';

const PLAN: FormPlan = {
  __typename: 'PerformancePlan',
  id: '41',
  status: 'APPROVED',
  achievement: 95,
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
    reportablePeriods: ['TW1', 'TW2', 'TW3', 'TW4'],
  },
  workTargets: [
    {
      __typename: 'WorkTarget',
      id: '900',
      kind: 'UTAMA',
      description: 'Tersusunnya laporan pelayanan',
      indicators: [
        {
          __typename: 'Indicator',
          id: '901',
          kind: 'KUANTITATIF',
          aspect: 'KUANTITAS',
          description: 'Laporan selesai',
          target: 4,
          narrativeTarget: null,
          periodTarget: null,
          unit: 'dokumen',
          achievement: 95,
          result: null,
          realization: {
            __typename: 'Realization',
            id: '902',
            value: 3.8,
            narrative: null,
            evidenceUrl: 'https://drive.example/bukti',
            note: null,
          },
        },
      ],
    },
  ],
  behaviorExpectations: [
    {
      __typename: 'BehaviorExpectation',
      id: '950',
      coreValue: 'AKUNTABEL',
      name: 'Akuntabel',
      guides: ['Melaksanakan tugas dengan jujur'],
      specificExpectation: null,
    },
  ],
};

const evaluation = (version: number, summary: string): EvaluationFieldsFragment => ({
  __typename: 'Evaluation',
  id: '77',
  period: 'TW4',
  resultRating: 'SESUAI_EKSPEKTASI',
  behaviorRating: 'SESUAI_EKSPEKTASI',
  predicate: 'BAIK',
  predicateLevel: 4,
  achievement: 95,
  suggestedResultRating: 'SESUAI_EKSPEKTASI',
  differsFromSuggestion: false,
  unreportedIndicators: 0,
  judgements: [],
  summary,
  finalizationReason: null,
  status: 'DRAFT',
  version,
  revision: 0,
  finalizedAt: null,
  acknowledgedAt: null,
  supersededAt: null,
  employee: { __typename: 'Employee', id: '12', name: 'Rina Kartika' },
  evaluator: { __typename: 'Employee', id: '7', name: 'Kasi' },
  cycle: { __typename: 'Cycle', id: '4', year: 2026, status: 'ACTIVE' },
  plan: { __typename: 'PerformancePlan', id: '41' },
  feedback: [],
  revisionOf: null,
  objection: null,
  organizationPredicate: null,
});

const input = (summary: string, version: number) => ({
  planId: '41',
  period: 'TW4',
  resultRating: 'SESUAI_EKSPEKTASI',
  behaviorRating: 'SESUAI_EKSPEKTASI',
  summary,
  targetFeedback: [],
  valueFeedback: [],
  judgements: [],
  version,
});

describe('EvaluationForm', () => {
  test('keeps the version of the last response; a CONFLICT offers a reload and keeps the text', async () => {
    const onReload = jest.fn();
    render(
      <I18nProvider initialLanguage="id">
        <MockedProvider
          cache={createCache()}
          mocks={[
            {
              request: { query: SAVE_EVALUATION, variables: { input: input('Kinerja baik.', 3) } },
              result: { data: { saveEvaluation: evaluation(4, 'Kinerja baik.') } },
            },
            {
              request: {
                query: SAVE_EVALUATION,
                variables: { input: input('Kinerja baik sekali.', 4) },
              },
              result: {
                errors: [
                  new GraphQLError(
                    'Evaluation 77 was changed by someone else (your version 4 is stale); reload and try again',
                    { extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } },
                  ),
                ],
              },
            },
          ]}
        >
          <EvaluationForm
            plan={PLAN}
            period="TW4"
            evaluation={evaluation(3, '')}
            onReload={onReload}
          />
        </MockedProvider>
      </I18nProvider>,
    );

    // The saved ratings preview their predicate straight away.
    expect(screen.getByTestId('predicate-preview-value').textContent).toBe('Baik');
    const summary = screen.getByLabelText('Ringkasan penilaian');
    fireEvent.change(summary, { target: { value: 'Kinerja baik.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    await screen.findByText('Draf penilaian tersimpan.');

    fireEvent.change(summary, { target: { value: 'Kinerja baik sekali.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    await screen.findByText(/Data ini baru saja diubah orang lain/);
    expect(screen.getByLabelText<HTMLTextAreaElement>('Ringkasan penilaian').value).toBe(
      'Kinerja baik sekali.',
    );
    // Saving again would only fail again: the buttons wait for the reload.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Simpan draf' }).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  test.each([
    [2099, true],
    [2020, false],
  ])(
    'a %d TW4 evaluation: Finalkan waits for the period to end (%p) and says from when',
    (year, running) => {
      const plan: FormPlan = { ...PLAN, cycle: { ...PLAN.cycle!, year } };
      render(
        <I18nProvider initialLanguage="id">
          <MockedProvider cache={createCache()} mocks={[]}>
            <EvaluationForm plan={plan} period="TW4" evaluation={null} onReload={() => {}} />
          </MockedProvider>
        </I18nProvider>,
      );
      const finalize = screen.getByRole<HTMLButtonElement>('button', { name: 'Finalkan' });
      expect(finalize.disabled).toBe(running);
      const hint = screen.queryByTestId('finalize-from');
      if (running) expect(hint?.textContent).toContain(`1 Jan ${year + 1}`);
      else expect(hint).toBeNull();
    },
  );

  test('the preview follows the ratings; both are required before saving', async () => {
    render(
      <I18nProvider initialLanguage="id">
        <MockedProvider cache={createCache()} mocks={[]}>
          <EvaluationForm plan={PLAN} period="TW4" evaluation={null} onReload={() => {}} />
        </MockedProvider>
      </I18nProvider>,
    );
    expect(screen.getByTestId('predicate-preview').textContent).toContain(
      'Pilih kedua rating untuk melihat predikat.',
    );
    fireEvent.change(screen.getByLabelText('Rating hasil kerja'), {
      target: { value: 'DI_ATAS_EKSPEKTASI' },
    });
    fireEvent.change(screen.getByLabelText('Rating perilaku kerja'), {
      target: { value: 'DI_BAWAH_EKSPEKTASI' },
    });
    expect(screen.getByTestId('predicate-preview-value').textContent).toBe('Kurang/Misconduct');
    expect(screen.getByTestId('differs-note')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Rating perilaku kerja'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Rating perilaku kerja').getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    expect(screen.getByText('Pilih rating.')).toBeTruthy();
  });

  test('warns (without blocking) when two values are below expectation but the behaviour rating is not', async () => {
    const plan: FormPlan = {
      ...PLAN,
      behaviorExpectations: [
        ...(PLAN.behaviorExpectations ?? []),
        {
          __typename: 'BehaviorExpectation',
          id: '951',
          coreValue: 'KOMPETEN',
          name: 'Kompeten',
          guides: ['Meningkatkan kompetensi diri'],
          specificExpectation: null,
        },
      ],
    };
    render(
      <I18nProvider initialLanguage="id">
        <MockedProvider cache={createCache()} mocks={[]}>
          <EvaluationForm plan={plan} period="TW4" evaluation={null} onReload={() => {}} />
        </MockedProvider>
      </I18nProvider>,
    );
    const rateValue = (name: string, rating: string) =>
      fireEvent.change(screen.getByLabelText(`Penilaian ${name}`), {
        target: { value: rating },
      });
    fireEvent.change(screen.getByLabelText('Rating perilaku kerja'), {
      target: { value: 'SESUAI_EKSPEKTASI' },
    });
    rateValue('Akuntabel', 'DI_BAWAH_EKSPEKTASI');
    expect(screen.queryByTestId('behavior-mismatch')).toBeNull();
    rateValue('Kompeten', 'DI_BAWAH_EKSPEKTASI');
    expect(screen.getByTestId('behavior-mismatch').textContent).toContain(
      '2 nilai BerAKHLAK dinilai di bawah ekspektasi',
    );
    // Saving stays possible: the button is not disabled by the warning.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Simpan draf' }).disabled).toBe(
      false,
    );
    fireEvent.change(screen.getByLabelText('Rating perilaku kerja'), {
      target: { value: 'DI_BAWAH_EKSPEKTASI' },
    });
    await waitFor(() => expect(screen.queryByTestId('behavior-mismatch')).toBeNull());
  });

  test('judges each qualitative indicator beside its narratives, sends the judgements and counts them in the suggestion', async () => {
    const plan: FormPlan = {
      ...PLAN,
      achievement: 100,
      workTargets: [
        {
          __typename: 'WorkTarget',
          id: '900',
          kind: 'UTAMA',
          description: 'Tersusunnya laporan pelayanan',
          indicators: [
            {
              __typename: 'Indicator',
              id: '901',
              kind: 'KUANTITATIF',
              aspect: 'KUANTITAS',
              description: 'Laporan selesai',
              target: 4,
              narrativeTarget: null,
              periodTarget: null,
              unit: 'dokumen',
              achievement: 100,
              result: null,
              realization: null,
            },
            {
              __typename: 'Indicator',
              id: '905',
              kind: 'KUALITATIF',
              aspect: 'KUALITAS',
              description: 'Kualitas telaahan staf',
              target: null,
              narrativeTarget: 'Telaahan diterima Camat tanpa revisi mayor',
              periodTarget: null,
              unit: '',
              achievement: null,
              result: null,
              realization: {
                __typename: 'Realization',
                id: '906',
                value: null,
                narrative: 'Tiga telaahan diterima tanpa revisi',
                evidenceUrl: null,
                note: 'Disposisi Camat',
              },
            },
            {
              __typename: 'Indicator',
              id: '907',
              kind: 'KUALITATIF',
              aspect: 'KUALITAS',
              description: 'Inovasi layanan',
              target: null,
              narrativeTarget: 'Satu inovasi layanan berjalan',
              periodTarget: null,
              unit: '',
              achievement: null,
              result: null,
              realization: null,
            },
          ],
        },
      ],
    };
    const sent = {
      ...input('', 0),
      summary: null,
      resultRating: 'DI_ATAS_EKSPEKTASI',
      judgements: [
        { indicatorId: '905', rating: 'DI_ATAS_EKSPEKTASI' },
        { indicatorId: '907', rating: 'DI_ATAS_EKSPEKTASI' },
      ],
    };
    delete (sent as { version?: number }).version;
    render(
      <I18nProvider initialLanguage="id">
        <MockedProvider
          cache={createCache()}
          mocks={[
            {
              request: { query: SAVE_EVALUATION, variables: { input: sent } },
              result: {
                errors: [
                  new GraphQLError('Bad input', {
                    extensions: {
                      code: 'BAD_USER_INPUT',
                      reason: 'INVALID_INPUT',
                      fields: [
                        { field: 'judgements[1].indicatorId', reason: 'NOT_QUALITATIVE_INDICATOR' },
                      ],
                    },
                  }),
                ],
              },
            },
          ]}
        >
          <EvaluationForm plan={plan} period="TW4" evaluation={null} onReload={() => {}} />
        </MockedProvider>
      </I18nProvider>,
    );
    // The narratives, not a percentage, and the judgement select of each qualitative indicator.
    const reviews = screen.getAllByTestId('qualitative-review');
    expect(reviews).toHaveLength(2);
    expect(reviews[0].textContent).toContain('Telaahan diterima Camat tanpa revisi mayor');
    expect(reviews[0].textContent).toContain('Tiga telaahan diterima tanpa revisi');
    expect(reviews[1].textContent).toContain('Belum dilaporkan');
    // Before any judgement: the numeric 100 % alone suggests SESUAI; both qualitative left out.
    expect(screen.getByTestId('suggested-rating').textContent).toContain('Sesuai ekspektasi');
    expect(screen.queryByTestId('unreported-note')).toBeNull();
    expect(screen.getByTestId('suggestion-counts-judgements').textContent).toContain(
      '1 indikator kuantitatif dan 0 penilaian indikator kualitatif (2 belum dinilai',
    );
    const judge = (name: string, rating: string) =>
      fireEvent.change(screen.getByLabelText(`Penilaian indikator ${name}`), {
        target: { value: rating },
      });
    // One DI_ATAS beside one numeric SESUAI is a tie: still SESUAI.
    judge('Kualitas telaahan staf', 'DI_ATAS_EKSPEKTASI');
    expect(screen.getByTestId('suggested-rating').textContent).toContain('Sesuai ekspektasi');
    expect(screen.getByTestId('suggestion-counts-judgements').textContent).toContain(
      '1 indikator kuantitatif dan 1 penilaian',
    );
    // Two DI_ATAS outweigh it.
    judge('Inovasi layanan', 'DI_ATAS_EKSPEKTASI');
    expect(screen.getByTestId('suggested-rating').textContent).toContain('Di atas ekspektasi');
    expect(screen.getByTestId('suggestion-counts-judgements').textContent).toContain(
      '(0 belum dinilai',
    );

    fireEvent.change(screen.getByLabelText('Rating hasil kerja'), {
      target: { value: 'DI_ATAS_EKSPEKTASI' },
    });
    fireEvent.change(screen.getByLabelText('Rating perilaku kerja'), {
      target: { value: 'SESUAI_EKSPEKTASI' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    // The API's refusal of the second judgement shows beside its select.
    await waitFor(() =>
      expect(
        screen.getByLabelText('Penilaian indikator Inovasi layanan').getAttribute('aria-invalid'),
      ).toBe('true'),
    );
    expect(screen.getByText('Bukan indikator kualitatif SKP ini.')).toBeTruthy();
  });

  describe('finalising', () => {
    // A 2020 TW4 has ended: Finalkan is enabled. Saving first, then finalising with the new version.
    const ended = (achievement: number | null): FormPlan => ({
      ...PLAN,
      achievement,
      cycle: { ...PLAN.cycle!, year: 2020 },
      workTargets: PLAN.workTargets!.map((target) => ({
        ...target,
        indicators: target.indicators!.map((indicator) => ({
          ...indicator,
          achievement,
          realization: achievement === null ? null : indicator.realization,
        })),
      })),
    });
    const finalized = { ...evaluation(4, ''), status: 'FINAL' as const };
    // Answers the finalisation only when its variables match (the reason trimmed, or null).
    const finalizeResult = jest.fn((reason: string | null) => ({
      data: { finalizeEvaluation: { ...finalized, finalizationReason: reason } },
    }));
    const mocks = (reason: string | null) => [
      {
        request: {
          query: SAVE_EVALUATION,
          variables: { input: { ...input('', 3), summary: null } },
        },
        result: { data: { saveEvaluation: evaluation(4, '') } },
      },
      {
        request: { query: FINALIZE_EVALUATION, variables: { id: '77', version: 4, reason } },
        result: () => finalizeResult(reason),
      },
    ];
    beforeEach(() => finalizeResult.mockClear());
    const renderForm = (plan: FormPlan, reason: string | null) =>
      render(
        <I18nProvider initialLanguage="id">
          <MockedProvider cache={createCache()} mocks={mocks(reason)}>
            <EvaluationForm
              plan={plan}
              period="TW4"
              evaluation={evaluation(3, '')}
              onReload={() => {}}
            />
          </MockedProvider>
        </I18nProvider>,
      );

    test('asks to confirm, says what happens, and needs no reason when the numbers agree', async () => {
      renderForm(ended(95), null);
      fireEvent.click(screen.getByRole('button', { name: 'Finalkan' }));
      const dialog = screen.getByRole('dialog', { name: 'Finalkan penilaian Rina Kartika?' });
      expect(dialog.textContent).toContain('tidak dapat diubah kecuali melalui keberatan');
      expect(screen.queryByTestId('finalization-reason-field')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Ya, finalkan' }));
      await waitFor(() => expect(finalizeResult).toHaveBeenCalledWith(null));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    });

    test('cancelling sends nothing', () => {
      renderForm(ended(95), null);
      fireEvent.click(screen.getByRole('button', { name: 'Finalkan' }));
      fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(finalizeResult).not.toHaveBeenCalled();
    });

    test('with an indicator belum dilaporkan, asks for a written reason and sends it', async () => {
      renderForm(ended(null), 'Laporan diserahkan di luar aplikasi');
      fireEvent.click(screen.getByRole('button', { name: 'Finalkan' }));
      const field = screen.getByTestId('finalization-reason-field');
      expect(field.textContent).toContain('1 indikator belum dilaporkan atau belum dinilai');
      // Without a reason nothing is sent: the dialog stays and marks the field.
      fireEvent.click(screen.getByRole('button', { name: 'Ya, finalkan' }));
      const reason = screen.getByLabelText('Alasan finalisasi');
      expect(reason.getAttribute('aria-invalid')).toBe('true');
      // Styled like every other text field (it was a bare browser textarea).
      expect(reason.className).toBe('input textarea');
      expect(screen.getByText('Tulis alasan sebelum memfinalkan.')).toBeTruthy();
      expect(finalizeResult).not.toHaveBeenCalled();
      fireEvent.change(reason, { target: { value: '  Laporan diserahkan di luar aplikasi ' } });
      fireEvent.click(screen.getByRole('button', { name: 'Ya, finalkan' }));
      await waitFor(() =>
        expect(finalizeResult).toHaveBeenCalledWith('Laporan diserahkan di luar aplikasi'),
      );
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    });

    test('with an achievement far from the chosen rating, names both and asks for a reason', () => {
      renderForm(ended(60), null);
      fireEvent.click(screen.getByRole('button', { name: 'Finalkan' }));
      expect(screen.getByTestId('finalization-reason-field').textContent).toContain(
        'Capaian 60 % jauh dari rating hasil kerja "Sesuai ekspektasi"',
      );
    });
  });
});
