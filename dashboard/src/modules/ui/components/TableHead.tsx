/** A table's column heads; `actionLabel` names a last column of buttons, for screen readers only. */
export function TableHead({
  columns,
  actionLabel,
}: {
  columns: readonly string[];
  actionLabel?: string;
}) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
        {actionLabel && (
          <th scope="col">
            <span className="visually-hidden">{actionLabel}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
