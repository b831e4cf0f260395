import { useQuery } from '@apollo/client/react';
import { useAbility } from '../../authz';
import { useT } from '../../i18n';
import { GET_JOB_HISTORY } from '../graphql/queries';
import { MutasiForm } from './MutasiForm';

/** Riwayat jabatan on an employee's page, with HR's mutasi form. */
export function JobHistorySection({ employeeId }: { employeeId: string }) {
  const t = useT();
  const ability = useAbility();
  const { data, loading, refetch } = useQuery(GET_JOB_HISTORY, {
    variables: { employeeId },
    errorPolicy: 'all',
  });
  const rows = data?.jobHistory ?? [];
  const version = data?.employee?.version;
  return (
    <section className="card" aria-labelledby="job-history-title">
      <h2 id="job-history-title">{t('staffing.history.title')}</h2>
      {!loading && rows.length === 0 && <p>{t('staffing.history.empty')}</p>}
      {rows.length > 0 && (
        <ol className="job-history">
          {rows.map((row) => (
            <li key={row.id}>
              <strong>{row.kind ? t(`staffing.kind.${row.kind}`) : '—'}</strong> {row.startsOn} –{' '}
              {row.endsOn ?? t('staffing.history.current')}: {row.position?.title ?? '—'},{' '}
              {row.unit?.name ?? '—'} ({row.rank})
              {row.decreeNumber && (
                <> · {t('staffing.history.decree', { number: row.decreeNumber })}</>
              )}
            </li>
          ))}
        </ol>
      )}
      {ability.can('create', 'Mutasi') && typeof version === 'number' && (
        <MutasiForm employeeId={employeeId} version={version} onSaved={() => void refetch()} />
      )}
    </section>
  );
}
