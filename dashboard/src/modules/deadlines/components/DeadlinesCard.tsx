import { memo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { CycleSummaryFieldsFragment } from '../../api/generated/graphql';
import { significantError } from '../../api/utils/graphql-errors';
import {
  CardEmpty,
  CardError,
  CardLoading,
  Figure,
  HomeCard,
} from '../../home/components/HomeCard';
import { useI18n } from '../../i18n';
import { GET_CYCLE_DEADLINES, GET_OVERDUE_ITEMS } from '../graphql/queries';
import { formatDay, jakartaToday, upcomingDeadlines } from '../utils/deadlines';

interface DeadlinesCardProps {
  cycle: CycleSummaryFieldsFragment | null;
  cycleLoading: boolean;
  cycleError: unknown;
  onRetryCycles: () => void;
  /** `own`: the viewer's items; `team`: their line's (the kecamatan for the Camat and HR). */
  scope: 'own' | 'team';
}

const RUNNING = ['ACTIVE', 'CALIBRATION'];

/** Beranda: what is past its deadline for the viewer, and the next deadlines with their dates. */
export const DeadlinesCard = memo(function DeadlinesCard({
  cycle,
  cycleLoading,
  cycleError,
  onRetryCycles,
  scope,
}: DeadlinesCardProps) {
  const { t, locale } = useI18n();
  const running = Boolean(cycle && RUNNING.includes(cycle.status));
  const deadlines = useQuery(GET_CYCLE_DEADLINES, {
    variables: { id: cycle?.id ?? '' },
    skip: !running,
    errorPolicy: 'all',
  });
  const overdue = useQuery(GET_OVERDUE_ITEMS, {
    variables: { cycleId: cycle?.id ?? '', unitId: null, first: 3 },
    skip: !running,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const loading =
    cycleLoading || (deadlines.loading && !deadlines.data) || (overdue.loading && !overdue.data);
  const loadError =
    (cycle ? undefined : cycleError) ??
    (deadlines.data ? undefined : significantError(deadlines.error)) ??
    (overdue.data ? undefined : significantError(overdue.error));

  let body;
  if (loading) body = <CardLoading testId="home-deadlines-loading" />;
  else if (loadError)
    body = (
      <CardError
        error={loadError}
        onRetry={() => {
          onRetryCycles();
          void deadlines.refetch();
          void overdue.refetch();
        }}
        testId="home-deadlines-error"
      />
    );
  else if (!running || !cycle)
    body = <CardEmpty testId="home-deadlines-empty">{t('deadlines.card.noCycle')}</CardEmpty>;
  else {
    const list = overdue.data?.overdueItems;
    const schedule = deadlines.data?.cycle?.deadlines;
    const upcoming = schedule ? upcomingDeadlines(schedule, jakartaToday()) : [];
    body = (
      <div data-testid="home-deadlines-data">
        {list && list.totalCount > 0 ? (
          <>
            <Figure
              value={list.totalCount}
              tone="bad"
              testId="home-deadlines-overdue"
              label={
                scope === 'own'
                  ? t('deadlines.card.overdueOwn')
                  : t('deadlines.card.overdueTeam', { people: list.employeeCount })
              }
            />
            <ul className="home-list home-list--plain">
              {list.counts.map((entry) => (
                <li key={entry.kind} data-overdue-kind={entry.kind}>
                  <span className="home-list__count">{entry.count}</span>
                  <span>{t(`deadlines.kind.${entry.kind}`)}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted" data-testid="home-deadlines-none">
            {t('deadlines.card.noOverdue')}
          </p>
        )}
        <h3 className="home-card__subtitle">{t('deadlines.card.next')}</h3>
        {upcoming.length === 0 ? (
          <p className="muted">{t('deadlines.card.noUpcoming')}</p>
        ) : (
          <ul className="home-list home-list--plain" data-testid="home-deadlines-upcoming">
            {upcoming.map((deadline) => (
              <li key={`${deadline.kind}-${deadline.period ?? ''}`}>
                <span>
                  {t(`deadlines.upcoming.${deadline.kind}`, {
                    period: deadline.period ? t(`period.${deadline.period}`) : '',
                  })}
                </span>
                <span className="muted home-list__when">
                  <time dateTime={deadline.dueOn}>{formatDay(deadline.dueOn, locale)}</time>
                  {' · '}
                  {deadline.inDays === 0
                    ? t('deadlines.inDays.today')
                    : t('deadlines.inDays.future', { days: deadline.inDays })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }

  return (
    <HomeCard
      id="home-deadlines"
      title={t('deadlines.card.title')}
      icon="alert"
      link={
        scope === 'team'
          ? { to: '/tim', label: t('deadlines.card.linkTeam') }
          : { to: '/laporan', label: t('deadlines.card.linkOwn') }
      }
    >
      {body}
    </HomeCard>
  );
});
