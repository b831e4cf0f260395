import { fireEvent, screen, within } from '@testing-library/react';
import type { MockedResponse } from '@apollo/client/testing';
import { renderPage } from '../../../test-support/render';
import { OverdueTable, PREVIEW_ROWS } from '../components/OverdueTable';
import { GET_OVERDUE_ITEMS } from '../graphql/queries';
import { atPhoneWidth } from '../../../test-support/phone';

const VARIABLES = { cycleId: '4', unitId: '2', first: 500 };

const person = (id: number, name: string) => ({
  __typename: 'Employee' as const,
  id: String(id),
  name,
});

/** `count` overdue items, the n-th `n` days late (so the order by days late is known). */
const items = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    __typename: 'OverdueItem' as const,
    kind: index % 2 === 0 ? 'REALIZATION' : 'EVALUATION',
    period: 'TW3',
    dueOn: '2026-10-10',
    daysLate: index + 1,
    employee: person(100 + index, `Pegawai ${String(index + 1).padStart(2, '0')}`),
    responsible: person(9, 'Dewi Kusumawati'),
  }));

const listOf = (count: number): MockedResponse => ({
  request: { query: GET_OVERDUE_ITEMS, variables: VARIABLES },
  result: {
    data: {
      overdueItems: {
        __typename: 'OverdueList',
        totalCount: count,
        employeeCount: count,
        counts: [],
        items: items(count),
      },
    },
  },
});

const render = (mocks: MockedResponse[]) =>
  renderPage(<OverdueTable unitId="2" cycleId="4" />, { mocks });

/** The names in the table's rows, top to bottom. */
const names = () =>
  screen.getAllByTestId('overdue-row').map((row) => within(row).getByRole('link').textContent);

describe('the team’s overdue table', () => {
  it('shows the ten most days late first, then all on request, and back', async () => {
    render([listOf(23)]);
    await screen.findAllByTestId('overdue-row');
    expect(screen.getByRole('heading').textContent).toBe('Melewati tenggat (23)');
    expect(names()).toHaveLength(PREVIEW_ROWS);
    expect(names()[0]).toBe('Pegawai 23');
    expect(names()[PREVIEW_ROWS - 1]).toBe('Pegawai 14');

    const toggle = screen.getByTestId('overdue-toggle');
    expect(toggle.textContent).toBe('Tampilkan semua (23)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(
      screen.getByTestId('overdue-table').getAttribute('id'),
    );
    fireEvent.click(toggle);
    expect(names()).toHaveLength(23);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Tampilkan 10 teratas saja');

    // Sorted before it is cut: the fewest days late first, all of them still shown.
    fireEvent.click(screen.getByTestId('overdue-sort'));
    expect(names()[0]).toBe('Pegawai 01');
    expect(names()).toHaveLength(23);
    fireEvent.click(toggle);
    expect(names()).toEqual(
      Array.from(
        { length: PREVIEW_ROWS },
        (_, index) => `Pegawai ${String(index + 1).padStart(2, '0')}`,
      ),
    );
  });

  it('has no toggle when every row fits', async () => {
    render([listOf(PREVIEW_ROWS)]);
    await screen.findAllByTestId('overdue-row');
    expect(names()).toHaveLength(PREVIEW_ROWS);
    expect(screen.queryByTestId('overdue-toggle')).toBeNull();
  });

  it('says when nothing is overdue', async () => {
    render([listOf(0)]);
    expect((await screen.findByTestId('overdue-empty')).textContent).toBe(
      'Tidak ada yang melewati tenggat di unit ini.',
    );
  });

  it('offers a retry when the list cannot be read', async () => {
    render([
      { request: { query: GET_OVERDUE_ITEMS, variables: VARIABLES }, error: new Error('down') },
    ]);
    expect(await screen.findByTestId('overdue-error')).toBeTruthy();
  });
});

describe('the team’s overdue list on a phone', () => {
  atPhoneWidth();

  it('is a card per item with days late in sight, ordered by a select, still cut to ten', async () => {
    render([listOf(23)]);
    await screen.findAllByTestId('overdue-row');
    expect(screen.queryByRole('table')).toBeNull();
    const list = screen.getByRole('list', {
      name: 'Siapa tertinggal, dalam hal apa dan sejak kapan',
    });
    expect(list.id).toBe(screen.getByTestId('overdue-toggle').getAttribute('aria-controls'));
    const first = within(list).getAllByRole('listitem')[0];
    expect(within(first).getByRole('link').textContent).toBe('Pegawai 23');
    // Each fact under its name: what, how late, the due date, who is to act.
    const facts = [...first.querySelectorAll('dt')].map((term) => [
      term.textContent,
      term.nextElementSibling?.textContent,
    ]);
    expect(facts).toEqual([
      ['Hal', expect.stringContaining('TW III')],
      ['Terlambat', '23 hari'],
      ['Tenggat', expect.stringContaining('2026')],
      ['Perlu tindakan', 'Dewi Kusumawati'],
    ]);
    expect(names()).toHaveLength(PREVIEW_ROWS);

    fireEvent.change(screen.getByLabelText('Urutkan'), { target: { value: 'ascending' } });
    expect(names()[0]).toBe('Pegawai 01');
    expect(names()).toHaveLength(PREVIEW_ROWS);
    fireEvent.click(screen.getByTestId('overdue-toggle'));
    expect(names()).toHaveLength(23);
    expect(names()[22]).toBe('Pegawai 23');
  });
});
