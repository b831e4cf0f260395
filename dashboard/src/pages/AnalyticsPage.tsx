import { useQuery } from '@apollo/client/react';
import { useId, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { loadStateOf } from '../modules/api/utils/load-state';
import { ChartPanel } from '../modules/analytics/components/ChartPanel';
import { PredicateCountTable } from '../modules/analytics/components/PredicateCountTable';
import { PredicateStackChart } from '../modules/analytics/components/PredicateStackChart';
import { GET_PREDICATE_DISTRIBUTION } from '../modules/analytics/graphql/queries';
import '../modules/analytics/styles/analytics.css';
import { useAnalysisCycle } from '../modules/analytics/hooks/useAnalysisCycle';
import { coarserGroupBy, DEFAULT_GROUP_BY, GROUP_BYS } from '../modules/analytics/types';
import { groupRows } from '../modules/analytics/utils/distribution';
import { useSession } from '../modules/auth/hooks/useSession';
import { PREDICATES } from '../modules/evaluation/types';
import { useI18n } from '../modules/i18n';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { PERIODS, pickDefaultPeriod } from '../modules/cycles/utils/cycles';
import { QueryState } from '../modules/ui/components/QueryState';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import type { DistributionGroupBy, Period } from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/evaluation/styles/evaluation.css';

const PERIOD_PARAM = 'periode';
const GROUP_PARAM = 'kelompok';

/**
 * Analisis: the de-identified predicate distribution by group (ANALYST and HR); opens on the newest
 * closed cycle's annual predicates, grouped coarsely enough that few groups are hidden.
 */
export function AnalyticsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const periodId = useId();
  const groupId = useId();
  const allowed = me.roles.includes('ANALYST') || me.roles.includes('HR_ADMIN');
  const selection = useAnalysisCycle();
  const cycle = selection.cycle;
  const [searchParams, setSearchParams] = useSearchParams();
  const period: Period = (PERIODS as readonly string[]).includes(
    searchParams.get(PERIOD_PARAM) ?? '',
  )
    ? (searchParams.get(PERIOD_PARAM) as Period)
    : cycle && cycle.status !== 'CLOSED' && cycle.status !== 'CALIBRATION'
      ? pickDefaultPeriod(cycle)
      : 'ANNUAL';
  const groupBy: DistributionGroupBy = (GROUP_BYS as readonly string[]).includes(
    searchParams.get(GROUP_PARAM) ?? '',
  )
    ? (searchParams.get(GROUP_PARAM) as DistributionGroupBy)
    : DEFAULT_GROUP_BY;
  const setParam = (name: string, value: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const query = useQuery(GET_PREDICATE_DISTRIBUTION, {
    variables: { cycleId: cycle?.id ?? '', period, groupBy },
    skip: !allowed || !cycle,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const groups = query.data?.predicateDistribution;

  let content: ReactNode = null;
  if (cycle && groups) {
    const { rows, chart, suppressed } = groupRows(groups);
    const groupLabel = t(`analysis.groupBy.${groupBy}`);
    const coarser = coarserGroupBy(groupBy);
    content = (
      <ChartPanel
        title={`${t('analysis.chartTitle')} · ${groupLabel}`}
        testId="analysis"
        fileName={['analisis', cycle.year, period, groupBy]}
        description={
          suppressed.length > 0 ? (
            <span data-testid="suppressed-groups">
              {t('analysis.suppressedList', {
                count: suppressed.length,
                total: rows.length,
                groups: suppressed.join(', '),
              })}{' '}
              {coarser && (
                <>
                  {t('analysis.suppressedHint')}{' '}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setParam(GROUP_PARAM, coarser)}
                  >
                    {t('analysis.groupByOption', {
                      groupBy: t(`analysis.groupBy.${coarser}`),
                    })}
                  </button>
                </>
              )}
            </span>
          ) : undefined
        }
        chart={
          chart.length === 0 ? (
            <p className="muted">{t('analysis.suppressed')}</p>
          ) : (
            <PredicateStackChart rows={chart} horizontal testId="analysis-chart" />
          )
        }
        table={
          <PredicateCountTable
            rows={rows}
            labelHeader={groupLabel}
            caption={t('analysis.chartTitle')}
            testId="analysis-table"
          />
        }
        csv={() => ({
          headers: [
            groupLabel,
            ...PREDICATES.map((predicate) => t(`predicate.${predicate}`)),
            t('team.total'),
          ],
          rows: rows.map((row) =>
            row.suppressed
              ? [row.label, ...PREDICATES.map(() => t('analysis.suppressed')), '']
              : [row.label, ...PREDICATES.map((predicate) => row[predicate]), row.total],
          ),
        })}
      />
    );
  }

  return (
    <div className="page__content">
      <PageHeader title={t('analysis.title')} subtitle={t('analysis.subtitle')}>
        {allowed && cycle && (
          <>
            <CycleSelect selection={selection} />
            <div className="field toolbar__field">
              <label className="field__label" htmlFor={periodId}>
                {t('analytics.period')}
              </label>
              <select
                id={periodId}
                className="select"
                value={period}
                onChange={(event) => setParam(PERIOD_PARAM, event.target.value)}
              >
                {PERIODS.map((option) => (
                  <option key={option} value={option}>
                    {t(`period.${option}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field toolbar__field">
              <label className="field__label" htmlFor={groupId}>
                {t('analysis.groupBy')}
              </label>
              <select
                id={groupId}
                className="select"
                value={groupBy}
                onChange={(event) => setParam(GROUP_PARAM, event.target.value)}
              >
                {GROUP_BYS.map((option) => (
                  <option key={option} value={option}>
                    {t(`analysis.groupBy.${option}`)}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
      </PageHeader>
      {allowed && (
        <p>
          <Link to="/analisis/playground" className="button button--secondary button--small">
            <Icon name="external" size={16} />
            {t('analysis.playground')}
          </Link>
        </p>
      )}
      {allowed ? (
        <QueryState
          loads={[selection]}
          noCycle={!cycle}
          query={loadStateOf(query, groups)}
          empty={
            groups?.length === 0 && (
              <EmptyState title={t('analysis.empty')} body={t('analysis.emptyHint')} icon="chart" />
            )
          }
          cards={2}
          testId="analysis-loading"
        >
          {content}
        </QueryState>
      ) : (
        <EmptyState title={t('analysis.forbidden')} icon="lock" />
      )}
    </div>
  );
}
