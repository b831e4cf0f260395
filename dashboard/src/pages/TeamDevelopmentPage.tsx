import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { significantError } from '../modules/api/utils/graphql-errors';
import { useSession } from '../modules/auth/hooks/useSession';
import { useAbility } from '../modules/authz';
import { AddActivityForm } from '../modules/development/components/AddActivityForm';
import { JpOverviewSection } from '../modules/development/components/JpOverviewSection';
import { PlanSection } from '../modules/development/components/PlanSection';
import { RecommendationList } from '../modules/development/components/RecommendationList';
import { GET_DEVELOPMENT_EMPLOYEE } from '../modules/development/graphql/queries';
import { PLAN_REFETCH, useRecommendations } from '../modules/development/hooks/useDevelopmentPlan';
import '../modules/development/styles/development.css';
import type { TrainingRecommendation } from '../modules/development/types';
import { useI18n } from '../modules/i18n';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { Notice } from '../modules/ui/components/Notice';
import { PageSkeleton } from '../modules/ui/components/PageSkeleton';
import { QueryState } from '../modules/ui/components/QueryState';
import { CYCLE_PARAM, useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { Icon } from '../modules/ui/components/Icon';
import type { CycleSummaryFieldsFragment } from '../modules/api/generated/graphql';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/evaluation/styles/evaluation.css';
import '../modules/analytics/styles/analytics.css';
import '../modules/deadlines/styles/deadlines.css';

/**
 * Pengembangan Tim: the JP status of the supervisor's line (`/tim/pengembangan`) and, for one
 * member (`/tim/pengembangan/:employeeId`), their plan built from the recommendations.
 */
export function TeamDevelopmentPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { employeeId } = useParams();
  const allowed = Boolean(me.isSupervisor) || me.roles.includes('LEADER');
  const selection = useCycleSelection();
  const cycle = selection.cycle;

  return (
    <div className="page__content development-page">
      {employeeId && (
        <Link
          className="breadcrumb__back"
          to={`/tim/pengembangan${cycle ? `?${CYCLE_PARAM}=${cycle.id}` : ''}`}
        >
          <Icon name="chevronLeft" size={16} />
          {t('development.team.back')}
        </Link>
      )}
      <PageHeader
        title={t('development.team.title')}
        subtitle={
          employeeId ? t('development.team.memberSubtitle') : t('development.team.subtitle')
        }
      >
        {allowed && cycle && <CycleSelect selection={selection} />}
      </PageHeader>
      {allowed ? (
        <QueryState loads={[selection]} noCycle={!cycle} testId="team-development-loading">
          {cycle &&
            (employeeId ? (
              <MemberPlan employeeId={employeeId} cycle={cycle} />
            ) : (
              <JpOverviewSection
                cycleId={cycle.id}
                title={t('development.team.jpTitle', { year: cycle.year })}
                selfId={me.employee?.id}
                memberLink={(id) => `/tim/pengembangan/${id}?${CYCLE_PARAM}=${cycle.id}`}
                unitFilter
              />
            ))}
        </QueryState>
      ) : (
        <EmptyState title={t('development.team.forbidden')} icon="lock" />
      )}
    </div>
  );
}

type Adding = { kind: 'training'; recommendation: TrainingRecommendation } | { kind: 'coaching' };

function MemberPlan({
  employeeId,
  cycle,
}: {
  employeeId: string;
  cycle: CycleSummaryFieldsFragment;
}) {
  const { t } = useI18n();
  const ability = useAbility();
  const canAdd = ability.can('create', 'DevelopmentActivity');
  const [adding, setAdding] = useState<Adding | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const member = useQuery(GET_DEVELOPMENT_EMPLOYEE, {
    variables: { id: employeeId },
    errorPolicy: 'all',
  });
  const employee = member.data?.employee;
  const memberError = employee ? undefined : significantError(member.error);
  const recommendations = useRecommendations(employeeId, cycle.id);
  const open = cycle.status !== 'CLOSED';

  if (member.loading && !employee) return <PageSkeleton testId="member-loading" />;
  if (memberError || !employee)
    return <ErrorState error={memberError} onRetry={() => void member.refetch()} />;

  const startAdding = (next: Adding) => {
    setAdded(null);
    setAdding(next);
  };

  return (
    <div className="development-layout">
      <div className="development-layout__main">
        <section className="card member-head" data-testid="member-head">
          <h2 className="card__title">{employee.name}</h2>
          <p className="muted small">
            {[employee.nip, employee.position?.title, employee.unit?.name, employee.employmentType]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </section>
        {added && (
          <Notice tone="success" testId="activity-added">
            {t('development.add.done', { title: added })}
          </Notice>
        )}
        {adding && (
          <AddActivityForm
            key={adding.kind === 'training' ? adding.recommendation.program.id : 'coaching'}
            employeeId={employeeId}
            cycleId={cycle.id}
            cycleYear={cycle.year}
            recommendation={adding.kind === 'training' ? adding.recommendation : null}
            refetchQueries={PLAN_REFETCH}
            onAdded={(title) => {
              setAdding(null);
              setAdded(title);
            }}
            onCancel={() => setAdding(null)}
          />
        )}
        <PlanSection
          employeeId={employeeId}
          cycleId={cycle.id}
          viewer={canAdd && open ? 'chain' : 'read'}
          emptyHint={t('development.plan.emptyTeam')}
        />
      </div>
      <section
        className="card"
        aria-labelledby="member-recommendations"
        data-testid="member-recommendations"
      >
        <div className="section-head">
          <h2 className="card__title" id="member-recommendations">
            {t('development.recommendation.title')}
          </h2>
          {canAdd && open && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => startAdding({ kind: 'coaching' })}
            >
              <Icon name="plus" size={16} />
              {t('development.add.coaching')}
            </button>
          )}
        </div>
        {!open && <Notice tone="info">{t('development.team.closedCycle')}</Notice>}
        <QueryState
          query={recommendations}
          empty={
            recommendations.recommendations?.length === 0 && (
              <p className="muted">{t('development.recommendation.noneTeam')}</p>
            )
          }
          cards={1}
          testId="recommendations-loading"
        >
          {recommendations.recommendations && (
            <RecommendationList
              recommendations={recommendations.recommendations}
              onAdd={
                canAdd && open
                  ? (recommendation) => startAdding({ kind: 'training', recommendation })
                  : undefined
              }
            />
          )}
        </QueryState>
      </section>
    </div>
  );
}
