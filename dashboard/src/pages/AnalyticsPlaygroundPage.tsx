import { Link } from 'react-router-dom';
import { Playground } from '../modules/analytics/playground/Playground';
import '../modules/analytics/styles/analytics.css';
import { useAnalysisCycle } from '../modules/analytics/hooks/useAnalysisCycle';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { useSession } from '../modules/auth/hooks/useSession';
import { useI18n } from '../modules/i18n';
import { PageSkeleton } from '../modules/ui/components/PageSkeleton';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { Icon } from '../modules/ui/components/Icon';
import { PageHeader } from '../modules/ui/components/PageHeader';

/**
 * /analisis/playground — loaded lazily (GraphiQL and Monaco are large). The examples' `$cycleId`
 * is the cycle Analisis opens on (the newest closed one), so they answer with data; the note
 * names the cycles that hold settled predicates for when a result comes back empty.
 */
export default function AnalyticsPlaygroundPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { token } = useAuth();
  const selection = useAnalysisCycle();
  const allowed = me.roles.includes('ANALYST') || me.roles.includes('HR_ADMIN');
  const cycle = selection.cycle;
  const settled = selection.cycles
    .filter((candidate) => candidate.status === 'CLOSED' || candidate.status === 'CALIBRATION')
    .sort((a, b) => b.year - a.year);
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
        <>
          <p className="muted" data-testid="playground-cycle-note">
            {cycle
              ? t('analysis.playgroundCycle', {
                  id: cycle.id,
                  cycle: t('cycle.option', {
                    year: cycle.year,
                    status: t(`cycleStatus.${cycle.status}`),
                  }),
                })
              : t('analysis.playgroundNoCycle')}{' '}
            {settled.length > 0 &&
              t('analysis.playgroundSettled', {
                cycles: settled.map((option) => `${option.year} = ${option.id}`).join(', '),
              })}
          </p>
          <Playground
            token={token}
            cycleId={cycle?.id ?? null}
            emptyHint={t('analysis.playgroundEmptyResult')}
          />
        </>
      )}
    </div>
  );
}
