import { fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { INBOX_PAGE_SIZE, NotificationList } from '../components/NotificationList';
import { GET_INBOX } from '../graphql/queries';

const note = (
  id: string,
  kind: string,
  entity: string,
  entityId: string,
  readAt: string | null,
  params: Record<string, string> | null = {},
) => ({
  __typename: 'Notification',
  id,
  kind,
  params:
    params &&
    Object.entries(params).map(([name, value]) => ({ __typename: 'ReasonParam', name, value })),
  entity,
  entityId,
  createdAt: '2027-01-05T05:00:00.000Z',
  readAt,
});

const page = (
  nodes: ReturnType<typeof note>[],
  hasNextPage: boolean,
  endCursor: string,
  unreadCount: number,
) => ({
  data: {
    inbox: {
      __typename: 'NotificationInbox',
      totalCount: 3,
      unreadCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: nodes.map((node) => ({ __typename: 'NotificationEdge', cursor: `c${node.id}`, node })),
    },
  },
});

function renderInbox(language: 'id' | 'en' = 'id') {
  return render(
    <I18nProvider initialLanguage={language}>
      <MockedProvider
        cache={createCache()}
        mocks={[
          {
            request: { query: GET_INBOX, variables: { first: INBOX_PAGE_SIZE } },
            result: page(
              [
                note('3', 'evaluation.final', 'Evaluation', '9', null, {
                  period: 'ANNUAL',
                  year: '2026',
                  objectionDeadline: '2027-01-19',
                }),
                note('2', 'deadline.skp', 'PerformancePlan', '12', null, {
                  name: 'Eko Staf',
                  dueOn: '2026-01-31',
                }),
              ],
              true,
              'c2',
              2,
            ),
          },
          {
            request: { query: GET_INBOX, variables: { first: INBOX_PAGE_SIZE, after: 'c2' } },
            result: page(
              [
                note('1', 'feedback.reply', 'Feedback', '4', '2027-01-04T00:00:00Z', {
                  name: 'Sari',
                }),
                // Stored before notices had values: its kind only, no sentence.
                note(
                  '0',
                  'deadline.evaluation',
                  'PerformancePlan',
                  '5',
                  '2027-01-03T00:00:00Z',
                  null,
                ),
              ],
              false,
              'c1',
              2,
            ),
          },
        ]}
      >
        <MemoryRouter>
          <NotificationList />
        </MemoryRouter>
      </MockedProvider>
    </I18nProvider>,
  );
}

describe('the inbox', () => {
  test('shows a page, the unread count, each notice linked to its item, and loads more', async () => {
    renderInbox();
    const items = await screen.findAllByTestId('notification');
    expect(items).toHaveLength(2);
    expect(screen.getByText('2 pesan belum dibaca')).toBeTruthy();
    expect(within(items[0]).getByText('Penilaian final')).toBeTruthy();
    expect(within(items[0]).getByRole('link', { name: 'Buka' }).getAttribute('href')).toBe(
      '/penilaian-saya?evaluasi=9',
    );
    expect(
      within(items[0]).getByText(
        'Penilaian kinerja tahunan 2026 Anda sudah final. Keberatan dapat diajukan paling lambat 19 Jan 2027.',
      ),
    ).toBeTruthy();
    expect(within(items[1]).getByText('SKP menunggu persetujuan')).toBeTruthy();
    expect(
      within(items[1]).getByText('SKP Eko Staf menunggu persetujuan Anda (tenggat 31 Jan 2026).'),
    ).toBeTruthy();
    expect(within(items[1]).getByRole('link', { name: 'Buka' }).getAttribute('href')).toBe(
      '/persetujuan/12',
    );
    expect(screen.getByRole('button', { name: 'Tandai semua dibaca' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await screen.findByText('Sari membalas umpan balik.')).toBeTruthy();
    const all = screen.getAllByTestId('notification');
    expect(all).toHaveLength(4);
    expect(within(all[3]).getByText('Penilaian belum final')).toBeTruthy();
    expect(all[3].querySelectorAll('p.small:not(.muted)')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
    // A read notice offers no "mark read".
    expect(
      within(screen.getAllByTestId('notification')[2]).queryByRole('button', {
        name: 'Tandai dibaca',
      }),
    ).toBeNull();
  });

  test('names the kinds and words the notices in English too', async () => {
    renderInbox('en');
    const items = await screen.findAllByTestId('notification');
    expect(within(items[1]).getByText('SKP awaiting your approval')).toBeTruthy();
    expect(
      within(items[1]).getByText('The SKP of Eko Staf awaits your approval (due 31 Jan 2026).'),
    ).toBeTruthy();
    expect(
      within(items[0]).getByText(
        'Your annual 2026 performance evaluation is final. An objection may be filed until 19 Jan 2027.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeTruthy();
  });
});
