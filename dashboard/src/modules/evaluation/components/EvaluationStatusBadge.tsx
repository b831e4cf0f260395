import { useT } from '../../i18n';
import type { EvaluationStatus } from '../../api/generated/graphql';

const CLASS_BY_STATUS: Record<EvaluationStatus, string> = {
  DRAFT: 'badge--plan-draft',
  FINAL: 'badge--plan-submitted',
  ACKNOWLEDGED: 'badge--plan-approved',
};

/** Not yet evaluated (no evaluation), DRAFT, FINAL or ACKNOWLEDGED. */
export function EvaluationStatusBadge({ status }: { status: EvaluationStatus | null | undefined }) {
  const t = useT();
  if (!status)
    return (
      <span className="badge badge--muted" data-evaluation-status="NONE">
        {t('evaluationStatus.NONE')}
      </span>
    );
  return (
    <span className={`badge ${CLASS_BY_STATUS[status]}`} data-evaluation-status={status}>
      {t(`evaluationStatus.${status}`)}
    </span>
  );
}
