/**
 * A column header that sorts its table: a button inside, named by the column's text alone (what a
 * speech-input user sees is what they say), `aria-sort` on the active column, an arrow for sighted
 * users (hidden from screen readers, who hear `aria-sort`).
 */
export function SortHeader({
  text,
  active,
  descending,
  onSort,
  className,
  testId,
}: {
  text: string;
  active: boolean;
  descending: boolean;
  onSort: () => void;
  /** The header cell's class (`table__number` for a numeric column). */
  className?: string;
  testId?: string;
}) {
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
    >
      <button type="button" className="table__sort" data-testid={testId} onClick={onSort}>
        {text}
        <span aria-hidden="true">{active ? (descending ? ' ↓' : ' ↑') : ' ↕'}</span>
      </button>
    </th>
  );
}
