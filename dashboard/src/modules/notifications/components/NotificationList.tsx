import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n';
import { formatDateTime } from '../../skp/utils/format';
import { MARK_NOTIFICATION_READ } from '../graphql/mutations';
import { GET_NOTIFICATIONS } from '../graphql/queries';
import type { NotificationItem } from '../types';

// The API writes messages in English; the known kinds get a heading in the user's language.
const KNOWN_KINDS = ['objection.upheld', 'objection.rejected', 'development.pembinaan'] as const;

/** The inbox (objection outcomes, required pembinaan): unread first highlighted, each marked read on request. */
export function NotificationList() {
  const { t, locale } = useI18n();
  const { data, loading } = useQuery<{ notifications: NotificationItem[] }>(GET_NOTIFICATIONS, {
    errorPolicy: 'all',
  });
  const [markRead, markState] = useMutation(MARK_NOTIFICATION_READ, {
    refetchQueries: ['GetUnreadNotifications'],
  });
  const items = data?.notifications ?? [];
  if (loading && !data) return null;
  if (items.length === 0) return null;
  return (
    <section className="card inbox" aria-labelledby="inbox-title" data-testid="inbox">
      <h2 className="card__title" id="inbox-title">
        {t('notifications.title')}
      </h2>
      <ul className="inbox__list">
        {items.map((item) => {
          const kind = KNOWN_KINDS.find((known) => known === item.kind);
          return (
            <li
              key={item.id}
              className={`inbox__item${item.readAt ? '' : ' inbox__item--unread'}`}
              data-testid="notification"
            >
              <div>
                <p className="inbox__kind">{kind ? t(`notifications.kind.${kind}`) : item.kind}</p>
                <p className="small">{item.message}</p>
                <p className="muted small">{formatDateTime(item.createdAt, locale)}</p>
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
    </section>
  );
}
