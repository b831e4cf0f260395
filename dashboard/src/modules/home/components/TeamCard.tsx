import { memo } from 'react';
import { useQuery } from '@apollo/client/react';
import { hasErrorCode, significantError } from '../../api/utils/graphql-errors';
import { PendingActions } from '../../analytics/components/PendingActions';
import { useUnitSelection } from '../../analytics/hooks/useAnalyticsPlace';
import { useT } from '../../i18n';
import { GET_HOME_TEAM } from '../graphql/queries';
import { membersNeedingAttention } from '../utils/landing';
import { CardEmpty, CardError, CardLoading, Figure, HomeCard } from './HomeCard';

const SHOWN = 3;

interface TeamCardProps {
  cycle: { id: string } | null;
  cycleLoading: boolean;
  cycleError: unknown;
  onRetryCycles: () => void;
}

/** "How is my team doing and who needs me": Tim Saya's unit in the active cycle, in brief. */
export const TeamCard = memo(function TeamCard({
  cycle,
  cycleLoading,
  cycleError,
  onRetryCycles,
}: TeamCardProps) {
  const t = useT();
  // The unit Tim Saya opens on: the viewer's own (the root for LEADER/HR).
  const place = useUnitSelection();
  const unit = place.unit;
  const query = useQuery(GET_HOME_TEAM, {
    variables: { unitId: unit?.id ?? '', cycleId: cycle?.id ?? '' },
    skip: !unit || !cycle,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const team = query.data?.teamDashboard;
  const loadError = team ? undefined : significantError(query.error);

  let body;
  if (cycleLoading || place.loading || (query.loading && !team))
    body = <CardLoading testId="home-team-loading" />;
  else if (cycleError || place.error)
    body = (
      <CardError
        error={cycleError ?? place.error}
        onRetry={() => {
          onRetryCycles();
          place.retry();
        }}
        testId="home-team-error"
      />
    );
  else if (!cycle || !unit)
    body = <CardEmpty testId="home-team-empty">{t('cycle.none')}</CardEmpty>;
  else if (!team && hasErrorCode(query.error, 'FORBIDDEN'))
    body = <CardEmpty testId="home-team-empty">{t('team.noTeam')}</CardEmpty>;
  else if (loadError || !team)
    body = (
      <CardError error={loadError} onRetry={() => void query.refetch()} testId="home-team-error" />
    );
  else if (team.members.length === 0)
    body = <CardEmpty testId="home-team-empty">{t('team.noMembers')}</CardEmpty>;
  else {
    const attention = membersNeedingAttention({ members: team.members });
    const pending = team.pendingActions.length;
    body = (
      <div data-testid="home-team-data">
        <div className="home-figures">
          <Figure
            value={pending}
            label={t('home.team.pending')}
            tone={pending > 0 ? 'warn' : 'good'}
            testId="home-team-pending"
          />
          <Figure
            value={attention.length}
            label={t('home.team.attention', { total: team.members.length })}
            tone={attention.length > 0 ? 'warn' : 'good'}
            testId="home-team-attention"
          />
        </div>
        {pending > 0 && (
          <>
            <h3 className="home-card__subtitle">{t('home.team.firstActions')}</h3>
            <PendingActions actions={team.pendingActions.slice(0, SHOWN)} />
          </>
        )}
        {attention.length > 0 && (
          <>
            <h3 className="home-card__subtitle">{t('home.team.whoNeedsYou')}</h3>
            <ul className="home-people" data-testid="home-team-people">
              {attention.slice(0, SHOWN).map(({ member, reasons }) => (
                <li key={member.employeeId}>
                  <span className="home-people__name">
                    {member.employee?.name ?? member.employeeId}
                  </span>
                  <span className="muted small">
                    {reasons.map((reason) => t(`home.team.reason.${reason}`)).join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }

  return (
    <HomeCard
      id="home-team"
      title={t('home.team.title')}
      icon="users"
      link={{ to: '/tim', label: t('home.team.link') }}
    >
      {body}
    </HomeCard>
  );
});
