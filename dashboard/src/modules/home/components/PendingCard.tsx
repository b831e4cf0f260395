import { memo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { significantError } from '../../api/utils/graphql-errors';
import { useT } from '../../i18n';
import { GET_CYCLES } from '../../cycles/graphql/queries';
import { CYCLE_PARAM } from '../../cycles/hooks/useCycleSelection';
import { nextPlanningCycle } from '../../cycles/utils/cycles';
import { GET_UNREAD_NOTIFICATIONS } from '../../notifications/graphql/queries';
import { Icon, type IconName } from '../../ui/components/Icon';
import { GET_MY_PENDING, GET_PLANNING_SKP } from '../graphql/queries';
import { acknowledgeLink, countUnacknowledged } from '../utils/landing';
import { CardEmpty, CardError, CardLoading, HomeCard } from './HomeCard';

interface PendingCardProps {
  employeeId: string;
  /** What the viewer's rules let them open: their evaluations, feedback. */
  showEvaluations: boolean;
  showFeedback: boolean;
  /** Whether the viewer writes their own SKP (SKP Saya), and approves their line's (Persetujuan SKP). */
  showPlan: boolean;
  showApprovals: boolean;
}

/**
 * What waits for the viewer: evaluations to acknowledge, feedback to read, unread messages; and in a
 * cycle HR has opened for planning, the own SKP until it is submitted and, for an atasan, the SKP
 * submitted to them until approved or returned.
 */
export const PendingCard = memo(function PendingCard({
  employeeId,
  showEvaluations,
  showFeedback,
  showPlan,
  showApprovals,
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
  // The cycles come from the cache Beranda's cycle picker filled; the SKP are read only while a
  // cycle is being planned.
  const planningShown = showPlan || showApprovals;
  const cycles = useQuery(GET_CYCLES, { skip: !planningShown, errorPolicy: 'all' });
  const planning = planningShown ? nextPlanningCycle(cycles.data?.cycles ?? []) : null;
  const plan = useQuery(GET_PLANNING_SKP, {
    variables: {
      cycleId: planning?.id ?? '',
      employeeId,
      withOwn: showPlan,
      withApprovals: showApprovals,
    },
    skip: !planning,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const loading =
    (pending.loading && !pending.data) ||
    (inbox.loading && !inbox.data) ||
    (plan.loading && !plan.data);
  const loadError =
    (pending.data ? undefined : significantError(pending.error)) ??
    (inbox.data ? undefined : significantError(inbox.error)) ??
    (plan.data ? undefined : significantError(plan.error));

  let body;
  if (loading) body = <CardLoading testId="home-pending-loading" />;
  else if (loadError)
    body = (
      <CardError
        error={loadError}
        onRetry={() => {
          void pending.refetch();
          void inbox.refetch();
          if (planning) void plan.refetch();
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
    if (planning && plan.data) {
      // Not yet submitted: none written, a draft, or returned by the atasan to be revised. A list
      // that did not come (refused) says nothing about the SKP.
      const own = plan.data.own;
      const status = own?.edges[0]?.node.status ?? null;
      if (showPlan && own && (status === null || status === 'DRAFT' || status === 'RETURNED'))
        items.push({
          key: 'plan',
          count: 1,
          text: t(status === 'RETURNED' ? 'home.pending.planReturned' : 'home.pending.plan', {
            year: planning.year,
          }),
          to: `/skp?${CYCLE_PARAM}=${planning.id}`,
          icon: 'target',
        });
      const toApprove = plan.data.toApprove?.totalCount ?? 0;
      if (showApprovals && toApprove > 0)
        items.push({
          key: 'approvals',
          count: toApprove,
          text: t('home.pending.approvals', { year: planning.year }),
          to: `/persetujuan?${CYCLE_PARAM}=${planning.id}`,
          icon: 'checkList',
        });
    }
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
