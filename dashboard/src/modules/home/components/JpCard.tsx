import { memo } from 'react';
import { useQuery } from '@apollo/client/react';
import { significantError } from '../../api/utils/graphql-errors';
import { useT } from '../../i18n';
import { GET_MY_JP } from '../graphql/queries';
import { CardEmpty, CardError, CardLoading, HomeCard } from './HomeCard';

interface JpCardProps {
  employeeId: string;
  /** The active cycle (null: none yet); `loading`/`error` are those of the cycle list. */
  cycle: { id: string; year: number } | null;
  cycleLoading: boolean;
  cycleError: unknown;
  onRetryCycles: () => void;
}

/** JP done this year toward the 20 JP a PNS has a right to. */
export const JpCard = memo(function JpCard({
  employeeId,
  cycle,
  cycleLoading,
  cycleError,
  onRetryCycles,
}: JpCardProps) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(GET_MY_JP, {
    variables: { employeeId, cycleId: cycle?.id ?? '' },
    skip: !cycle,
    errorPolicy: 'all',
  });
  const jp = data?.jpProgress;
  const loadError = jp ? undefined : significantError(error);

  let body;
  if (cycleLoading || (loading && !jp)) body = <CardLoading testId="home-jp-loading" />;
  else if (cycleError)
    body = <CardError error={cycleError} onRetry={onRetryCycles} testId="home-jp-error" />;
  else if (!cycle) body = <CardEmpty testId="home-jp-empty">{t('cycle.none')}</CardEmpty>;
  else if (loadError || !jp)
    body = <CardError error={loadError} onRetry={() => void refetch()} testId="home-jp-error" />;
  else {
    const target = jp.target;
    const percent = target ? Math.min(100, Math.round((jp.done / target) * 100)) : null;
    const plannedPercent = target ? Math.min(100, Math.round((jp.planned / target) * 100)) : null;
    body = (
      <div data-testid="home-jp-data">
        <p className="home-figure">
          <span className="home-figure__value" data-testid="home-jp-done">
            {target !== null
              ? t('development.jp.doneOfTarget', { done: jp.done, target })
              : t('development.jp.doneOnly', { done: jp.done })}
          </span>
          <span className="home-figure__label">{t('home.jp.year', { year: jp.year })}</span>
        </p>
        {target !== null && percent !== null && (
          <div
            className="jp-meter"
            role="meter"
            aria-label={t('development.jp.meter')}
            aria-valuemin={0}
            aria-valuemax={target}
            aria-valuenow={Math.min(jp.done, target)}
            aria-valuetext={t('development.jp.doneOfTarget', { done: jp.done, target })}
          >
            <span className="jp-meter__planned" style={{ width: `${plannedPercent}%` }} />
            <span className="jp-meter__done" style={{ width: `${percent}%` }} />
          </div>
        )}
        <p className="muted small">
          {t('development.jp.planned', { planned: jp.planned })}
          {target === null && ` · ${t('development.jp.pppk')}`}
        </p>
        {target !== null && (
          <p
            className={`home-note ${jp.belowTarget ? (jp.flagged ? 'home-note--bad' : 'home-note--warn') : 'home-note--good'}`}
          >
            {jp.belowTarget
              ? t('home.jp.missing', { missing: Math.max(0, target - jp.done) })
              : t('development.jp.reached')}
          </p>
        )}
      </div>
    );
  }

  return (
    <HomeCard
      id="home-jp"
      title={t('home.jp.title')}
      icon="target"
      link={{ to: '/pengembangan-saya', label: t('home.jp.link') }}
    >
      {body}
    </HomeCard>
  );
});
