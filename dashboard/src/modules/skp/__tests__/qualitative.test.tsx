import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { WorkTargetForm } from '../components/WorkTargetForm';
import { ADD_WORK_TARGET } from '../graphql/mutations';
import {
  judgementsByIndicator,
  narrativeIndicatorInput,
  narrativeProblem,
  qualitativeState,
} from '../utils/qualitative';

describe('qualitative indicators: pure pieces', () => {
  it.each([
    [false, false, 'NOT_REPORTED'],
    [true, false, 'AWAITING_JUDGEMENT'],
    [true, true, 'JUDGED'],
    // A judgement without a narrative still shows the judgement.
    [false, true, 'JUDGED'],
  ])('narrated %p, judged %p → %s', (narrated, judged, state) => {
    expect(qualitativeState({ narrated, judged })).toBe(state);
  });

  it('reads an evaluation’s judgements by indicator, skipping hidden ones', () => {
    const byIndicator = judgementsByIndicator([
      { indicator: { id: '5' }, rating: 'DI_ATAS_EKSPEKTASI' },
      { indicator: null, rating: 'SESUAI_EKSPEKTASI' },
      { indicator: { id: '6' }, rating: null },
    ]);
    expect([...byIndicator]).toEqual([['5', 'DI_ATAS_EKSPEKTASI']]);
    expect(judgementsByIndicator(null).size).toBe(0);
  });

  const LENGTH = { reason: 'LENGTH', params: { min: 1, max: 2000 } };
  it.each([
    ['', LENGTH],
    ['   ', LENGTH],
    ['x', null],
    ['n'.repeat(2000), null],
    ['n'.repeat(2001), LENGTH],
  ])('narrative %#', (text, problem) => {
    expect(narrativeProblem(text)).toEqual(problem);
  });

  it('sends a narrative indicator without numbers, keeping only the rencana aksi typed', () => {
    expect(
      narrativeIndicatorInput(
        {
          aspect: 'KUALITAS',
          description: 'Kualitas telaahan',
          narrativeTarget: 'Telaahan diterima',
          direction: 'HIGHER_IS_BETTER',
          actionPlans: [' Menyusun format ', '', '  ', 'Evaluasi'],
        },
        ['TW1', 'TW2', 'TW3', 'TW4'],
      ),
    ).toEqual({
      kind: 'KUALITATIF',
      aspect: 'KUALITAS',
      description: 'Kualitas telaahan',
      narrativeTarget: 'Telaahan diterima',
      direction: 'HIGHER_IS_BETTER',
      periodTargets: [
        { period: 'TW1', actionPlan: 'Menyusun format' },
        { period: 'TW4', actionPlan: 'Evaluasi' },
      ],
    });
  });
});

describe('WorkTargetForm with a qualitative indicator', () => {
  test('swaps the numbers for a narrative target, keeps the rencana aksi and sends no numbers', async () => {
    const input = {
      planId: '9',
      kind: 'TAMBAHAN',
      description: 'Telaahan staf untuk pimpinan',
      parentTargetId: null,
      indicators: [
        {
          kind: 'KUALITATIF',
          aspect: 'KUALITAS',
          description: 'Kualitas telaahan staf',
          narrativeTarget: 'Telaahan diterima Camat tanpa revisi mayor',
          direction: 'HIGHER_IS_BETTER',
          periodTargets: [{ period: 'TW2', actionPlan: 'Menyusun format telaahan' }],
        },
      ],
    };
    const onDone = jest.fn();
    render(
      <I18nProvider initialLanguage="id">
        <MockedProvider
          cache={createCache()}
          mocks={[
            {
              request: { query: ADD_WORK_TARGET, variables: { input } },
              result: { data: { addWorkTarget: { __typename: 'WorkTarget', id: '31' } } },
            },
          ]}
        >
          <WorkTargetForm
            planId="9"
            planVersion={1}
            parentOptions={null}
            refetchQueries={[]}
            onDone={onDone}
            onCancel={() => {}}
          />
        </MockedProvider>
      </I18nProvider>,
    );
    fireEvent.click(screen.getByLabelText('Tambahan'));
    fireEvent.change(screen.getByLabelText('Uraian RHK'), {
      target: { value: 'Telaahan staf untuk pimpinan' },
    });
    fireEvent.change(screen.getByLabelText('Jenis indikator'), { target: { value: 'KUALITATIF' } });
    // No target, unit, aggregation or quarter numbers: a narrative target and the rencana aksi.
    expect(screen.queryByLabelText('Target')).toBeNull();
    expect(screen.queryByLabelText('Satuan')).toBeNull();
    expect(screen.queryByLabelText('Target TW1')).toBeNull();
    expect(screen.getByLabelText('Rencana aksi TW1')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Aspek'), { target: { value: 'KUALITAS' } });
    fireEvent.change(screen.getByLabelText('Uraian indikator'), {
      target: { value: 'Kualitas telaahan staf' },
    });
    // An empty narrative target is refused before sending.
    fireEvent.click(screen.getByRole('button', { name: 'Simpan RHK' }));
    await screen.findByText('Periksa isian yang ditandai.');
    expect(screen.getByLabelText('Target naratif').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText('Target naratif'), {
      target: { value: 'Telaahan diterima Camat tanpa revisi mayor' },
    });
    fireEvent.change(screen.getByLabelText('Rencana aksi TW2'), {
      target: { value: 'Menyusun format telaahan' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan RHK' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });
});
