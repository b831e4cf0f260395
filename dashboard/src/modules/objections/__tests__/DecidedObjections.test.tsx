import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPage } from '../../../test-support/render';
import { DECIDED_PAGE_SIZE, DecidedObjections } from '../components/DecidedObjections';
import { GET_DECIDED_OBJECTIONS } from '../graphql/objections';

const decided = (
  id: string,
  name: string,
  status: 'UPHELD' | 'REJECTED',
  decider: { name: string } | { external: string },
) => ({
  __typename: 'Objection',
  id,
  status,
  decidedAt: '2027-01-12T03:00:00.000Z',
  externalDecider: 'external' in decider ? decider.external : null,
  decider: 'name' in decider ? { __typename: 'Employee', id: `d${id}`, name: decider.name } : null,
  employee: { __typename: 'Employee', id: `e${id}`, name },
  evaluation: {
    __typename: 'Evaluation',
    id: `v${id}`,
    cycle: { __typename: 'Cycle', id: 'c2026', year: 2026 },
  },
});

const page = (
  nodes: ReturnType<typeof decided>[],
  totalCount: number,
  endCursor: string | null,
  hasNextPage: boolean,
) => ({
  data: {
    objectionsDecided: {
      __typename: 'ObjectionConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: nodes.map((node) => ({ __typename: 'ObjectionEdge', node })),
    },
  },
});

describe('decided keberatan (Keberatan page)', () => {
  test('each says how it ended, for which year, when and by whom; the next page is appended', async () => {
    renderPage(<DecidedObjections />, {
      mocks: [
        {
          request: { query: GET_DECIDED_OBJECTIONS, variables: { first: DECIDED_PAGE_SIZE } },
          result: page(
            [
              decided('2', 'Rina Wati', 'REJECTED', { external: 'Drs. Hadi, Sekretaris Daerah' }),
              decided('1', 'Budi Santoso', 'UPHELD', { name: 'Camat Gayungan' }),
            ],
            3,
            'c1',
            true,
          ),
        },
        {
          request: {
            query: GET_DECIDED_OBJECTIONS,
            variables: { first: DECIDED_PAGE_SIZE, after: 'c1' },
          },
          result: page(
            [decided('0', 'Sari Dewi', 'REJECTED', { name: 'Camat Gayungan' })],
            3,
            'c0',
            false,
          ),
        },
      ],
    });
    const rows = await screen.findAllByTestId('decided-objection');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(
        /^Rina Wati Ditolak.*akhir tahun 2026 · diputus .* oleh Drs\. Hadi, Sekretaris Daerah/,
      ),
      expect.stringMatching(/^Budi Santoso Dikabulkan.* oleh Camat Gayungan/),
    ]);
    expect(
      within(rows[1])
        .getByRole('link', { name: 'Buka keberatan Budi Santoso' })
        .getAttribute('href'),
    ).toBe('/keberatan/1');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    });
    await waitFor(() =>
      expect(
        screen
          .getAllByTestId('decided-objection')
          .map((row) => row.querySelector('strong')?.textContent),
      ).toEqual(['Rina Wati', 'Budi Santoso', 'Sari Dewi']),
    );
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  test('says so when nothing has been decided yet', async () => {
    renderPage(<DecidedObjections />, {
      mocks: [
        {
          request: { query: GET_DECIDED_OBJECTIONS, variables: { first: DECIDED_PAGE_SIZE } },
          result: page([], 0, null, false),
        },
      ],
    });
    expect(await screen.findByText('Belum ada keberatan yang diputus.')).toBeTruthy();
    expect(screen.queryByTestId('decided-objections')).toBeNull();
  });
});
