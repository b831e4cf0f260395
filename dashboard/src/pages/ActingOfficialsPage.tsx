import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { loadStateOf } from '../modules/api/utils/load-state';
import { useT } from '../modules/i18n';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { QueryState } from '../modules/ui/components/QueryState';
import { ActingAssignmentForm } from '../modules/staffing/components/ActingAssignmentForm';
import { ActingAssignmentTable } from '../modules/staffing/components/ActingAssignmentTable';
import { GET_ACTING_ASSIGNMENTS } from '../modules/staffing/graphql/queries';
import '../modules/staffing/styles/staffing.css';

/** HR's list of acting officials (Plt/Plh): the terms recorded, then the form to record one. */
export function ActingOfficialsPage() {
  const t = useT();
  const id = useId();
  const query = useQuery(GET_ACTING_ASSIGNMENTS);
  const { data, refetch } = query;
  const terms = data?.actingAssignments.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="page__content">
      <PageHeader title={t('staffing.acting.title')} subtitle={t('staffing.acting.subtitle')} />
      <section className="staffing-list" aria-labelledby={`${id}-list`}>
        <h2 className="card__title" id={`${id}-list`}>
          {t('staffing.acting.listTitle')}
        </h2>
        <QueryState
          query={loadStateOf(query, data)}
          empty={
            terms.length === 0 ? (
              <EmptyState
                title={t('staffing.acting.empty')}
                body={t('staffing.acting.emptyHint')}
                icon="users"
              />
            ) : null
          }
          cards={1}
          testId="acting-loading"
        >
          <ActingAssignmentTable terms={terms} onEnded={() => refetch()} />
        </QueryState>
      </section>
      {data && <ActingAssignmentForm units={data.orgUnits} onCreated={() => refetch()} />}
    </div>
  );
}
