import { fireEvent, render, screen } from '@testing-library/react';
import { SortHeader } from '../components/SortHeader';

const header = (props: Partial<Parameters<typeof SortHeader>[0]> & { onSort?: () => void }) =>
  render(
    <table>
      <thead>
        <tr>
          <SortHeader
            text="Late by"
            active={false}
            descending={false}
            onSort={() => {}}
            {...props}
          />
        </tr>
      </thead>
    </table>,
  );

describe('SortHeader', () => {
  test.each([
    [false, false, undefined, ' ↕'],
    [true, false, 'ascending', ' ↑'],
    [true, true, 'descending', ' ↓'],
  ])(
    'active %s, descending %s: aria-sort %s, the arrow %s hidden from screen readers',
    (active, descending, sort, arrow) => {
      header({ active, descending });
      const cell = screen.getByRole('columnheader');
      expect(cell.getAttribute('aria-sort') ?? undefined).toBe(sort);
      const hidden = cell.querySelector('[aria-hidden="true"]');
      expect(hidden?.textContent).toBe(arrow);
    },
  );

  test('the button is named by the column text alone, so what it shows is what a user says', () => {
    const onSort = jest.fn();
    header({ active: true, descending: true, onSort, testId: 'overdue-sort' });
    const button = screen.getByRole('button', { name: 'Late by' });
    expect(button.getAttribute('aria-label')).toBeNull();
    expect(button.dataset.testid).toBe('overdue-sort');
    fireEvent.click(button);
    expect(onSort).toHaveBeenCalledTimes(1);
  });

  test('the cell takes the class it is given (numeric columns align right)', () => {
    header({ className: 'table__number' });
    expect(screen.getByRole('columnheader').className).toBe('table__number');
  });
});
