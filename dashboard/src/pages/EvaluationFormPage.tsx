import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { classifyLoadError, significantError } from '../modules/api/utils/graphql-errors';
import { EvaluationForm } from '../modules/evaluation/components/EvaluationForm';
import { EvaluationView } from '../modules/evaluation/components/EvaluationView';
import { GET_EVALUATION_PLAN, GET_PLAN_EVALUATION } from '../modules/evaluation/graphql/queries';
import { useI18n } from '../modules/i18n';
import { Notice } from '../modules/ui/components/Notice';
import { PageSkeleton } from '../modules/ui/components/PageSkeleton';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { Icon } from '../modules/ui/components/Icon';
import { useSession } from '../modules/auth/hooks/useSession';
import { PERIODS } from '../modules/cycles/utils/cycles';
import type { Period } from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/evaluation/styles/annual.css';
import '../modules/evaluation/styles/evaluation.css';
import '../modules/skp/styles/skp.css';

export function EvaluationFormPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const params = useParams<{ planId: string; period: string }>();
  const planId = params.planId ?? '';
  const period = (PERIODS as readonly string[]).includes(params.period ?? '')
    ? (params.period as Period)
    : null;
  const [reloads, setReloads] = useState(0);
  const [reloading, setReloading] = useState(false);

  const planQuery = useQuery(GET_EVALUATION_PLAN, {
    variables: { planId, period: period ?? 'TW1' },
    skip: !period,
    errorPolicy: 'all',
  });
  const plan = planQuery.data?.performancePlan ?? null;
  const evaluationQuery = useQuery(GET_PLAN_EVALUATION, {
    variables: {
      cycleId: plan?.cycle?.id ?? '',
      employeeId: plan?.employee?.id ?? '',
      period: period ?? 'TW1',
    },
    skip: !plan?.cycle || !plan.employee || !period,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const evaluation = evaluationQuery.data?.evaluations.edges[0]?.node ?? null;
  const planError = planQuery.data ? undefined : significantError(planQuery.error);
  const evaluationError = evaluationQuery.data
    ? undefined
    : significantError(evaluationQuery.error);

  const reload = async () => {
    setReloading(true);
    try {
      await Promise.all([planQuery.refetch(), evaluationQuery.refetch()]);
      // Only now does the form drop what was typed and start again from the saved evaluation.
      setReloads((count) => count + 1);
    } finally {
      setReloading(false);
    }
  };

  const backLink = (
    <Link
      to={`/penilaian${plan?.cycle ? `?siklus=${plan.cycle.id}&periode=${period ?? ''}` : ''}`}
      className="breadcrumb__back"
    >
      <Icon name="chevronLeft" size={16} />
      {t('evaluation.back')}
    </Link>
  );

  let body;
  if (!period) {
    body = <EmptyState title={t('notFound.title')} body={t('notFound.body')} />;
  } else if (planQuery.loading && !planQuery.data) {
    body = <PageSkeleton testId="evaluation-loading" cards={4} />;
  } else if (planError && classifyLoadError(planError) !== 'notFound') {
    body = <ErrorState error={planError} onRetry={() => void planQuery.refetch()} />;
  } else if (!plan) {
    body = (
      <EmptyState title={t('approval.notFound')} body={t('approval.notFoundHint')} icon="lock" />
    );
  } else if (evaluationQuery.loading && !evaluationQuery.data) {
    body = <PageSkeleton testId="evaluation-loading" cards={4} />;
  } else if (evaluationError) {
    body = <ErrorState error={evaluationError} onRetry={() => void evaluationQuery.refetch()} />;
  } else if (evaluation && evaluation.status !== 'DRAFT') {
    body = (
      <>
        <Notice tone="success" testId="evaluation-final">
          {evaluation.status === 'ACKNOWLEDGED'
            ? t('evaluation.isAcknowledged')
            : t('evaluation.isFinal')}
        </Notice>
        <EvaluationView evaluation={evaluation} />
      </>
    );
  } else if (plan.evaluator?.id !== me.employee?.id) {
    body = evaluation ? (
      <EvaluationView evaluation={evaluation} />
    ) : (
      <EmptyState title={t('evaluation.notYours')} icon="lock" />
    );
  } else if (plan.status !== 'APPROVED') {
    body = <EmptyState title={t('evaluation.conflict.notApproved')} icon="lock" />;
  } else if (plan.cycle && !['ACTIVE', 'CALIBRATION'].includes(plan.cycle.status)) {
    body = <EmptyState title={t('evaluation.conflict.cycle')} icon="lock" />;
  } else {
    body = (
      <EvaluationForm
        key={reloads}
        plan={plan}
        period={period}
        evaluation={evaluation}
        onReload={() => void reload()}
        reloading={reloading}
      />
    );
  }

  return (
    <div className="page__content">
      {backLink}
      <PageHeader
        title={
          plan?.employee?.name
            ? t('evaluation.formTitle', { name: plan.employee.name })
            : t('evaluation.title')
        }
        subtitle={
          plan &&
          period &&
          [
            plan.employee?.position?.title,
            plan.cycle ? `SKP ${plan.cycle.year}` : null,
            t(`periodLong.${period}`),
          ]
            .filter(Boolean)
            .join(' · ')
        }
      />
      {body}
    </div>
  );
}
