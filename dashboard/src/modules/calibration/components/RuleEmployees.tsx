import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import type { Predicate } from '../../api/generated/graphql';
import { significantError } from '../../api/utils/graphql-errors';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/components/ErrorState';
import { GET_RULE_EMPLOYEES } from '../graphql/queries';

export const RULE_EMPLOYEES_PAGE_SIZE = 50;

/** The employees a curve rule counts, by name: the first page when mounted, more on request. */
export function RuleEmployees({
  unitId,
  cycleId,
  predicates,
}: {
  unitId: string;
  cycleId: string;
  predicates: Predicate[];
}) {
  const { t } = useI18n();
  const query = useQuery(GET_RULE_EMPLOYEES, {
    variables: { unitId, cycleId, predicates, first: RULE_EMPLOYEES_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = query.data?.distributionCheckEmployees;
  const loadingMore = query.networkStatus === NetworkStatus.fetchMore;
  const error = significantError(query.error);

  if (!connection) {
    if (error) return <ErrorState error={error} onRetry={() => void query.refetch()} />;
    return (
      <p className="muted small" role="status" data-testid="rule-employees-loading">
        <span className="spinner__circle" aria-hidden="true" /> {t('directory.loadingMore')}
      </p>
    );
  }
  const loadMore = () =>
    void query.fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        distributionCheckEmployees: {
          ...fetchMoreResult.distributionCheckEmployees,
          edges: [
            ...(previous?.distributionCheckEmployees?.edges ?? []),
            ...fetchMoreResult.distributionCheckEmployees.edges,
          ],
        },
      }),
    });
  return (
    <>
      <ul data-testid="rule-employees">
        {connection.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={`/pegawai/${node.id}`}>{node.name ?? t('directory.nameHidden')}</Link>
          </li>
        ))}
      </ul>
      {connection.pageInfo.hasNextPage && (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            onClick={loadMore}
            disabled={loadingMore}
            aria-busy={loadingMore}
          >
            {loadingMore && <span className="spinner__circle" aria-hidden="true" />}
            {loadingMore ? t('directory.loadingMore') : t('directory.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
