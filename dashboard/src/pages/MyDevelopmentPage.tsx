import { Link } from 'react-router-dom';
import { useSession } from '../modules/auth/hooks/useSession';
import { PlanSection } from '../modules/development/components/PlanSection';
import { RecommendationList } from '../modules/development/components/RecommendationList';
import { useRecommendations } from '../modules/development/hooks/useDevelopmentPlan';
import '../modules/development/styles/development.css';
import { useI18n } from '../modules/i18n';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { PageSkeleton } from '../modules/ui/components/PageSkeleton';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';

/**
 * Pengembangan Saya: the viewer's development plan for a cycle, JP toward 20, the programmes
 * recommended from their latest evaluations, and progress, outcome and certificate per item.
 */
export function MyDevelopmentPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const employeeId = me.employee?.id;
  const selection = useCycleSelection();
  const cycle = selection.cycle;

  let body;
  if (!employeeId) {
    body = <EmptyState title={t('development.noEmployee')} icon="lock" />;
  } else if (selection.loading) {
    body = <PageSkeleton testId="my-development-loading" cards={2} />;
  } else if (selection.error) {
    body = <ErrorState error={selection.error} onRetry={selection.retry} />;
  } else if (!cycle) {
    body = <EmptyState title={t('cycle.none')} body={t('cycle.noneHint')} />;
  } else {
    body = (
      <div className="development-layout">
        <PlanSection
          employeeId={employeeId}
          cycleId={cycle.id}
          viewer="self"
          emptyHint={t('development.plan.emptySelf')}
        />
        <MyRecommendations employeeId={employeeId} cycleId={cycle.id} />
      </div>
    );
  }

  return (
    <div className="page__content development-page">
      <header className="page-header page-header--with-tools">
        <div>
          <h1 className="page-header__title">{t('development.my.title')}</h1>
          <p className="page-header__subtitle">{t('development.my.subtitle')}</p>
        </div>
        {employeeId && cycle && (
          <div className="toolbar">
            <CycleSelect
              cycles={selection.cycles}
              value={cycle.id}
              onChange={selection.setCycleId}
            />
          </div>
        )}
      </header>
      {body}
    </div>
  );
}

function MyRecommendations({ employeeId, cycleId }: { employeeId: string; cycleId: string }) {
  const { t } = useI18n();
  const { recommendations, loading, error, reload } = useRecommendations(employeeId, cycleId);
  return (
    <section
      className="card"
      aria-labelledby="recommendations-title"
      data-testid="my-recommendations"
    >
      <h2 className="card__title" id="recommendations-title">
        {t('development.recommendation.title')}
      </h2>
      <p className="muted small">{t('development.recommendation.selfHint')}</p>
      {loading ? (
        <PageSkeleton cards={1} testId="recommendations-loading" />
      ) : error || !recommendations ? (
        <ErrorState error={error} onRetry={reload} />
      ) : recommendations.length === 0 ? (
        <p className="muted">{t('development.recommendation.none')}</p>
      ) : (
        <RecommendationList recommendations={recommendations} />
      )}
      <p className="small">
        <Link to="/katalog-pelatihan">{t('development.catalogueLink')}</Link>
      </p>
    </section>
  );
}
