import { EmptyState } from '../../ui/components/EmptyState';
import { ErrorState } from '../../ui/components/ErrorState';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { useT } from '../../i18n';
import { PLAN_REFETCH, useDevelopmentPlan } from '../hooks/useDevelopmentPlan';
import type { ActivityViewer } from './ActivityCard';
import { ActivityList } from './ActivityList';
import { JpProgressCard } from './JpProgressCard';

/** JP progress and the plan's items for one employee and cycle. */
export function PlanSection({
  employeeId,
  cycleId,
  viewer,
  emptyHint,
}: {
  employeeId: string;
  cycleId: string;
  viewer: ActivityViewer;
  emptyHint: string;
}) {
  const t = useT();
  const { plan, jp, loading, error, retry, loaded } = useDevelopmentPlan(employeeId, cycleId);
  if (loading) return <PageSkeleton cards={2} testId="plan-loading" />;
  if (error || !loaded) return <ErrorState error={error} onRetry={retry} />;
  const activities = plan?.activities ?? [];
  return (
    <div className="development-plan">
      {jp && <JpProgressCard jp={jp} />}
      <section className="card" aria-labelledby="plan-title" data-testid="development-plan">
        <h2 className="card__title" id="plan-title">
          {t('development.plan.title', { count: activities.length })}
        </h2>
        {activities.length === 0 ? (
          <EmptyState title={t('development.plan.empty')} body={emptyHint} icon="checkList" />
        ) : (
          <ActivityList
            activities={activities}
            viewer={viewer}
            refetchQueries={PLAN_REFETCH}
            onReload={retry}
          />
        )}
      </section>
    </div>
  );
}
