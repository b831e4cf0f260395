import { useT } from '../../i18n';
import type { PlanStatus } from '../../api/generated/graphql';

const CLASS_BY_STATUS: Record<PlanStatus, string> = {
  DRAFT: 'badge--plan-draft',
  SUBMITTED: 'badge--plan-submitted',
  RETURNED: 'badge--plan-returned',
  APPROVED: 'badge--plan-approved',
};

/** DRAFT grey, SUBMITTED amber, RETURNED red, APPROVED green: the plan state at a glance. */
export function PlanStatusBadge({ status }: { status: PlanStatus | null }) {
  const t = useT();
  if (!status) return null;
  return (
    <span className={`badge ${CLASS_BY_STATUS[status]}`} data-plan-status={status}>
      {t(`planStatus.${status}`)}
    </span>
  );
}
