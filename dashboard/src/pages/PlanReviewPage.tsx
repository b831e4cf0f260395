import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { hasErrorCode, significantError } from '../modules/api/utils/graphql-errors';
import { useAbility } from '../modules/authz';
import { DownloadButton } from '../modules/documents/components/DownloadButton';
import { canDownloadSkp } from '../modules/documents/utils/access';
import { useT } from '../modules/i18n';
import { BehaviorExpectationList } from '../modules/skp/components/BehaviorExpectationList';
import { ExpectationEditor } from '../modules/skp/components/ExpectationEditor';
import { Notice } from '../modules/ui/components/Notice';
import { ConfirmDialog } from '../modules/ui/components/ConfirmDialog';
import { PageSkeleton } from '../modules/ui/components/PageSkeleton';
import { PlanAnnexSection } from '../modules/skp/components/PlanAnnexSection';
import { PlanSummary, ReturnReasonAlert } from '../modules/skp/components/PlanSummary';
import { WorkTargetList } from '../modules/skp/components/WorkTargetList';
import {
  APPROVE_PERFORMANCE_PLAN,
  RETURN_PERFORMANCE_PLAN,
} from '../modules/skp/graphql/mutations';
import { GET_PLAN } from '../modules/skp/graphql/queries';
import { useMyPlace } from '../modules/employees/hooks/useMyPlace';
import { sortTargets } from '../modules/skp/utils/sort-targets';
import { errorMessage, fieldErrorsOf } from '../modules/api/utils/error-messages';
import { errorProps } from '../modules/api/utils/field-errors';
import '../modules/skp/styles/annex.css';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { Icon } from '../modules/ui/components/Icon';
import type { PlanDetailFieldsFragment } from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { FrozenPlanNote } from '../modules/skp/components/FrozenPlanNote';
import { plansOpen } from '../modules/skp/utils/plan-cycle';
import '../modules/skp/styles/skp.css';

const MIN_REASON = 5;

export function PlanReviewPage() {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const place = useMyPlace();
  const { data, loading, error, refetch } = useQuery(GET_PLAN, {
    variables: { id },
    errorPolicy: 'all',
  });
  const plan = data?.performancePlan ?? null;
  const realError = significantError(error);

  let body;
  if ((loading && !data) || place.loading) {
    body = <PageSkeleton testId="review-loading" />;
  } else if (plan) {
    const isEvaluator = Boolean(place.employee && plan.evaluator?.id === place.employee.id);
    body = <PlanReview plan={plan} isEvaluator={isEvaluator} />;
  } else if (
    !realError ||
    hasErrorCode(realError, 'NOT_FOUND') ||
    hasErrorCode(realError, 'FORBIDDEN')
  ) {
    body = (
      <EmptyState title={t('approval.notFound')} body={t('approval.notFoundHint')} icon="search" />
    );
  } else {
    body = <ErrorState error={realError} onRetry={() => void refetch()} />;
  }

  return (
    <div className="page__content">
      <nav className="breadcrumb" aria-label={t('approval.title')}>
        <Link to={`/persetujuan${location.search}`} className="breadcrumb__back">
          <Icon name="chevronLeft" size={18} />
          <span>{t('approval.back')}</span>
        </Link>
      </nav>
      <PageHeader
        title={
          plan?.employee?.name
            ? t('approval.reviewTitle', { name: plan.employee.name })
            : t('approval.title')
        }
      />
      {body}
    </div>
  );
}

function PlanReview({
  plan,
  isEvaluator,
}: {
  plan: PlanDetailFieldsFragment;
  isEvaluator: boolean;
}) {
  const t = useT();
  const ability = useAbility();
  const reasonId = useId();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [returning, setReturning] = useState(false);
  const [confirmingApproval, setConfirmingApproval] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [approve, approveState] = useMutation(APPROVE_PERFORMANCE_PLAN);
  const [returnPlan, returnState] = useMutation(RETURN_PERFORMANCE_PLAN);
  const frozen = !plansOpen(plan.cycle);
  const decidable = !frozen && isEvaluator && plan.status === 'SUBMITTED';
  const busy = approveState.loading || returnState.loading;
  // The evaluator is above the owner: with it the rules answer for the supervisor as the API does.
  const canDownload =
    plan.employee !== null &&
    canDownloadSkp(ability, { ownerId: plan.employee.id, chainIds: [plan.evaluator?.id] });

  const onApprove = async () => {
    setNotice(null);
    try {
      await approve({ variables: { id: plan.id } });
      setNotice({ tone: 'success', text: t('approval.approved') });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
    setConfirmingApproval(false);
  };
  const targets = plan.workTargets ?? [];
  const indicatorCount = targets.reduce((sum, target) => sum + (target.indicators?.length ?? 0), 0);

  const onReturn = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (reason.trim().length < MIN_REASON) {
      setReasonError(t('approval.returnReasonRequired', { min: MIN_REASON }));
      return;
    }
    try {
      await returnPlan({ variables: { id: plan.id, reason: reason.trim() } });
      setReturning(false);
      setReasonError(null);
      setNotice({ tone: 'success', text: t('approval.returned') });
    } catch (error) {
      const field = fieldErrorsOf(t, error).reason;
      if (field) setReasonError(field);
      else setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };

  return (
    <div className="plan-layout">
      <FrozenPlanNote plan={plan} />
      {plan.status === 'RETURNED' && <ReturnReasonAlert reason={plan.returnReason} />}
      {!frozen && !isEvaluator && plan.status === 'SUBMITTED' && (
        <Notice tone="info">{t('approval.notYours')}</Notice>
      )}
      <PlanSummary plan={plan} />
      {canDownload && (
        <div className="form-actions">
          <DownloadButton
            href={`/documents/skp/${plan.id}.pdf`}
            label="documents.skp"
            fallbackName="SKP.pdf"
            ariaLabel={`${t('documents.skp')}: ${plan.employee?.name ?? ''}`}
          />
        </div>
      )}
      <section className="plan-section" aria-labelledby="review-targets">
        <div className="section-head">
          <h2 className="section-head__title" id="review-targets">
            {t('skp.targets')}
          </h2>
        </div>
        {plan.workTargets && plan.workTargets.length > 0 ? (
          <WorkTargetList targets={sortTargets(plan.workTargets)} />
        ) : (
          <EmptyState title={t('skp.noTargetsOther')} icon="target" />
        )}
      </section>
      {plan.behaviorExpectations && plan.behaviorExpectations.length > 0 && (
        <BehaviorExpectationList
          expectations={plan.behaviorExpectations}
          renderEditor={
            !frozen && isEvaluator && plan.status !== 'APPROVED'
              ? (expectation) => (
                  <ExpectationEditor
                    key={expectation.id}
                    planId={plan.id}
                    expectation={expectation}
                  />
                )
              : undefined
          }
        />
      )}
      <PlanAnnexSection plan={plan} editable={false} owner={false} />

      {notice && (
        <Notice tone={notice.tone} testId="review-notice">
          {notice.text}
        </Notice>
      )}

      {decidable && (
        <div className="card decision-bar" data-testid="decision-bar">
          {returning ? (
            <form
              className="return-form"
              onSubmit={(event) => void onReturn(event)}
              noValidate
              role="dialog"
              aria-labelledby={`${reasonId}-title`}
            >
              <h2 className="card__title" id={`${reasonId}-title`}>
                {t('approval.returnTitle')}
              </h2>
              <div className="field">
                <label className="field__label" htmlFor={reasonId}>
                  {t('approval.returnReason')}
                </label>
                <textarea
                  id={reasonId}
                  className="input textarea"
                  rows={3}
                  value={reason}
                  autoFocus
                  onChange={(event) => {
                    setReason(event.target.value);
                    setReasonError(null);
                  }}
                  {...errorProps(reasonId, reasonError ?? undefined)}
                />
                <span className="field__hint">{t('approval.returnReasonHint')}</span>
                {reasonError && (
                  <span className="field__error" id={`${reasonId}-error`}>
                    {reasonError}
                  </span>
                )}
              </div>
              <div className="form-actions">
                <button type="submit" className="button button--danger" disabled={busy}>
                  {returnState.loading ? t('approval.returning') : t('approval.returnConfirm')}
                </button>
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => setReturning(false)}
                  disabled={busy}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          ) : (
            <>
              <p className="muted small">{t('approval.decisionHint')}</p>
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => setConfirmingApproval(true)}
                  disabled={busy}
                >
                  <Icon name="check" size={18} />
                  {t('approval.approve')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setReturning(true)}
                  disabled={busy}
                >
                  {t('approval.return')}
                </button>
              </div>
              {confirmingApproval && (
                <ConfirmDialog
                  title={t('approval.confirmTitle', { name: plan.employee?.name ?? '' })}
                  confirmLabel={
                    approveState.loading ? t('approval.approving') : t('approval.confirmApprove')
                  }
                  busy={approveState.loading}
                  onConfirm={() => void onApprove()}
                  onCancel={() => setConfirmingApproval(false)}
                >
                  <p data-testid="approval-confirm-body">
                    {t('approval.confirmBody', {
                      name: plan.employee?.name ?? '',
                      targets: targets.length,
                      indicators: indicatorCount,
                    })}
                  </p>
                </ConfirmDialog>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
