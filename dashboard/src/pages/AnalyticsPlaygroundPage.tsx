import { Link } from 'react-router-dom';
import { Playground } from '../modules/analytics/playground/Playground';
import '../modules/analytics/styles/analytics.css';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { useSession } from '../modules/auth/hooks/useSession';
import { useI18n } from '../modules/i18n';
import { PageSkeleton } from '../modules/ui/components/PageSkeleton';
import { useCycleSelection } from '../modules/cycles/hooks/useCycleSelection';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import { PageHeader } from '../modules/ui/components/PageHeader';

/** /analisis/playground — loaded lazily (GraphiQL and Monaco are large). */
export default function AnalyticsPlaygroundPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { token } = useAuth();
  const selection = useCycleSelection();
  const allowed = me.roles.includes('ANALYST') || me.roles.includes('HR_ADMIN');
  return (
    <div className="page__content">
      <Link to="/analisis" className="breadcrumb__back">
        <Icon name="chevronLeft" size={16} />
        {t('analysis.backToAnalysis')}
      </Link>
      <PageHeader
        title={t('analysis.playgroundTitle')}
        subtitle={t('analysis.playgroundSubtitle')}
      />
      {!allowed ? (
        <EmptyState title={t('analysis.forbidden')} icon="lock" />
      ) : selection.loading ? (
        <PageSkeleton cards={1} />
      ) : (
        <Playground token={token} cycleId={selection.cycle?.id ?? null} />
      )}
    </div>
  );
}
