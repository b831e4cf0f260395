import { useT } from '../../i18n';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { greetingKey } from '../utils/greeting';

/**
 * Beranda while a returning visit signs back in (Apollo, the session, the shell): the greeting with
 * the name this device kept from the last session, and the cards' places. Part of the first
 * script, so a phone shows it with its first paint instead of a spinner.
 */
export function LandingSkeleton({ name }: { name: string }) {
  const t = useT();
  return (
    <div className="app" data-testid="landing-skeleton">
      <div className="landing-skeleton__bar" aria-hidden="true" />
      <main className="page">
        <div className="page__content">
          <PageHeader
            title={t(greetingKey(new Date()), { name })}
            subtitle={t('home.landingIntro')}
          />
          <PageSkeleton cards={3} />
        </div>
      </main>
    </div>
  );
}
