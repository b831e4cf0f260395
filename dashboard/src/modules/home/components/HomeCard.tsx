import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { loadErrorOf } from '../../ui/components/ErrorState';
import { Icon, type IconName } from '../../ui/components/Icon';
import { Skeleton } from '../../ui/components/Skeleton';

interface HomeCardProps {
  /** Also the test id and the prefix of the title's id. */
  id: string;
  title: string;
  icon: IconName;
  /** Where to go for the whole picture. */
  link?: { to: string; label: string };
  children: ReactNode;
}

/** One question of the landing page, answered at a glance, with a link to the full page. */
export function HomeCard({ id, title, icon, link, children }: HomeCardProps) {
  return (
    <section className="card home-card" aria-labelledby={`${id}-title`} data-testid={id}>
      <div className="home-card__head">
        <Icon name={icon} size={20} className="home-card__icon" />
        <h2 className="card__title home-card__title" id={`${id}-title`}>
          {title}
        </h2>
      </div>
      <div className="home-card__body">{children}</div>
      {link && (
        <Link to={link.to} className="home-card__link">
          <span>{link.label}</span>
          <Icon name="chevronRight" size={18} />
        </Link>
      )}
    </section>
  );
}

export function CardLoading({ testId }: { testId: string }) {
  const t = useT();
  return (
    <div className="home-card__loading" aria-busy="true" data-testid={testId}>
      <span className="visually-hidden" role="status">
        {t('common.loading')}
      </span>
      <Skeleton width="45%" height="1.6rem" />
      <Skeleton width="80%" />
      <Skeleton width="65%" />
    </div>
  );
}

/**
 * The place of a card further down the page before it mounts: a still frame announced as loading
 * (skeleton bars nobody sees would only keep the compositor busy).
 */
export function CardWaiting({ testId }: { testId: string }) {
  const t = useT();
  return (
    <div aria-busy="true" data-testid={testId}>
      <span className="visually-hidden" role="status">
        {t('common.loading')}
      </span>
    </div>
  );
}

/** A compact error inside a card: the rest of the landing page keeps working. */
export function CardError({
  error,
  onRetry,
  testId,
}: {
  error: unknown;
  onRetry: () => void;
  testId: string;
}) {
  const t = useT();
  const { message, retryable } = loadErrorOf(error);
  return (
    <div className="home-card__error" role="alert" data-testid={testId}>
      <p>
        <Icon name="alert" size={18} />
        <span>{t(message)}</span>
      </p>
      {retryable && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function CardEmpty({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <p className="muted home-card__empty" data-testid={testId}>
      {children}
    </p>
  );
}

/** A big figure with its label, e.g. "3 · perlu tindakan". */
export function Figure({
  value,
  label,
  tone,
  testId,
}: {
  value: ReactNode;
  label: ReactNode;
  tone?: 'good' | 'warn' | 'bad';
  testId?: string;
}) {
  return (
    <p className={`home-figure${tone ? ` home-figure--${tone}` : ''}`} data-testid={testId}>
      <span className="home-figure__value">{value}</span>
      <span className="home-figure__label">{label}</span>
    </p>
  );
}
