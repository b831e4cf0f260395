import type { ImportRowStatus } from '../../api/generated/graphql';
import { useT } from '../../i18n';

/** What one row does: new, updated, moved, unchanged or a problem. */
export function RosterStatusBadge({ status }: { status: ImportRowStatus }) {
  const t = useT();
  return (
    <span className={`badge badge--roster-${status.toLowerCase()}`}>
      {t(`roster.status.${status}`)}
    </span>
  );
}
