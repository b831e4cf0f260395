import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useT } from '../modules/i18n';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { Skeleton } from '../modules/ui/components/Skeleton';
import { ActingAssignmentForm } from '../modules/staffing/components/ActingAssignmentForm';
import { ActingAssignmentTable } from '../modules/staffing/components/ActingAssignmentTable';
import { GET_ACTING_ASSIGNMENTS } from '../modules/staffing/graphql/queries';
import '../modules/staffing/styles/staffing.css';

/** HR's list of acting officials (Plt/Plh): the terms recorded, then the form to record one. */
export function ActingOfficialsPage() {
  const t = useT();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(GET_ACTING_ASSIGNMENTS);
  const terms = data?.actingAssignments.edges.map((edge) => edge.node) ?? [];

  let list;
  if (loading && !data)
    list = (
      <div role="status" aria-live="polite" data-testid="acting-loading">
        <span className="visually-hidden">{t('common.loading')}</span>
        <Skeleton width="100%" height="7rem" />
      </div>
    );
  else if (error && !data) list = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (terms.length === 0)
    list = (
      <EmptyState
        title={t('staffing.acting.empty')}
        body={t('staffing.acting.emptyHint')}
        icon="users"
      />
    );
  else list = <ActingAssignmentTable terms={terms} onEnded={() => refetch()} />;

  return (
    <div className="page__content">
      <PageHeader title={t('staffing.acting.title')} subtitle={t('staffing.acting.subtitle')} />
      <section className="staffing-list" aria-labelledby={`${id}-list`}>
        <h2 className="card__title" id={`${id}-list`}>
          {t('staffing.acting.listTitle')}
        </h2>
        {list}
      </section>
      {data && <ActingAssignmentForm units={data.orgUnits} onCreated={() => refetch()} />}
    </div>
  );
}
