import { Link } from 'react-router-dom';
import { useSession } from '../modules/auth/hooks/useSession';
import { PlanSection } from '../modules/development/components/PlanSection';
import { RecommendationList } from '../modules/development/components/RecommendationList';
import { useRecommendations } from '../modules/development/hooks/useDevelopmentPlan';
import '../modules/development/styles/development.css';
import { useI18n } from '../modules/i18n';
import { CycleSelect } from '../modules/cycles/components/CycleSelect';
import { QueryState } from '../modules/ui/components/QueryState';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Notice } from '../modules/ui/components/Notice';
import { PageHeader } from '../modules/ui/components/PageHeader';
import '../modules/evaluation/styles/evaluation.css';

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

  return (
    <div className="page__content development-page">
      <PageHeader title={t('development.my.title')} subtitle={t('development.my.subtitle')}>
        {employeeId && cycle && <CycleSelect selection={selection} />}
      </PageHeader>
      {employeeId ? (
        <QueryState loads={[selection]} noCycle={!cycle} cards={2} testId="my-development-loading">
          {cycle && (
            <div className="development-layout">
              {cycle.status === 'CLOSED' && (
                <Notice tone="info">{t('development.team.closedCycle')}</Notice>
              )}
              <PlanSection
                employeeId={employeeId}
                cycleId={cycle.id}
                // A closed year's plan is kept as it stands: no progress recorded afterwards.
                viewer={cycle.status === 'CLOSED' ? 'read' : 'self'}
                emptyHint={t('development.plan.emptySelf')}
              />
              <MyRecommendations employeeId={employeeId} cycleId={cycle.id} />
            </div>
          )}
        </QueryState>
      ) : (
        <EmptyState title={t('development.noEmployee')} icon="lock" />
      )}
    </div>
  );
}

function MyRecommendations({ employeeId, cycleId }: { employeeId: string; cycleId: string }) {
  const { t } = useI18n();
  const { recommendations, ...load } = useRecommendations(employeeId, cycleId);
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
      <QueryState
        query={load}
        empty={
          recommendations?.length === 0 && (
            <p className="muted">{t('development.recommendation.none')}</p>
          )
        }
        cards={1}
        testId="recommendations-loading"
      >
        {recommendations && <RecommendationList recommendations={recommendations} />}
      </QueryState>
      <p className="small">
        <Link to="/katalog-pelatihan">{t('development.catalogueLink')}</Link>
      </p>
    </section>
  );
}
