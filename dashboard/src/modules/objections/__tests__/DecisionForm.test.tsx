import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { renderPage } from '../../../test-support/render';
import { DecisionForm } from '../components/DecisionForm';
import { RECORD_EXTERNAL_DECISION, RESOLVE_OBJECTION } from '../graphql/objections';

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('DecisionForm', () => {
  test('the atasan upholds with new ratings: the derived predicate, a confirmation, the version read', async () => {
    const onDone = jest.fn();
    renderPage(<DecisionForm objectionId="5" version={2} external={false} onDone={onDone} />, {
      mocks: [
        {
          request: {
            query: RESOLVE_OBJECTION,
            variables: {
              id: '5',
              version: 2,
              decision: 'UPHELD',
              reason: 'Bukti realisasi lengkap',
              resultRating: 'DI_ATAS_EKSPEKTASI',
              behaviorRating: 'SESUAI_EKSPEKTASI',
            },
          },
          result: {
            data: {
              resolveObjection: {
                __typename: 'Objection',
                id: '5',
                status: 'UPHELD',
                version: 3,
                decisionReason: 'Bukti realisasi lengkap',
                revisedEvaluation: { __typename: 'Evaluation', id: '9', predicate: 'BAIK' },
              },
            },
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    expect(screen.getByText('Pilih keputusan.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByLabelText('Kabulkan dengan nilai baru'));
    type('Rating hasil kerja baru', 'DI_ATAS_EKSPEKTASI');
    type('Rating perilaku kerja baru', 'SESUAI_EKSPEKTASI');
    expect(screen.getByTestId('predicate-preview-value').textContent).toContain('Baik');
    type('Alasan keputusan', '  Bukti realisasi lengkap ');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan keputusan' }));
    expect(screen.getByRole('dialog').textContent).toContain('berpredikat Baik');
    fireEvent.click(screen.getByRole('button', { name: 'Ya, simpan keputusan' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  test('HR records an external rejection; a decision taken meanwhile is said so', async () => {
    const onDone = jest.fn();
    const input = {
      decision: 'REJECTED',
      reason: 'Penilaian sudah sesuai bukti',
      decidedBy: 'Sekretaris Daerah Kota',
      referenceNumber: '800/12/2026',
      decisionDate: '2026-01-05',
      resultRating: null,
      behaviorRating: null,
    };
    renderPage(<DecisionForm objectionId="6" version={2} external onDone={onDone} />, {
      language: 'en',
      mocks: [
        {
          request: { query: RECORD_EXTERNAL_DECISION, variables: { id: '6', version: 2, input } },
          error: new CombinedGraphQLErrors({
            errors: [
              {
                message: 'This objection was decided already',
                extensions: { code: 'CONFLICT', reason: 'ALREADY_DECIDED' },
              },
            ],
          }),
        },
      ],
    });
    fireEvent.click(screen.getByLabelText('Reject the objection'));
    type('Reason for the decision', input.reason);
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(screen.getByText('Write the name and office (1–200 characters).')).toBeTruthy();
    expect(screen.getByText('Enter the date.')).toBeTruthy();
    type('Decided by (name and office)', input.decidedBy);
    type('Decree or letter number', input.referenceNumber);
    type('Date of the decision', input.decisionDate);
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, save the decision' }));
    expect(await screen.findByText('This objection was decided already.')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });
});
