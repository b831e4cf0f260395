import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { LandingSkeleton } from '../../home/components/LandingSkeleton';
import { useT } from '../../i18n';
import { FullPageLoader } from '../../ui/components/Spinner';
import { firstScreenCommitted } from '../../ui/utils/first-paint';
import { useAuth } from '../hooks/useAuth';

/** What shows while the session loads: Beranda's frame with the kept name, else a spinner. */
export function SignedInLoader() {
  const t = useT();
  const { keptName } = useAuth();
  const { pathname } = useLocation();
  // The signed-in chunks load once this is painted (afterFirstPaint), not while it renders.
  useEffect(firstScreenCommitted, []);
  if (pathname === '/' && keptName) return <LandingSkeleton name={keptName} />;
  return <FullPageLoader label={t('common.loading')} />;
}
