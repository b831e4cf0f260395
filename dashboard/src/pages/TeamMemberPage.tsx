import { useQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { hasErrorCode, significantError } from '../modules/api/utils/graphql-errors';
import { loadStateOf } from '../modules/api/utils/load-state';
import { ChartPanel } from '../modules/analytics/components/ChartPanel';
import { CurrentTargets } from '../modules/analytics/components/CurrentTargets';
import { TrendChart } from '../modules/analytics/components/TrendChart';
import { TrendTable } from '../modules/analytics/components/TrendTable';
import { GET_MY_TREND, GET_TEAM_MEMBER } from '../modules/analytics/graphql/queries';
import '../modules/analytics/styles/analytics.css';
import { trendRows } from '../modules/analytics/utils/trend';
import { useSession } from '../modules/auth/hooks/useSession';
import { useAbility } from '../modules/authz';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { CYCLE_PARAM, useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { PlanSection } from '../modules/development/components/PlanSection';
import '../modules/development/styles/development.css';
import { EvaluationHistory } from '../modules/evaluation/components/EvaluationHistory';
import { GET_MY_EVALUATIONS } from '../modules/evaluation/graphql/queries';
import { useOpeningPeriod } from '../modules/evaluation/hooks/useOpeningPeriod';
import '../modules/evaluation/styles/evaluation.css';
import { FeedbackComposer } from '../modules/feedback/components/FeedbackComposer';
import { FeedbackList } from '../modules/feedback/components/FeedbackList';
import { GET_RECEIVED_FEEDBACK } from '../modules/feedback/graphql/queries';
import '../modules/feedback/styles/feedback.css';
import { useI18n } from '../modules/i18n';
import '../modules/skp/styles/skp.css';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { Icon } from '../modules/ui/components/Icon';
import { Notice } from '../modules/ui/components/Notice';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { PageSkeleton } from '../modules/ui/components/PageSkeleton';
import { QueryState } from '../modules/ui/components/QueryState';
import type { GetTeamMemberQuery } from '../modules/api/generated/graphql';

/**
 * A team member as their head sees them (`/tim/:employeeId`): trend over cycles, the SKP and
 * realisations of the chosen cycle, evaluations, feedback and development, with the head's
 * actions. Only people in the viewer's line (everyone for the Camat and HR) are shown.
 */
export function TeamMemberPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { employeeId = '' } = useParams();
  const selection = useCycleSelection();
  const cycle = selection.cycle;
  // The trend follows the same rule as the whole page (the member, their chain, the Camat, HR):
  // FORBIDDEN there means the member is not in the viewer's line.
  const trend = useQuery(GET_MY_TREND, {
    variables: { employeeId },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const member = useQuery(GET_TEAM_MEMBER, {
    variables: { id: employeeId, cycleId: cycle?.id ?? '' },
    skip: !cycle,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const employee = member.data?.employee;
  const points = trend.data?.performanceTrend;
  const forbidden = !points && hasErrorCode(trend.error, 'FORBIDDEN');
  const notFound = !employee && member.data !== undefined && !member.loading;

  const back = (
    <Link className="breadcrumb__back" to="/tim">
      <Icon name="chevronLeft" size={16} />
      {t('member.back')}
    </Link>
  );

  if (forbidden || notFound || hasErrorCode(trend.error, 'NOT_FOUND'))
    return (
      <div className="page__content">
        {back}
        <EmptyState
          title={t('member.unavailable')}
          body={t('member.unavailableHint')}
          icon="lock"
        />
      </div>
    );

  const memberError = employee ? undefined : significantError(member.error);
  let content: ReactNode = null;
  if (cycle && employee) {
    const plan = member.data?.performancePlans.edges[0]?.node ?? null;
    content = (
      <div className="analytics-stack">
        <MemberActions
          employee={employee}
          plan={plan}
          cycle={cycle}
          viewerEmployeeId={me.employee?.id ?? null}
        />
        <QueryState
          query={loadStateOf(trend, points)}
          empty={
            points?.length === 0 && (
              <section className="card">
                <h2 className="card__title">{t('member.trend')}</h2>
                <p className="muted">{t('member.noTrend')}</p>
              </section>
            )
          }
          cards={1}
          testId="member-trend-loading"
        >
          {points && (
            <ChartPanel
              title={t('member.trend')}
              testId="member-trend"
              fileName={['kinerja', employee.name ?? employeeId]}
              chart={<TrendChart rows={trendRows(points, t('period.ANNUAL'))} />}
              table={<TrendTable rows={trendRows(points, t('period.ANNUAL'))} />}
              csv={() => ({
                headers: [
                  t('myPerformance.point'),
                  t('myPerformance.predicate'),
                  t('myPerformance.predicateLevel'),
                  t('myPerformance.achievement'),
                ],
                rows: trendRows(points, t('period.ANNUAL')).map((row) => [
                  row.label,
                  t(`predicate.${row.predicate}`),
                  row.predicateLevel,
                  row.achievement,
                ]),
              })}
            />
          )}
        </QueryState>
        <CurrentTargets employeeId={employeeId} own={false} />
        <MemberEvaluations employeeId={employeeId} />
        <MemberFeedback employeeId={employeeId} />
        <PlanSection
          employeeId={employeeId}
          cycleId={cycle.id}
          viewer="read"
          emptyHint={t('development.plan.emptyTeam')}
        />
      </div>
    );
  }

  return (
    <div className="page__content">
      {back}
      <PageHeader
        title={employee?.name ?? t('member.title')}
        subtitle={
          employee
            ? [employee.nip, employee.position?.title, employee.unit?.name]
                .filter(Boolean)
                .join(' · ')
            : undefined
        }
      >
        {cycle && <CycleSelect selection={selection} />}
      </PageHeader>
      <QueryState
        loads={[selection]}
        noCycle={!cycle}
        query={{
          loading: member.loading && !employee,
          error: memberError,
          retry: () => void member.refetch(),
        }}
        cards={3}
        testId="member-loading"
      >
        {content}
      </QueryState>
    </div>
  );
}

type MemberPlan = GetTeamMemberQuery['performancePlans']['edges'][number]['node'];

/** What the head may do for the member: evaluate the period due or overdue, approve, feedback, training. */
function MemberActions({
  employee,
  plan,
  cycle,
  viewerEmployeeId,
}: {
  employee: NonNullable<GetTeamMemberQuery['employee']>;
  plan: MemberPlan | null;
  cycle: { id: string; year: number; status?: string | null };
  viewerEmployeeId: string | null;
}) {
  const { t } = useI18n();
  const ability = useAbility();
  const [composing, setComposing] = useState(false);
  const [sent, setSent] = useState(false);
  const evaluates = Boolean(viewerEmployeeId && plan?.evaluator?.id === viewerEmployeeId);
  // The same period the Penilaian opens on, for this one member.
  const period = useOpeningPeriod({
    cycleId: cycle.id,
    evaluatorId: viewerEmployeeId,
    employeeId: employee.id,
    skip: !evaluates || plan?.status !== 'APPROVED',
  });
  const open = cycle.status !== 'CLOSED';
  const canTrain = ability.can('create', 'DevelopmentActivity') && open;
  const self = viewerEmployeeId === employee.id;

  return (
    <section className="card" aria-labelledby="member-actions-title" data-testid="member-actions">
      <h2 className="card__title" id="member-actions-title">
        {t('member.actions')}
      </h2>
      <div className="form-actions member-actions">
        {evaluates && plan?.status === 'APPROVED' && period && (
          <Link
            to={`/penilaian/${plan.id}/${period}`}
            className="button button--primary"
            data-testid="member-evaluate"
          >
            {t('member.evaluate', { period: t(`periodLong.${period}`) })}
          </Link>
        )}
        {evaluates && plan?.status === 'SUBMITTED' && (
          <Link
            to={`/persetujuan/${plan.id}`}
            className="button button--primary"
            data-testid="member-approve"
          >
            {t('member.approve')}
          </Link>
        )}
        {!self && open && (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={composing}
            onClick={() => {
              setSent(false);
              setComposing(!composing);
            }}
          >
            {t('member.feedback')}
          </button>
        )}
        {canTrain && !self && (
          <Link
            to={`/tim/pengembangan/${employee.id}?${CYCLE_PARAM}=${cycle.id}`}
            className="button button--secondary"
          >
            {t('member.training')}
          </Link>
        )}
      </div>
      {!plan && <p className="muted small">{t('member.noPlan', { year: cycle.year })}</p>}
      {sent && <Notice tone="success">{t('member.feedbackSent')}</Notice>}
      {composing && viewerEmployeeId && (
        <FeedbackComposer
          cycleId={cycle.id}
          myEmployeeId={viewerEmployeeId}
          to={{
            __typename: 'Employee',
            id: employee.id,
            name: employee.name ?? '',
            position: employee.position ?? null,
            unit: employee.unit ?? null,
          }}
          onSent={() => {
            setComposing(false);
            setSent(true);
          }}
        />
      )}
    </section>
  );
}

function MemberEvaluations({ employeeId }: { employeeId: string }) {
  const { t } = useI18n();
  const query = useQuery(GET_MY_EVALUATIONS, {
    variables: { employeeId },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const evaluations = query.data
    ? query.data.evaluations.edges
        .map(({ node }) => node)
        .filter((evaluation) => evaluation.status !== 'DRAFT')
    : undefined;
  return (
    <section aria-labelledby="member-evaluations-title" data-testid="member-evaluations">
      <h2 className="section-head__title" id="member-evaluations-title">
        {t('member.evaluations')}
      </h2>
      <QueryState
        query={loadStateOf(query, evaluations)}
        empty={evaluations?.length === 0 && <p className="muted">{t('member.noEvaluations')}</p>}
        cards={1}
        testId="member-evaluations-loading"
      >
        {evaluations && <EvaluationHistory evaluations={evaluations} headingLevel={3} />}
      </QueryState>
    </section>
  );
}

function MemberFeedback({ employeeId }: { employeeId: string }) {
  const { t } = useI18n();
  const query = useQuery(GET_RECEIVED_FEEDBACK, {
    variables: { recipientId: employeeId },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const items = query.data?.feedback.edges.map(({ node }) => node);
  if (query.loading && !items) return <PageSkeleton cards={1} testId="member-feedback-loading" />;
  const error = items ? undefined : significantError(query.error);
  if (error) return <ErrorState error={error} onRetry={() => void query.refetch()} />;
  return (
    <section className="card" aria-labelledby="member-feedback-title" data-testid="member-feedback">
      <h2 className="card__title" id="member-feedback-title">
        {t('member.feedbackReceived', { count: query.data?.feedback.totalCount ?? 0 })}
      </h2>
      {items && items.length > 0 ? (
        <FeedbackList items={items} direction="observed" />
      ) : (
        <p className="muted">{t('member.noFeedback')}</p>
      )}
    </section>
  );
}
