import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { significantError } from '../../api/utils/graphql-errors';
import { useAbility } from '../../authz';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/components/ErrorState';
import { Skeleton } from '../../ui/components/Skeleton';
import { formatDay } from '../../ui/utils/dates';
import { GET_JOB_HISTORY } from '../graphql/queries';
import { MutasiForm } from './MutasiForm';
import '../styles/staffing.css';

/** Riwayat jabatan on an employee's page, newest first, with HR's mutasi form. */
export function JobHistorySection({ employeeId }: { employeeId: string }) {
  const { t, locale } = useI18n();
  const id = useId();
  const ability = useAbility();
  const { data, loading, error, refetch } = useQuery(GET_JOB_HISTORY, {
    variables: { employeeId },
    errorPolicy: 'all',
  });
  const rows = data?.jobHistory ?? [];
  const version = data?.employee?.version;
  const failure = data?.jobHistory ? undefined : significantError(error);
  const canMove = ability.can('create', 'Mutasi');
  // Everyone has at least the entry of their appointment, so an empty answer means the viewer may
  // not read this history (a colleague): the section is left out rather than saying "none".
  if (!loading && !failure && rows.length === 0 && !canMove) return null;

  let history;
  if (loading && !data)
    history = (
      <div role="status" aria-live="polite" data-testid="job-history-loading">
        <span className="visually-hidden">{t('common.loading')}</span>
        <Skeleton width="70%" />
        <Skeleton width="55%" />
      </div>
    );
  else if (failure) history = <ErrorState error={failure} onRetry={() => void refetch()} />;
  else if (rows.length === 0) history = <p className="muted">{t('staffing.history.empty')}</p>;
  else
    history = (
      <ol className="job-history">
        {rows.map((row) => (
          <li
            key={row.id}
            className={`job-history__entry${row.endsOn ? '' : ' job-history__entry--current'}`}
          >
            <span className="job-history__when">
              {formatDay(row.startsOn, locale)} –{' '}
              {row.endsOn ? formatDay(row.endsOn, locale) : t('staffing.history.current')}
            </span>
            <span className="job-history__what">
              <strong>{row.position?.title ?? '—'}</strong>
              {row.kind && (
                <span className="badge badge--muted">{t(`staffing.kind.${row.kind}`)}</span>
              )}
            </span>
            <span className="muted small">
              {[
                row.unit?.name ?? '—',
                row.rank,
                row.decreeNumber && t('staffing.history.decree', { number: row.decreeNumber }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ol>
    );

  return (
    <section className="card staffing-card" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('staffing.history.title')}
      </h2>
      {history}
      {canMove && typeof version === 'number' && (
        <MutasiForm employeeId={employeeId} version={version} onSaved={() => void refetch()} />
      )}
    </section>
  );
}
