/**
 * A column header that sorts its table: a button inside, `aria-sort` on the active column, an
 * arrow for sighted users (hidden from screen readers, who hear `aria-sort`).
 */
export function SortHeader({
  text,
  active,
  descending,
  onSort,
  numeric = false,
  testId,
}: {
  text: string;
  active: boolean;
  descending: boolean;
  onSort: () => void;
  numeric?: boolean;
  testId?: string;
}) {
  return (
    <th
      scope="col"
      className={numeric ? 'table__number' : undefined}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
    >
      <button type="button" className="table__sort" data-testid={testId} onClick={onSort}>
        {text}
        <span aria-hidden="true">{active ? (descending ? ' ↓' : ' ↑') : ' ↕'}</span>
      </button>
    </th>
  );
}
