import { useQuery } from '@apollo/client/react';
import { useT } from '../../i18n';
import { GET_UNREAD_NOTIFICATIONS } from '../graphql/queries';

/** The number of unread inbox messages, beside a nav link; nothing when there are none. */
export function UnreadBadge() {
  const t = useT();
  const { data } = useQuery(GET_UNREAD_NOTIFICATIONS, {
    errorPolicy: 'all',
  });
  const count = data?.inbox?.unreadCount ?? 0;
  if (count === 0) return null;
  return (
    <span className="nav-count" data-testid="unread-count">
      {count}
      <span className="visually-hidden"> {t('notifications.unread', { count })}</span>
    </span>
  );
}
