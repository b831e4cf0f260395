import { memo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { significantError } from '../../api/utils/graphql-errors';
import { useT } from '../../i18n';
import { GET_UNREAD_NOTIFICATIONS } from '../../notifications/graphql/queries';
import { Icon, type IconName } from '../../ui/components/Icon';
import { GET_MY_PENDING } from '../graphql/queries';
import { acknowledgeLink, countUnacknowledged } from '../utils/landing';
import { CardEmpty, CardError, CardLoading, HomeCard } from './HomeCard';

interface PendingCardProps {
  employeeId: string;
  /** What the viewer's rules let them open: their evaluations, feedback. */
  showEvaluations: boolean;
  showFeedback: boolean;
}

/** What waits for the viewer: evaluations to acknowledge, feedback to read, unread messages. */
export const PendingCard = memo(function PendingCard({
  employeeId,
  showEvaluations,
  showFeedback,
}: PendingCardProps) {
  const t = useT();
  const pending = useQuery(GET_MY_PENDING, {
    variables: { employeeId },
    skip: !showEvaluations && !showFeedback,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  // The nav badge's query: shared through the cache.
  const inbox = useQuery(GET_UNREAD_NOTIFICATIONS, {
    errorPolicy: 'all',
  });
  const loading = (pending.loading && !pending.data) || (inbox.loading && !inbox.data);
  const loadError =
    (pending.data ? undefined : significantError(pending.error)) ??
    (inbox.data ? undefined : significantError(inbox.error));

  let body;
  if (loading) body = <CardLoading testId="home-pending-loading" />;
  else if (loadError)
    body = (
      <CardError
        error={loadError}
        onRetry={() => {
          void pending.refetch();
          void inbox.refetch();
        }}
        testId="home-pending-error"
      />
    );
  else {
    const items: { key: string; count: number; text: string; to: string; icon: IconName }[] = [];
    const evaluations = (pending.data?.evaluations?.edges ?? []).map((edge) => edge.node);
    const toAcknowledge = countUnacknowledged(evaluations);
    if (showEvaluations && toAcknowledge > 0)
      items.push({
        key: 'evaluations',
        count: toAcknowledge,
        text: t('home.pending.evaluations'),
        to: acknowledgeLink(evaluations),
        icon: 'check',
      });
    const feedback = pending.data?.unacknowledgedFeedback?.totalCount ?? 0;
    if (showFeedback && feedback > 0)
      items.push({
        key: 'feedback',
        count: feedback,
        text: t('home.pending.feedback'),
        to: '/umpan-balik',
        icon: 'inbox',
      });
    const unread = inbox.data?.inbox?.unreadCount ?? 0;
    if (unread > 0)
      items.push({
        key: 'inbox',
        count: unread,
        text: t('home.pending.inbox'),
        // The inbox is shown at the top of Penilaian Saya.
        to: '/penilaian-saya',
        icon: 'info',
      });
    body =
      items.length === 0 ? (
        <CardEmpty testId="home-pending-empty">{t('home.pending.none')}</CardEmpty>
      ) : (
        <ul className="home-list" data-testid="home-pending-data">
          {items.map((item) => (
            <li key={item.key} data-pending={item.key}>
              <Link to={item.to} className="home-list__link">
                <span className="home-list__count">{item.count}</span>
                <span>{item.text}</span>
                <Icon name="chevronRight" size={16} className="home-list__chevron" />
              </Link>
            </li>
          ))}
        </ul>
      );
  }

  return (
    <HomeCard id="home-pending" title={t('home.pending.title')} icon="inbox">
      {body}
    </HomeCard>
  );
});
