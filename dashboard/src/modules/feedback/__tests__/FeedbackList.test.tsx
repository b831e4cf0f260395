import { fireEvent, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { FeedbackList } from '../components/FeedbackList';
import { REPLY_TO_FEEDBACK } from '../graphql/mutations';
import type { FeedbackFieldsFragment } from '../../api/generated/graphql';

const person = (id: string, name: string) => ({ __typename: 'Employee' as const, id, name });
const thread: FeedbackFieldsFragment = {
  __typename: 'Feedback',
  id: '10',
  kind: 'IMPROVEMENT',
  text: 'Laporan bulanan terlambat dua hari',
  coreValue: null,
  createdAt: '2026-11-02T03:00:00.000Z',
  acknowledgedAt: '2026-11-02T04:00:00.000Z',
  author: person('2', 'Sri Kasi'),
  recipient: person('4', 'Dewi Staf'),
  workTarget: null,
  replies: [
    {
      __typename: 'Feedback',
      id: '11',
      text: 'Baik, bulan depan lebih awal',
      createdAt: '2026-11-02T05:00:00.000Z',
      author: person('4', 'Dewi Staf'),
    },
  ],
};

function renderList(sent: { text: string }[]) {
  return render(
    <I18nProvider initialLanguage="id">
      <MockedProvider
        cache={createCache()}
        mocks={[
          {
            request: {
              query: REPLY_TO_FEEDBACK,
              variables: { feedbackId: '10', text: 'Terima kasih' },
            },
            result: () => {
              sent.push({ text: 'Terima kasih' });
              return {
                data: {
                  replyToFeedback: {
                    __typename: 'Feedback',
                    id: '12',
                    text: 'Terima kasih',
                    createdAt: '2026-11-02T06:00:00.000Z',
                    author: person('2', 'Sri Kasi'),
                  },
                },
              };
            },
          },
        ]}
      >
        <MemoryRouter>
          <FeedbackList items={[thread]} direction="sent" />
        </MemoryRouter>
      </MockedProvider>
    </I18nProvider>,
  );
}

describe('a feedback thread', () => {
  test('shows its replies and sends a reply, refusing an empty one locally', async () => {
    const sent: { text: string }[] = [];
    renderList(sent);
    expect(screen.getByTestId('feedback-replies').textContent).toContain(
      'Baik, bulan depan lebih awal',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Balas' }));
    fireEvent.click(screen.getByRole('button', { name: 'Kirim balasan' }));
    expect(screen.getByText('Tulis balasan terlebih dahulu.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Balasan Anda'), {
      target: { value: '  Terima kasih ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim balasan' }));
    // Sent, the box closes again.
    expect(await screen.findByRole('button', { name: 'Balas' })).toBeTruthy();
    expect(sent).toEqual([{ text: 'Terima kasih' }]);
  });
});
