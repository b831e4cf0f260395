import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { loadStateOf } from '../modules/api/utils/load-state';
import { EvaluationView } from '../modules/evaluation/components/EvaluationView';
import { useI18n } from '../modules/i18n';
import { DecidedObjections } from '../modules/objections/components/DecidedObjections';
import { DecisionForm } from '../modules/objections/components/DecisionForm';
import { TextField } from '../modules/objections/components/TextField';
import {
  GET_OBJECTION,
  GET_WAITING_OBJECTIONS,
  RESPOND_TO_OBJECTION,
} from '../modules/objections/graphql/objections';
import {
  decidableNow,
  decisionDeadline,
  TEXT_MAX,
  TEXT_MIN,
  waitingRows,
} from '../modules/objections/utils/objections';
import { Notice } from '../modules/ui/components/Notice';
import { QueryState } from '../modules/ui/components/QueryState';
import { formatDateTime, formatNumber } from '../modules/ui/utils/format';
import { realizationText, shownRealization } from '../modules/skp/utils/realization';
import { errorMessage, fieldErrorsOf } from '../modules/api/utils/error-messages';
import { formatDay } from '../modules/ui/utils/dates';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import '../modules/objections/styles/objections.css';
import type { WaitingObjectionFieldsFragment } from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/evaluation/styles/evaluation.css';
import '../modules/skp/styles/skp.css';

/** Keberatan waiting for the viewer: to respond to (pejabat penilai) or to decide (atasan, HR). */
export function ObjectionsPage() {
  const { t, locale } = useI18n();
  const query = useQuery(GET_WAITING_OBJECTIONS, {
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  let content: ReactNode = null;
  if (query.data) {
    const rows = waitingRows(
      query.data.objectionsToDecide.edges.map(({ node }) => node),
      query.data.objectionsToRespond.edges.map(({ node }) => node),
    );
    content =
      rows.length === 0 ? (
        <EmptyState title={t('objections.empty')} body={t('objections.emptyHint')} icon="inbox" />
      ) : (
        <ul className="card objection-list" data-testid="objection-list">
          {rows.map(({ objection, role }) => (
            <li key={objection.id} className="objection-list__item" data-testid="objection-row">
              <div>
                <strong>{objection.employee?.name ?? '–'}</strong>
                <p className="muted small">
                  {t('objections.filedOn', { date: formatDateTime(objection.filedAt, locale) })} ·{' '}
                  <span data-testid="objection-days">
                    {t('objections.daysWaiting', { days: objection.daysWaiting ?? 0 })}
                  </span>
                  <DeadlineNote objection={objection} />
                </p>
              </div>
              <Link className="button button--secondary" to={`/keberatan/${objection.id}`}>
                {t(`objections.role.${role}`)}
              </Link>
            </li>
          ))}
        </ul>
      );
  }
  return (
    <div className="page__content">
      <PageHeader title={t('objections.title')} subtitle={t('objections.subtitle')} />
      <section className="plan-section" aria-labelledby="objections-waiting-title">
        <div className="section-head">
          <h2 className="section-head__title" id="objections-waiting-title">
            {t('objections.waitingTitle')}
          </h2>
        </div>
        <QueryState query={loadStateOf(query, query.data)} testId="objections-loading">
          {content}
        </QueryState>
      </section>
      <DecidedObjections />
    </div>
  );
}

/** One keberatan: the evaluation as finalised, the reason, the response, and the decision. */
export function ObjectionDetailPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const [now] = useState(() => new Date());
  const [done, setDone] = useState<string | null>(null);
  const query = useQuery(GET_OBJECTION, {
    variables: { id },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const objection = query.data?.objection;
  let content: ReactNode = null;
  if (objection) {
    const evaluation = objection.evaluation;
    const indicators = (evaluation?.plan?.workTargets ?? []).flatMap(
      (target) => target.indicators ?? [],
    );
    const mayDecide = objection.viewerCanDecide || objection.viewerCanRecordExternal;
    content = (
      <div className="objection-detail">
        {done && <Notice tone="success">{done}</Notice>}
        {evaluation && (
          <EvaluationView evaluation={evaluation}>
            {indicators.length > 0 && (
              <section>
                <h3 className="evaluation-view__subtitle">{t('objections.realizations')}</h3>
                <ul className="objection-realizations">
                  {indicators.map((indicator) => (
                    <li key={indicator.id} className="small">
                      <strong>{indicator.description}</strong>:{' '}
                      {realizationText(shownRealization(indicator), indicator.unit, locale, t) ??
                        t('objections.noRealization')}
                      {indicator.achievement != null &&
                        ` · ${t('objections.achievement', { percent: formatNumber(indicator.achievement, locale) })}`}
                      {(indicator.realizations ?? [])
                        .filter((realization) => realization.evidenceUrl)
                        .map((realization) => (
                          <span key={realization.id}>
                            {' · '}
                            <a href={realization.evidenceUrl!} target="_blank" rel="noreferrer">
                              {t('objections.evidenceOf', {
                                period: realization.period
                                  ? t(`period.${realization.period as 'TW1'}`)
                                  : '',
                              })}
                            </a>
                          </span>
                        ))}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </EvaluationView>
        )}
        <section className="card objection-card" data-testid="objection-reason">
          <h2 className="card__title">{t('objections.reason')}</h2>
          <p className="muted small">
            {t('objections.filedOn', { date: formatDateTime(objection.filedAt, locale) })}
            {objection.status === 'FILED' &&
              ` · ${t('objections.daysWaiting', { days: objection.daysWaiting ?? 0 })}`}
            <DeadlineNote objection={objection} />
          </p>
          <p className="preserve-lines">{objection.reason}</p>
        </section>
        <section className="card objection-card" data-testid="objection-response">
          <h2 className="card__title">{t('objections.response')}</h2>
          {objection.response ? (
            <>
              <p className="muted small">
                {t('objections.respondedAt', {
                  date: formatDateTime(objection.respondedAt, locale),
                })}
              </p>
              <p className="preserve-lines">{objection.response}</p>
            </>
          ) : (
            <p className="muted small">
              {objection.status === 'FILED'
                ? t('objections.noResponse')
                : t('objections.noResponseGiven')}
            </p>
          )}
          {objection.viewerCanRespond && (
            <ResponseForm
              objectionId={objection.id}
              version={objection.version ?? 1}
              initial={objection.response ?? ''}
              onDone={() => setDone(t('objections.responded'))}
            />
          )}
        </section>
        {objection.status !== 'FILED' && (
          <section className="card objection-card" data-testid="objection-outcome">
            <h2 className="card__title">
              {t(`objectionStatus.${objection.status as 'UPHELD' | 'REJECTED'}`)}
            </h2>
            <p className="muted small">
              {objection.externalDecider
                ? t('objections.decidedBy.external', {
                    name: objection.externalDecider,
                    reference: objection.externalReferenceNumber ?? '',
                    date: formatDay(objection.externalDecisionDate, locale),
                  })
                : t('objection.decision', { name: objection.decider?.name ?? '' })}
            </p>
            <p className="preserve-lines">{objection.decisionReason}</p>
          </section>
        )}
        {mayDecide && !decidableNow(objection.canDecideFrom, now) && (
          <Notice tone="info" testId="objection-wait">
            {t('objections.canDecideFrom', {
              date: formatDateTime(objection.canDecideFrom, locale),
            })}
          </Notice>
        )}
        {mayDecide && decidableNow(objection.canDecideFrom, now) && (
          <DecisionForm
            objectionId={objection.id}
            version={objection.version ?? 1}
            external={Boolean(objection.viewerCanRecordExternal)}
            onDone={() => setDone(t('objections.decided'))}
          />
        )}
      </div>
    );
  }
  return (
    <div className="page__content">
      <nav className="breadcrumb" aria-label={t('objections.title')}>
        <Link to="/keberatan" className="breadcrumb__back">
          <Icon name="chevronLeft" size={18} />
          <span>{t('objections.back')}</span>
        </Link>
      </nav>
      <PageHeader title={t('objections.detailTitle', { name: objection?.employee?.name ?? '' })} />
      <QueryState query={loadStateOf(query, objection)} testId="objection-loading">
        {content}
      </QueryState>
    </div>
  );
}

function ResponseForm({
  objectionId,
  version,
  initial,
  onDone,
}: {
  objectionId: string;
  version: number;
  initial: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [respond, state] = useMutation(RESPOND_TO_OBJECTION, {
    refetchQueries: ['GetObjection', 'GetWaitingObjections'],
    awaitRefetchQueries: true,
  });
  const submit = async () => {
    const length = text.trim().length;
    if (length < TEXT_MIN || length > TEXT_MAX) {
      setError(t('objections.problem.text'));
      return;
    }
    setFailure(null);
    try {
      await respond({ variables: { id: objectionId, response: text.trim(), version } });
      onDone();
    } catch (failed) {
      const fields = fieldErrorsOf(t, failed);
      if (fields.response) setError(fields.response);
      else setFailure(errorMessage(t, failed));
    }
  };
  return (
    <div data-testid="objection-response-form">
      <TextField
        name="response"
        label={t('objections.responseLabel')}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(undefined);
        }}
        error={error}
      />
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={state.loading}
          onClick={() => void submit()}
        >
          {state.loading ? t('objections.responding') : t('objections.respond')}
        </button>
      </div>
    </div>
  );
}

/** " · Decide by 19 Jan 2027 (14 days left)", or nothing once decided. */
function DeadlineNote({ objection }: { objection: WaitingObjectionFieldsFragment }) {
  const { t, locale } = useI18n();
  const deadline = decisionDeadline(objection);
  if (!deadline) return null;
  return (
    <span
      data-testid="objection-deadline"
      className={deadline.key === 'objections.deadline.passed' ? 'overdue' : undefined}
    >
      {' · '}
      {t(deadline.key, {
        date: formatDay(objection.decideBy, locale),
        days: deadline.days,
      })}
    </span>
  );
}
