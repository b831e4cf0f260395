import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useT } from '../../i18n';
import { Icon } from './Icon';

interface BoundaryProps {
  children: ReactNode;
  fallback: ReactNode;
}

/** Catches a page that failed to render (typically its chunk failed to download). */
class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function PageLoadFailed() {
  const t = useT();
  return (
    <div className="state state--error" role="alert" data-testid="page-load-failed">
      <Icon name="alert" size={32} className="state__icon" />
      <h2 className="state__title">{t('common.pageLoadFailedTitle')}</h2>
      <p className="state__body">{t('common.pageLoadFailedBody')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.location.reload()}
      >
        {t('common.reloadPage')}
      </button>
    </div>
  );
}

/**
 * Pages load as separate chunks: when one cannot be fetched (a dropped connection, or a new
 * release replaced the files), say so and offer a reload instead of leaving a blank screen.
 * Navigating elsewhere starts afresh. Kept free of Apollo so that /login stays light.
 */
export function ChunkErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <Boundary key={pathname} fallback={<PageLoadFailed />}>
      {children}
    </Boundary>
  );
}
