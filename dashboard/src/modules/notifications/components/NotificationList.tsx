import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../ui/utils/format';
import { MARK_ALL_NOTIFICATIONS_READ, MARK_NOTIFICATION_READ } from '../graphql/mutations';
import { GET_INBOX } from '../graphql/queries';
import { knownNoticeKind, noticeLink } from '../utils/notice-link';
import { noticeText } from '../utils/notice-text';

export const INBOX_PAGE_SIZE = 20;

/**
 * The inbox, newest first and paged ("muat lebih banyak"): each notice headed by its kind in the
 * user's language, worded from its values (utils/notice-text), a link to its item and "mark read"; "mark all read".
 */
export function NotificationList() {
  const { t, locale } = useI18n();
  const { data, loading, error, fetchMore } = useQuery(GET_INBOX, {
    variables: { first: INBOX_PAGE_SIZE },
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });
  const refetchQueries = ['GetUnreadNotifications', 'GetInbox'];
  const [markRead, markState] = useMutation(MARK_NOTIFICATION_READ, { refetchQueries });
  const [markAll, markAllState] = useMutation(MARK_ALL_NOTIFICATIONS_READ, { refetchQueries });
  const inbox = data?.inbox;
  if (loading && !inbox) return <p className="muted small">{t('notifications.loading')}</p>;
  if (error && !inbox)
    return (
      <p className="small" role="alert">
        {t('notifications.error')}
      </p>
    );
  if (!inbox || inbox.totalCount === 0) return null;
  const loadMore = () =>
    void fetchMore({
      variables: { first: INBOX_PAGE_SIZE, after: inbox.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        inbox: {
          ...fetchMoreResult.inbox,
          edges: [...previous.inbox.edges, ...fetchMoreResult.inbox.edges],
        },
      }),
    }).catch(() => {});
  return (
    <section className="card inbox" aria-labelledby="inbox-title" data-testid="inbox">
      <div className="inbox__header">
        <h2 className="card__title" id="inbox-title">
          {t('notifications.title')}{' '}
          <span className="muted small">
            {t('notifications.unread', { count: inbox.unreadCount })}
          </span>
        </h2>
        {inbox.unreadCount > 0 && (
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={markAllState.loading}
            onClick={() => void markAll().catch(() => {})}
          >
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      <ul className="inbox__list">
        {inbox.edges.map(({ node: item }) => {
          const kind = knownNoticeKind(item.kind);
          const link = noticeLink(item);
          const text = noticeText(t, item);
          return (
            <li
              key={item.id}
              className={`inbox__item${item.readAt ? '' : ' inbox__item--unread'}`}
              data-testid="notification"
            >
              <div>
                <p className="inbox__kind">{kind ? t(`notifications.kind.${kind}`) : item.kind}</p>
                {text && <p className="small">{text}</p>}
                <p className="muted small">
                  {formatDateTime(item.createdAt, locale)}
                  {link && (
                    <>
                      {' · '}
                      <Link to={link}>{t('notifications.open')}</Link>
                    </>
                  )}
                </p>
              </div>
              {!item.readAt && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={markState.loading}
                  onClick={() => void markRead({ variables: { id: item.id } }).catch(() => {})}
                >
                  {t('notifications.markRead')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {inbox.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--ghost"
          disabled={loading}
          onClick={loadMore}
          data-testid="inbox-more"
        >
          {loading ? t('notifications.loadingMore') : t('notifications.loadMore')}
        </button>
      )}
    </section>
  );
}
