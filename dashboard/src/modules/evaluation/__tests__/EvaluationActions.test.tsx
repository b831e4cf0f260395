import { act, fireEvent, screen, within } from '@testing-library/react';
import type { EvaluationFieldsFragment } from '../../api/generated/graphql';
import { EvaluationActions } from '../../../pages/MyEvaluationsPage';
import { renderPage } from '../../../test-support/render';
import { ACKNOWLEDGE_EVALUATION } from '../graphql/mutations';

const finalEvaluation = (period: EvaluationFieldsFragment['period'], finalizedAt: string) =>
  ({
    __typename: 'Evaluation',
    id: '41',
    period,
    predicate: 'BAIK',
    status: 'FINAL',
    revision: 0,
    supersededAt: null,
    finalizedAt,
    objection: null,
    feedback: [],
    cycle: { __typename: 'Cycle', id: 'c2026', year: 2026 },
  }) as unknown as EvaluationFieldsFragment;

const acknowledged = jest.fn(() => ({
  data: {
    acknowledgeEvaluation: {
      __typename: 'Evaluation',
      id: '41',
      status: 'ACKNOWLEDGED',
      acknowledgedAt: '2026-12-07T08:00:00.000Z',
      version: 3,
    },
  },
}));
const ACKNOWLEDGE = {
  request: { query: ACKNOWLEDGE_EVALUATION, variables: { id: '41' } },
  result: acknowledged,
};

describe('acknowledging an evaluation (Penilaian Saya)', () => {
  beforeEach(() => acknowledged.mockClear());

  test('asks first: cancelling sends nothing, confirming acknowledges it', async () => {
    renderPage(<EvaluationActions evaluation={finalEvaluation('TW3', '2026-10-20T02:00:00Z')} />, {
      mocks: [ACKNOWLEDGE],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Terima penilaian' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Terima penilaian Triwulan III 2026?')).toBeTruthy();
    expect(within(dialog).getByText(/tidak dapat dibatalkan\.$/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(acknowledged).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Terima penilaian' }));
    await act(async () => {
      fireEvent.click(
        within(screen.getByRole('dialog')).getByRole('button', { name: 'Terima penilaian' }),
      );
    });
    expect(await screen.findByText('Penilaian diterima.')).toBeTruthy();
    expect(acknowledged).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('for the year, within the keberatan window, it says an objection stays possible', () => {
    const finalizedAt = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
    renderPage(<EvaluationActions evaluation={finalEvaluation('ANNUAL', finalizedAt)} />, {
      mocks: [ACKNOWLEDGE],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Terima penilaian' }));
    expect(
      within(screen.getByRole('dialog')).getByText(/keberatan tetap dapat diajukan sampai/),
    ).toBeTruthy();
  });
});
