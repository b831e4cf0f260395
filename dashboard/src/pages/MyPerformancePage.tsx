import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { loadStateOf } from '../modules/api/utils/load-state';
import { BehaviorProfilePanel } from '../modules/analytics/components/BehaviorProfilePanel';
import { ChangeNote } from '../modules/analytics/components/ChangeNote';
import { ChartPanel } from '../modules/analytics/components/ChartPanel';
import { CurrentTargets } from '../modules/analytics/components/CurrentTargets';
import { TrendChart } from '../modules/analytics/components/TrendChart';
import { TrendTable } from '../modules/analytics/components/TrendTable';
import { GET_MY_TREND } from '../modules/analytics/graphql/queries';
import '../modules/analytics/styles/analytics.css';
import { behaviorProfile } from '../modules/analytics/utils/behavior';
import { trendRows, whatChanged } from '../modules/analytics/utils/trend';
import { useSession } from '../modules/auth/hooks/useSession';
import { useI18n } from '../modules/i18n';
import { QueryState } from '../modules/ui/components/QueryState';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/evaluation/styles/evaluation.css';
import '../modules/skp/styles/skp.css';

/**
 * Kinerja Saya: the viewer's predicates and achievement over successive cycles, the BerAKHLAK
 * profile of the latest evaluation and the current period's targets.
 */
export function MyPerformancePage() {
  const { t } = useI18n();
  const { me } = useSession();
  const employeeId = me.employee?.id;
  const query = useQuery(GET_MY_TREND, {
    variables: { employeeId: employeeId ?? '' },
    skip: !employeeId,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const points = query.data?.performanceTrend;

  let content: ReactNode = null;
  if (points) {
    const rows = trendRows(points, t('period.ANNUAL'));
    const profile = behaviorProfile(points);
    content = (
      <div className="analytics-stack">
        <ChangeNote change={whatChanged(points)} />
        <ChartPanel
          title={t('myPerformance.chartTitle')}
          testId="my-trend"
          fileName={['kinerja-saya', me.employee?.name ?? '']}
          chart={<TrendChart rows={rows} />}
          table={<TrendTable rows={rows} />}
          csv={() => ({
            headers: [
              t('myPerformance.point'),
              t('myPerformance.predicate'),
              t('myPerformance.predicateLevel'),
              t('myPerformance.achievement'),
              t('myPerformance.productivity'),
              t('myPerformance.qualityOfWork'),
              t('myPerformance.professionalAttitude'),
            ],
            rows: rows.map((row) => [
              row.label,
              t(`predicate.${row.predicate}`),
              row.predicateLevel,
              row.achievement,
              row.productivity,
              row.qualityOfWork,
              row.professionalAttitude,
            ]),
          })}
        />
        {profile ? (
          <BehaviorProfilePanel
            profile={profile}
            fileName={['berakhlak', me.employee?.name ?? '']}
          />
        ) : (
          <section className="card" data-testid="behavior-profile">
            <h2 className="card__title">{t('behavior.title')}</h2>
            <p className="muted">{t('behavior.empty')}</p>
          </section>
        )}
      </div>
    );
  }

  return (
    <div className="page__content">
      <PageHeader title={t('myPerformance.title')} subtitle={t('myPerformance.subtitle')} />
      <div className="analytics-stack">
        <QueryState
          blocker={!employeeId && <EmptyState title={t('myPerformance.noEmployee')} icon="lock" />}
          query={loadStateOf(query, points)}
          empty={
            points?.length === 0 && (
              <EmptyState
                title={t('myPerformance.empty')}
                body={t('myPerformance.emptyHint')}
                icon="chart"
              />
            )
          }
          cards={2}
          testId="my-performance-loading"
        >
          {content}
        </QueryState>
        {employeeId && <CurrentTargets employeeId={employeeId} />}
      </div>
    </div>
  );
}
