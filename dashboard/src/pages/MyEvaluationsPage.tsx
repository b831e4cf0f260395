import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { DownloadButton } from '../modules/documents/components/DownloadButton';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useSearchParams } from 'react-router-dom';
import {
  EVALUATION_PARAM,
  EvaluationHistory,
} from '../modules/evaluation/components/EvaluationHistory';
import { ObjectionDialog } from '../modules/evaluation/components/ObjectionDialog';
import { ACKNOWLEDGE_EVALUATION } from '../modules/evaluation/graphql/mutations';
import { GET_MY_EVALUATIONS } from '../modules/evaluation/graphql/queries';
import { errorMessage } from '../modules/api/utils/error-messages';
import { objectionWindow } from '../modules/evaluation/utils/objection-window';
import { useI18n } from '../modules/i18n';
import { NotificationList } from '../modules/notifications/components/NotificationList';
import { Notice } from '../modules/ui/components/Notice';
import { useMyPlace } from '../modules/employees/hooks/useMyPlace';
import { formatDateTime } from '../modules/ui/utils/format';
import { QueryState } from '../modules/ui/components/QueryState';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ConfirmDialog } from '../modules/ui/components/ConfirmDialog';
import { Icon } from '../modules/ui/components/Icon';
import type { EvaluationFieldsFragment } from '../modules/api/generated/graphql';
import { PERIODS } from '../modules/cycles/utils/cycles';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/evaluation/styles/evaluation.css';
import '../modules/notifications/styles/notifications.css';
import '../modules/skp/styles/skp.css';

/** Newest cycle first, then the latest period, then the latest revision. */
export function sortEvaluations(
  evaluations: readonly EvaluationFieldsFragment[],
): EvaluationFieldsFragment[] {
  return [...evaluations].sort(
    (a, b) =>
      (b.cycle?.year ?? 0) - (a.cycle?.year ?? 0) ||
      PERIODS.indexOf(b.period ?? 'TW1') - PERIODS.indexOf(a.period ?? 'TW1') ||
      (b.revision ?? 0) - (a.revision ?? 0),
  );
}

export function MyEvaluationsPage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const place = useMyPlace();
  const employee = place.employee;
  const query = useQuery(GET_MY_EVALUATIONS, {
    variables: { employeeId: employee?.id ?? '' },
    skip: !employee,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });

  let content: ReactNode = null;
  if (query.data) {
    const evaluations = sortEvaluations(query.data.evaluations.edges.map(({ node }) => node));
    // Drafts are the evaluator's work in progress: the employee sees them once final.
    const visible = evaluations.filter((evaluation) => evaluation.status !== 'DRAFT');
    content =
      visible.length === 0 ? (
        <EmptyState
          title={t('myEvaluations.empty')}
          body={t('myEvaluations.emptyHint')}
          icon="checkList"
        />
      ) : (
        <EvaluationHistory
          evaluations={visible}
          targetId={searchParams.get(EVALUATION_PARAM)}
          actions={(evaluation) => <EvaluationActions evaluation={evaluation} />}
        />
      );
  }

  return (
    <div className="page__content">
      <PageHeader title={t('myEvaluations.title')} subtitle={t('myEvaluations.subtitle')} />
      {employee && <NotificationList />}
      <QueryState
        loads={[place]}
        blocker={!employee && <EmptyState title={t('skp.noEmployee')} icon="lock" />}
        query={loadStateOf(query, query.data)}
        testId="my-evaluations-loading"
      >
        {content}
      </QueryState>
    </div>
  );
}

/** What the employee does with an evaluation: download it, acknowledge it (after confirming), object to the year. */
export function EvaluationActions({ evaluation }: { evaluation: EvaluationFieldsFragment }) {
  const { t, locale } = useI18n();
  const [now] = useState(() => new Date());
  const [objecting, setObjecting] = useState(false);
  const [confirmingAcknowledge, setConfirmingAcknowledge] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [acknowledge, ackState] = useMutation(ACKNOWLEDGE_EVALUATION);
  const inForce = !evaluation.supersededAt;
  const objection = evaluation.objection;
  const window = objectionWindow({ finalizedAt: evaluation.finalizedAt, now });
  const objectable =
    inForce &&
    evaluation.period === 'ANNUAL' &&
    (evaluation.status === 'FINAL' || evaluation.status === 'ACKNOWLEDGED') &&
    !objection;

  return (
    <div className="evaluation-actions">
      {objection && (
        <section className="objection" data-testid="objection">
          <h4 className="evaluation-view__subtitle">
            {t('objection.title')}{' '}
            <span
              className={`badge badge--objection-${(objection.status ?? 'FILED').toLowerCase()}`}
            >
              {t(`objectionStatus.${objection.status ?? 'FILED'}`)}
            </span>
          </h4>
          <p className="small">
            <strong>{t('objection.reason')}:</strong> {objection.reason}
          </p>
          <p className="muted small">
            {t('objection.filedAt', { date: formatDateTime(objection.filedAt, locale) })}
          </p>
          {objection.decisionReason && (
            <p className="small">
              <strong>{t('objection.decision', { name: objection.decider?.name ?? '' })}:</strong>{' '}
              {objection.decisionReason}
            </p>
          )}
          {objection.status === 'UPHELD' && <p className="small">{t('objection.revisedAbove')}</p>}
        </section>
      )}
      {objectable && (
        <p className="small objection-window" data-testid="objection-window">
          {window.open
            ? t('objection.windowOpen', {
                date: formatDateTime(window.deadline?.toISOString(), locale),
                days: window.daysLeft,
              })
            : t('objection.windowClosed', {
                date: formatDateTime(window.deadline?.toISOString(), locale),
              })}
        </p>
      )}
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <div className="form-actions">
        <DownloadButton
          href={`/documents/evaluation/${evaluation.id}.pdf`}
          label="documents.evaluation"
          fallbackName="Evaluasi.pdf"
        />
        {inForce && evaluation.status === 'FINAL' && (
          <button
            type="button"
            className="button button--primary"
            disabled={ackState.loading}
            onClick={() => setConfirmingAcknowledge(true)}
          >
            <Icon name="check" size={18} />
            {ackState.loading ? t('myEvaluations.acknowledging') : t('myEvaluations.acknowledge')}
          </button>
        )}
        {objectable && window.open && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setObjecting(true)}
          >
            {t('objection.file')}
          </button>
        )}
      </div>
      {confirmingAcknowledge && (
        // Receiving an evaluation cannot be undone; for the year, a keberatan stays possible.
        <ConfirmDialog
          title={t('myEvaluations.acknowledgeConfirm', {
            period: evaluation.period ? t(`periodLong.${evaluation.period}`) : '',
            year: evaluation.cycle?.year ?? '',
          })}
          confirmLabel={t('myEvaluations.acknowledge')}
          busy={ackState.loading}
          onCancel={() => setConfirmingAcknowledge(false)}
          onConfirm={() =>
            void acknowledge({ variables: { id: evaluation.id } })
              .then(() => setNotice({ tone: 'success', text: t('myEvaluations.acknowledged') }))
              .catch((error: unknown) => setNotice({ tone: 'error', text: errorMessage(t, error) }))
              .finally(() => setConfirmingAcknowledge(false))
          }
        >
          <p>
            {objectable && window.open
              ? t('myEvaluations.acknowledgeBodyObjectable', {
                  date: formatDateTime(window.deadline?.toISOString(), locale),
                })
              : t('myEvaluations.acknowledgeBody')}
          </p>
        </ConfirmDialog>
      )}
      {objecting && (
        <ObjectionDialog
          evaluationId={evaluation.id}
          deadline={window.deadline}
          onCancel={() => setObjecting(false)}
          onDone={() => {
            setObjecting(false);
            setNotice({ tone: 'success', text: t('objection.filed') });
          }}
        />
      )}
    </div>
  );
}
