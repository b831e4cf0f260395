import { useQuery } from '@apollo/client/react';
import { useCallback, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useI18n } from '../modules/i18n';
import { AchievementBar } from '../modules/skp/components/AchievementBar';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { Notice } from '../modules/ui/components/Notice';
import { QueryState } from '../modules/ui/components/QueryState';
import { PeriodTabs } from '../modules/cycles/components/PeriodTabs';
import { PlanStatusBadge } from '../modules/skp/components/PlanStatusBadge';
import { RealizationForm } from '../modules/skp/components/RealizationForm';
import { GET_PLAN_REPORT } from '../modules/skp/graphql/queries';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { useMyPlace } from '../modules/employees/hooks/useMyPlace';
import type { ReportIndicator } from '../modules/skp/types';
import { PERIODS, pickDefaultPeriod } from '../modules/cycles/utils/cycles';
import { formatDateTime, formatNumber } from '../modules/ui/utils/format';
import { realizationText, shownRealization } from '../modules/skp/utils/realization';
import {
  isQualitative,
  judgementsByIndicator,
  qualitativeState,
} from '../modules/skp/utils/qualitative';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import type { Period, Rating } from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/skp/styles/skp.css';

const PERIOD_PARAM = 'periode';
const REFETCH = ['GetPlanReport'];

export function PerformanceReportPage() {
  const { t } = useI18n();
  const place = useMyPlace();
  const selection = useCycleSelection();
  const [searchParams, setSearchParams] = useSearchParams();
  const employee = place.employee;
  const cycle = selection.cycle;
  const reportable = cycle?.reportablePeriods ?? [];
  const requested = searchParams.get(PERIOD_PARAM) as Period | null;
  const period: Period =
    requested && PERIODS.includes(requested) && reportable.includes(requested)
      ? requested
      : cycle
        ? pickDefaultPeriod(cycle)
        : 'TW1';
  const setPeriod = useCallback(
    (next: Period) =>
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          params.set(PERIOD_PARAM, next);
          return params;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  const report = useQuery(GET_PLAN_REPORT, {
    variables: { cycleId: cycle?.id ?? '', employeeId: employee?.id ?? '', period },
    skip: !cycle || !employee,
    errorPolicy: 'all',
  });
  const plan = report.data?.performancePlans.edges[0]?.node ?? null;
  // The supervisor's judgements of the qualitative indicators, once the evaluation is final.
  const judgements = judgementsByIndicator(report.data?.evaluations?.edges[0]?.node.judgements);
  const canReport = cycle?.status === 'ACTIVE' && reportable.includes(period);

  let content: ReactNode = null;
  if (cycle && !plan) {
    content = (
      <EmptyState
        title={t('report.noPlan', { year: cycle.year })}
        body={t('report.noPlanHint')}
        action={
          <Link to="/skp" className="button button--primary">
            {t('nav.mySkp')}
          </Link>
        }
      />
    );
  } else if (plan && plan.status !== 'APPROVED') {
    content = (
      <EmptyState
        title={t('report.notApproved')}
        body={t('report.notApprovedHint')}
        icon="lock"
        action={
          <div className="state__actions">
            <PlanStatusBadge status={plan.status} />
            <Link to="/skp" className="button button--secondary">
              {t('nav.mySkp')}
            </Link>
          </div>
        }
      />
    );
  } else if (cycle && plan) {
    const indicators = (plan.workTargets ?? []).flatMap((target) => target.indicators ?? []);
    const reported = indicators.filter((indicator) => indicator.realization).length;
    content = (
      <>
        <section className="card plan-achievement" data-testid="plan-achievement">
          <div className="plan-achievement__text">
            <h2 className="card__title">
              {t('report.planAchievement', { period: t(`periodLong.${period}`) })}
            </h2>
            <p className="muted small">{t('report.planAchievementHint')}</p>
            <p className="small">
              {t('report.reported', { count: reported, total: indicators.length })}
            </p>
          </div>
          <AchievementBar
            value={plan.achievement}
            label={t('report.planAchievementShort')}
            size="large"
            testId="plan-achievement-bar"
          />
        </section>
        {cycle.status !== 'ACTIVE' && (
          <Notice tone="info">{t('report.cycleNotActive', { year: cycle.year })}</Notice>
        )}
        {(plan.workTargets ?? []).map((target, index) => (
          <section
            key={target.id}
            className="card report-target"
            aria-labelledby={`rhk-${target.id}`}
          >
            <header className="report-target__head">
              <span className="target-card__number" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                {target.kind && (
                  <span className={`tag tag--${target.kind.toLowerCase()}`}>
                    {t(`kind.${target.kind}`)}
                  </span>
                )}
                <h2 className="report-target__title" id={`rhk-${target.id}`}>
                  {target.description}
                </h2>
              </div>
            </header>
            <ul className="report-indicators">
              {(target.indicators ?? []).map((indicator) => (
                <IndicatorReport
                  key={`${indicator.id}-${period}`}
                  indicator={indicator}
                  period={period}
                  canReport={canReport}
                  judgement={judgements.get(indicator.id) ?? null}
                />
              ))}
            </ul>
          </section>
        ))}
      </>
    );
  }

  return (
    <div className="page__content">
      <PageHeader title={t('report.title')} subtitle={t('report.subtitle')}>
        {selection.cycles.length > 0 && cycle && <CycleSelect selection={selection} />}
      </PageHeader>
      {cycle && employee && (
        <PeriodTabs value={period} reportable={reportable} onChange={setPeriod} />
      )}
      <div className="report-body" role={cycle && employee ? 'tabpanel' : undefined}>
        <QueryState
          loads={[place, selection]}
          blocker={!employee && <EmptyState title={t('skp.noEmployee')} icon="lock" />}
          noCycle={!cycle}
          query={loadStateOf(report, report.data)}
          testId="report-loading"
        >
          {content}
        </QueryState>
      </div>
    </div>
  );
}

function IndicatorReport({
  indicator,
  period,
  canReport,
  judgement,
}: {
  indicator: ReportIndicator;
  period: Period;
  canReport: boolean;
  /** KUALITATIF: the supervisor's judgement for the period, once the evaluation is final. */
  judgement: Rating | null;
}) {
  const { t, locale } = useI18n();
  const current = indicator.realization;
  const qualitative = isQualitative(indicator);
  const state = qualitativeState({ narrated: Boolean(current?.narrative), judged: !!judgement });
  // Unreported indicators open their form straight away: the fastest path for this period.
  const [open, setOpen] = useState<boolean | null>(null);
  const [saved, setSaved] = useState(false);
  const formOpen = canReport && (open ?? !current);
  const history = (indicator.realizationHistory ?? []).filter((entry) => entry.replacedAt);

  return (
    <li className="report-indicator" data-testid="report-indicator">
      <div className="report-indicator__info">
        <p className="report-indicator__description">
          {indicator.aspect && <span className="tag">{t(`aspect.${indicator.aspect}`)}</span>}{' '}
          {qualitative && <span className="tag">{t('qualitative.tag')}</span>}{' '}
          {indicator.description}
        </p>
        <dl className="report-indicator__facts">
          {qualitative ? (
            <div>
              <dt>{t('qualitative.narrativeTarget')}</dt>
              <dd className="narrative-text">{indicator.narrativeTarget}</dd>
            </div>
          ) : (
            <div>
              <dt>{t('report.target')}</dt>
              <dd>
                {formatNumber(indicator.periodTarget ?? indicator.target, locale)} {indicator.unit}
                {indicator.direction === 'LOWER_IS_BETTER' && (
                  <span className="muted small"> · {t('direction.LOWER_IS_BETTER')}</span>
                )}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('report.realization')}</dt>
            <dd
              data-testid="realization-value"
              className={qualitative ? 'narrative-text' : undefined}
            >
              {/* A year with no annual report shows the year made from the quarters. */}
              {realizationText(shownRealization(indicator), indicator.unit, locale, t) ?? (
                <span className="muted">{t('report.notReported')}</span>
              )}
            </dd>
          </div>
          {current?.evidenceUrl && (
            <div>
              <dt>{t('report.evidence')}</dt>
              <dd>
                <a
                  href={current.evidenceUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="evidence-link"
                >
                  <Icon name="external" size={14} />
                  {t('report.openEvidence')}
                  <span className="visually-hidden"> {t('report.newTab')}</span>
                </a>
              </dd>
            </div>
          )}
          {current?.note && (
            <div>
              <dt>{t('report.note')}</dt>
              <dd>{current.note}</dd>
            </div>
          )}
        </dl>
        {qualitative ? (
          // Judged by the supervisor, never a percentage.
          <p className="small" data-testid="qualitative-state" data-state={state}>
            {state === 'JUDGED' && judgement ? (
              <strong>{t('qualitative.judgement', { rating: t(`rating.${judgement}`) })}</strong>
            ) : (
              <>
                {t('qualitative.judgedBySupervisor')}
                {state === 'AWAITING_JUDGEMENT' && (
                  <span className="muted"> · {t('qualitative.awaitingJudgement')}</span>
                )}
              </>
            )}
          </p>
        ) : (
          <AchievementBar
            value={indicator.achievement}
            label={indicator.description ?? ''}
            testId="indicator-achievement"
          />
        )}
        {current?.submittedAt && (
          <p className="muted small">
            {t('report.submittedAt', { date: formatDateTime(current.submittedAt, locale) })}
          </p>
        )}
        {saved && !formOpen && (
          <Notice tone="success" testId="realization-saved">
            {t('report.saved')}
          </Notice>
        )}
      </div>

      <div className="report-indicator__actions">
        {formOpen ? (
          <RealizationForm
            indicator={indicator}
            period={period}
            refetchQueries={REFETCH}
            onSaved={() => {
              setSaved(true);
              setOpen(false);
            }}
            onCancel={current ? () => setOpen(false) : undefined}
          />
        ) : (
          canReport && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setSaved(false);
                setOpen(true);
              }}
            >
              <Icon name="edit" size={16} />
              {current ? t('report.correct') : t('report.enter')}
            </button>
          )
        )}
        {history.length > 0 && (
          <details className="history">
            <summary>{t('report.history', { count: history.length })}</summary>
            <ol className="history__list">
              {history.map((entry) => (
                <li key={entry.id}>
                  <span className="history__value">
                    {qualitative
                      ? entry.narrative
                      : `${formatNumber(entry.value, locale)} ${indicator.unit ?? ''}`}
                  </span>
                  <span className="muted small">
                    {t('report.submittedAt', { date: formatDateTime(entry.submittedAt, locale) })}
                    {' · '}
                    {t('report.replacedAt', { date: formatDateTime(entry.replacedAt, locale) })}
                  </span>
                  {entry.evidenceUrl && (
                    <a
                      href={entry.evidenceUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="small"
                    >
                      {t('report.evidence')}
                      <span className="visually-hidden"> {t('report.newTab')}</span>
                    </a>
                  )}
                  {entry.note && <span className="small">{entry.note}</span>}
                </li>
              ))}
            </ol>
          </details>
        )}
      </div>
    </li>
  );
}
