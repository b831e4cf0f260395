import { memo } from 'react';
import { useQuery } from '@apollo/client/react';
import { significantError } from '../../api/utils/graphql-errors';
import { Sparkline } from '../../analytics/components/Sparkline';
import { GET_MY_TREND } from '../../analytics/graphql/queries';
import { PredicateBadge } from '../../evaluation/components/PredicateBadge';
import { useI18n } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { numberFormat } from '../../ui/utils/format';
import { summarizeTrend } from '../utils/landing';
import { CardEmpty, CardError, CardLoading, HomeCard } from './HomeCard';

/** "How am I doing over time": the latest final predicate and achievement, and the trend. */
export const MyPerformanceCard = memo(function MyPerformanceCard({
  employeeId,
}: {
  employeeId: string;
}) {
  const { t, locale } = useI18n();
  // Same query as Kinerja Saya: the page opens from the cache.
  const { data, loading, error, refetch } = useQuery(GET_MY_TREND, {
    variables: { employeeId },
    errorPolicy: 'all',
  });
  const summary = data ? summarizeTrend({ points: data.performanceTrend }) : null;
  const loadError = data ? undefined : significantError(error);

  let body;
  if (loading && !data) body = <CardLoading testId="home-performance-loading" />;
  else if (loadError || !data)
    body = (
      <CardError error={loadError} onRetry={() => void refetch()} testId="home-performance-error" />
    );
  else if (!summary)
    body = <CardEmpty testId="home-performance-empty">{t('home.performance.empty')}</CardEmpty>;
  else {
    const { latest, levels, change } = summary;
    body = (
      <div className="home-performance" data-testid="home-performance-data">
        <p className="muted small">
          {t('home.performance.latestOf', {
            period: t(`period.${latest.period}`),
            year: latest.cycleYear,
          })}
        </p>
        <div className="home-performance__row">
          <PredicateBadge predicate={latest.predicate} testId="home-performance-predicate" />
          {latest.achievement !== null && (
            <span className="home-performance__achievement">
              {t('home.performance.achievement', {
                value: numberFormat(locale, 1).format(latest.achievement),
              })}
            </span>
          )}
        </div>
        <div className="home-performance__trend">
          <Sparkline values={levels} width={120} height={32} />
          {change && (
            <span className={`home-change home-change--${change}`}>
              {change !== 'same' && (
                <Icon name="chevronDown" size={16} className="home-change__icon" />
              )}
              {t(`home.performance.change.${change}`)}
            </span>
          )}
        </div>
      </div>
    );
  }

  return (
    <HomeCard
      id="home-performance"
      title={t('home.performance.title')}
      icon="chart"
      link={{ to: '/kinerja-saya', label: t('home.performance.link') }}
    >
      {body}
    </HomeCard>
  );
});
