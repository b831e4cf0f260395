import { useQuery } from '@apollo/client/react';
import { useT } from '../modules/i18n';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { Skeleton } from '../modules/ui/components/Skeleton';
import { ActingAssignmentForm } from '../modules/staffing/components/ActingAssignmentForm';
import { ActingAssignmentTable } from '../modules/staffing/components/ActingAssignmentTable';
import { GET_ACTING_ASSIGNMENTS } from '../modules/staffing/graphql/queries';

/** HR's list of acting officials (Plt/Plh): record one, end a term. */
export function ActingOfficialsPage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(GET_ACTING_ASSIGNMENTS);
  const terms = data?.actingAssignments.edges.map((edge) => edge.node) ?? [];
  return (
    <div className="page__content">
      <PageHeader title={t('staffing.acting.title')} subtitle={t('staffing.acting.subtitle')} />
      {loading && !data && <Skeleton />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && terms.length === 0 && <p>{t('staffing.acting.empty')}</p>}
      <ActingAssignmentTable terms={terms} onEnded={() => refetch()} />
      <ActingAssignmentForm units={data?.orgUnits ?? []} onCreated={() => refetch()} />
    </div>
  );
}
