import { useQuery } from '@apollo/client/react';
import { Fragment, useDeferredValue, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../modules/auth/hooks/useSession';
import { Can } from '../modules/authz';
import { significantError } from '../modules/api/utils/graphql-errors';
import { EmployeeSummaryCard } from '../modules/employees/components/EmployeeSummaryCard';
import { GET_MY_SUMMARY } from '../modules/employees/graphql/queries';
import { DeadlinesCard } from '../modules/deadlines/components/DeadlinesCard';
import { AnalysisCard } from '../modules/home/components/AnalysisCard';
import { CardWaiting } from '../modules/home/components/HomeCard';
import { JpCard } from '../modules/home/components/JpCard';
import { CompletionCard, CurveCard, JpTotalsCard } from '../modules/home/components/KecamatanCards';
import { MyPerformanceCard } from '../modules/home/components/MyPerformanceCard';
import { PendingCard } from '../modules/home/components/PendingCard';
import { TeamCard } from '../modules/home/components/TeamCard';
import '../modules/analytics/styles/analytics.css';
import '../modules/development/styles/development.css';
import '../modules/home/styles/home.css';
import '../modules/deadlines/styles/deadlines.css';
import { landingCardsFor } from '../modules/home/utils/cards';
export { preloadLanding } from '../modules/home/utils/preload';
import { useT } from '../modules/i18n';
import { navViewerOf } from '../modules/layout/utils/nav-items';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { MountWhenNear } from '../modules/ui/components/MountWhenNear';
import { Icon } from '../modules/ui/components/Icon';
import { Skeleton } from '../modules/ui/components/Skeleton';
import { PageHeader } from '../modules/ui/components/PageHeader';
import { greetingKey, greetingNameOf } from '../modules/home/utils/greeting';
import '../modules/employees/styles/employees.css';
import '../modules/evaluation/styles/evaluation.css';

/**
 * Beranda: each card answers one first question of the viewer — the kecamatan against the curve
 * (LEADER/HR), the team and who needs them (supervisors), their own trend, JP and what waits for
 * them (every employee), the data (analysts) — then the profile.
 */
/** How many cards a phone's first screen shows below the greeting: they mount at once. */
const FIRST_SCREEN_CARDS = 2;

export function HomePage() {
  const t = useT();
  const { me, ability } = useSession();
  const cards = landingCardsFor({ ability, viewer: navViewerOf(me) });
  // The chosen cycle (else the active, else the newest): the pages the cards link to use it too.
  const selection = useCycleSelection();
  // Stable while the cycles are: the memoised cards re-render only when their own data changes.
  const cycles = useMemo(
    () => ({
      cycles: selection.cycles,
      cycle: selection.cycle,
      loading: selection.loading,
      error: selection.error,
      retry: selection.retry,
    }),
    [selection.cycles, selection.cycle, selection.loading, selection.error, selection.retry],
  );
  // The greeting (the largest paint) commits first; the cards mount in a background render that
  // yields to the browser, rather than in one long task with it.
  const showCards = useDeferredValue(true, false);
  const employeeId = me.employee?.id;
  const name = greetingNameOf(me);

  // What the cards that wait on the chosen cycle are given of it.
  const cycleProps = {
    cycle: selection.cycle,
    cycleLoading: selection.loading,
    cycleError: selection.error,
    onRetryCycles: selection.retry,
  };
  // The cards in the order they show; those past the first screen mount as the reader nears them.
  const landing: [string, ReactNode][] = [];
  if (cards.curve) landing.push(['curve', <CurveCard cycles={cycles} />]);
  if (cards.completion) landing.push(['completion', <CompletionCard cycles={cycles} />]);
  if (cards.jpTotals) landing.push(['jp-totals', <JpTotalsCard cycles={cycles} />]);
  if (cards.deadlines) {
    landing.push(['deadlines', <DeadlinesCard {...cycleProps} scope={cards.deadlinesScope} />]);
  }
  if (cards.team) {
    landing.push(['team', <TeamCard {...cycleProps} />]);
  }
  if (employeeId && cards.performance) {
    landing.push(['performance', <MyPerformanceCard employeeId={employeeId} />]);
  }
  if (employeeId && cards.jp) {
    landing.push(['jp', <JpCard employeeId={employeeId} {...cycleProps} />]);
  }
  if (employeeId && cards.pending) {
    landing.push([
      'pending',
      <PendingCard
        employeeId={employeeId}
        showEvaluations={cards.pendingEvaluations}
        showFeedback={cards.pendingFeedback}
        showPlan={cards.pendingPlan}
        showApprovals={cards.pendingApprovals}
      />,
    ]);
  }
  if (cards.analysis) landing.push(['analysis', <AnalysisCard />]);

  return (
    <div className="page__content">
      <PageHeader
        title={t(greetingKey(new Date()), { name })}
        titleTestId="greeting"
        subtitle={t('home.landingIntro')}
      >
        {/* Held in place while the cycles load: most years there is more than one to pick from. */}
        {(selection.loading || selection.cycles.length > 1) && (
          <CycleSelect selection={selection} />
        )}
      </PageHeader>

      {showCards && (
        <>
          <div className="home-landing" data-testid="home-landing">
            {landing.map(([key, card], index) =>
              index < FIRST_SCREEN_CARDS ? (
                <Fragment key={key}>{card}</Fragment>
              ) : (
                <MountWhenNear
                  key={key}
                  className="card home-card"
                  placeholder={<CardWaiting testId={`home-${key}-waiting`} />}
                >
                  {card}
                </MountWhenNear>
              ),
            )}
          </div>

          <h2 className="home-section-title">{t('home.section.profile')}</h2>
          <div className="home-grid home-profile">
            <MountWhenNear
              className="card summary-card"
              placeholder={<CardWaiting testId="home-profile-waiting" />}
            >
              <ProfileCard />
            </MountWhenNear>

            <Can I="read" a="Employee">
              <Link to="/pegawai" className="card card--link quick-link">
                <Icon name="users" size={28} />
                <span>
                  <span className="quick-link__title">{t('nav.employees')}</span>
                  <span className="muted">{t('home.openDirectory')}</span>
                </span>
                <Icon name="chevronRight" size={20} className="quick-link__chevron" />
              </Link>
            </Can>
          </div>
        </>
      )}
    </div>
  );
}

function ProfileLoading() {
  const t = useT();
  return (
    <div aria-busy="true">
      <span className="visually-hidden" role="status">
        {t('common.loading')}
      </span>
      <Skeleton width="40%" height="1.1rem" />
      <Skeleton width="70%" />
      <Skeleton width="60%" />
      <Skeleton width="50%" />
    </div>
  );
}

/** The viewer's own profile at the foot of Beranda (asked once it comes into view). */
function ProfileCard() {
  const t = useT();
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(GET_MY_SUMMARY, {
    errorPolicy: 'all',
  });
  const employee = data?.me.employee;
  const realError = significantError(error);
  if (loading && !data) {
    return (
      <section className="card summary-card">
        <ProfileLoading />
      </section>
    );
  }
  if (employee) return <EmployeeSummaryCard employee={employee} />;
  if (realError && !data) return <ErrorState error={realError} onRetry={() => void refetch()} />;
  return (
    <section className="card summary-card">
      <h2 className="card__title">{t('home.summaryTitle')}</h2>
      <p className="muted">{t('home.noEmployee')}</p>
      <dl className="field-list field-list--compact">
        <div className="field-list__row">
          <dt>{t('home.roles')}</dt>
          <dd>{me.roles.map((role) => t(`role.${role}`)).join(', ')}</dd>
        </div>
      </dl>
    </section>
  );
}
