import { useT } from '../../i18n';
import { Skeleton } from './Skeleton';

/** Placeholder cards while a page loads. */
export function PageSkeleton({ cards = 3, testId }: { cards?: number; testId?: string }) {
  const t = useT();
  return (
    <div className="plan-skeleton" role="status" aria-live="polite" data-testid={testId}>
      <span className="visually-hidden">{t('common.loading')}</span>
      {Array.from({ length: cards }, (_, index) => (
        <div key={index} className="card plan-skeleton__card" aria-hidden="true">
          <Skeleton width={`${40 + ((index * 13) % 30)}%`} height="1.1rem" />
          <Skeleton width="85%" />
          <Skeleton width={`${50 + ((index * 7) % 30)}%`} />
        </div>
      ))}
    </div>
  );
}
