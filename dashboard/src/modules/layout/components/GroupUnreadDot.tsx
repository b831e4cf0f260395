import { useQuery } from '@apollo/client/react';
import { useT } from '../../i18n';
import { GET_UNREAD_NOTIFICATIONS } from '../../notifications/graphql/queries';

/** A dot on a closed menu group whose list holds the inbox, while messages are unread. */
export function GroupUnreadDot() {
  const t = useT();
  // Same query as the badge beside the link: answered from the cache, no second request.
  const { data } = useQuery(GET_UNREAD_NOTIFICATIONS, {
    errorPolicy: 'all',
  });
  const count = data?.inbox?.unreadCount ?? 0;
  if (count === 0) return null;
  return (
    <span className="nav-menu__dot" data-testid="group-unread">
      <span className="visually-hidden">{t('nav.groupUnread')}</span>
    </span>
  );
}
