import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { loadStateOf } from '../../api/utils/load-state';
import { useI18n } from '../../i18n';
import { QueryState } from '../../ui/components/QueryState';
import { formatDateTime } from '../../ui/utils/format';
import { GET_DECIDED_OBJECTIONS } from '../graphql/objections';

export const DECIDED_PAGE_SIZE = 20;

/**
 * The keberatan already decided that the viewer may read (as the atasan who decided, the
 * pejabat penilai's own line, HR and the Camat), the latest filed first, a page at a time: how each
 * ended, when and by whom, and a link to the whole record.
 */
export function DecidedObjections() {
  const { t, locale } = useI18n();
  const query = useQuery(GET_DECIDED_OBJECTIONS, {
    variables: { first: DECIDED_PAGE_SIZE },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const decided = query.data?.objectionsDecided;
  const loadMore = () =>
    void query
      .fetchMore({ variables: { first: DECIDED_PAGE_SIZE, after: decided?.pageInfo.endCursor } })
      .catch(() => {});
  return (
    <section className="plan-section" aria-labelledby="objections-decided-title">
      <div className="section-head">
        <h2 className="section-head__title" id="objections-decided-title">
          {t('objections.decidedTitle')}
          {decided && decided.totalCount > 0 && (
            <span className="muted small"> · {decided.totalCount}</span>
          )}
        </h2>
      </div>
      <QueryState query={loadStateOf(query, decided)} testId="objections-decided-loading">
        {decided?.totalCount === 0 ? (
          <p className="muted">{t('objections.decidedEmpty')}</p>
        ) : (
          <>
            <ul className="card objection-list" data-testid="decided-objections">
              {decided?.edges.map(({ node: objection }) => {
                const status = objection.status === 'UPHELD' ? 'UPHELD' : 'REJECTED';
                const decider = objection.decider?.name ?? objection.externalDecider ?? '–';
                return (
                  <li
                    key={objection.id}
                    className="objection-list__item"
                    data-testid="decided-objection"
                  >
                    <div>
                      <strong>{objection.employee?.name ?? '–'}</strong>{' '}
                      <span className={`badge badge--objection-${status.toLowerCase()}`}>
                        {t(`objectionStatus.${status}`)}
                      </span>
                      <p className="muted small">
                        {t('objections.decidedLine', {
                          year: objection.evaluation?.cycle?.year ?? '',
                          date: formatDateTime(objection.decidedAt, locale),
                          name: decider,
                        })}
                      </p>
                    </div>
                    <Link
                      className="button button--secondary button--small"
                      to={`/keberatan/${objection.id}`}
                      aria-label={t('objections.openOf', { name: objection.employee?.name ?? '' })}
                    >
                      {t('objections.open')}
                    </Link>
                  </li>
                );
              })}
            </ul>
            {decided?.pageInfo.hasNextPage && (
              <button
                type="button"
                className="button button--secondary objections-decided__more"
                disabled={query.loading}
                onClick={loadMore}
              >
                {t('objections.decidedMore')}
              </button>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
