import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../ui/utils/format';
import { PlanStatusBadge } from './PlanStatusBadge';
import type { PlanDetailFieldsFragment } from '../../api/generated/graphql';

/** Who, which cycle, which evaluator and where the plan stands. */
export function PlanSummary({
  plan,
  children,
}: {
  plan: PlanDetailFieldsFragment;
  children?: ReactNode;
}) {
  const { t, locale } = useI18n();
  return (
    <section className="card plan-summary" data-testid="plan-summary" aria-label={t('skp.summary')}>
      <div className="plan-summary__head">
        <div className="plan-summary__title">
          <h2 className="card__title">
            {t('skp.planOf', { year: plan.cycle?.year ?? '' })}
            {plan.employee?.name ? ` · ${plan.employee.name}` : ''}
          </h2>
          {plan.employee?.position && (
            <span className="muted small">{plan.employee.position.title}</span>
          )}
        </div>
        <PlanStatusBadge status={plan.status} />
      </div>
      <dl className="plan-summary__facts">
        <div>
          <dt>{t('skp.evaluator')}</dt>
          <dd>
            {plan.evaluator
              ? (plan.evaluator.name ?? t('directory.nameHidden'))
              : t('skp.noEvaluator')}
          </dd>
        </div>
        {plan.approach && (
          <div>
            <dt>{t('skp.approach')}</dt>
            <dd>{t(`approach.${plan.approach}`)}</dd>
          </div>
        )}
        {plan.submittedAt && (
          <div>
            <dt>{t('skp.submittedAt')}</dt>
            <dd>{formatDateTime(plan.submittedAt, locale)}</dd>
          </div>
        )}
        {plan.approvedAt && plan.status === 'APPROVED' && (
          <div>
            <dt>{t('skp.approvedAt')}</dt>
            <dd>{formatDateTime(plan.approvedAt, locale)}</dd>
          </div>
        )}
      </dl>
      {children}
    </section>
  );
}

/** The supervisor's reason, shown prominently while the plan is RETURNED. */
export function ReturnReasonAlert({ reason }: { reason: string | null }) {
  const { t } = useI18n();
  return (
    <div className="alert alert--error return-reason" role="alert" data-testid="return-reason">
      <div>
        <p className="return-reason__title">{t('skp.returnedTitle')}</p>
        {reason && <blockquote className="return-reason__text">{reason}</blockquote>}
        <p className="small">{t('skp.returnedHint')}</p>
      </div>
    </div>
  );
}
