import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { loadDictionary } from '../../i18n/utils/translate';
import { afterFirstPaint } from '../../ui/utils/first-paint';
import { useAuth } from '../hooks/useAuth';
import { SignedInLoader } from './SignedInLoader';

// Apollo, the session and the Indonesian texts past the first frame come with the first signed-in
// page, not with the login page; fetched once the loader below is on screen.
const SignedIn = lazy(() =>
  afterFirstPaint()
    .then(() => Promise.all([import('./SignedIn'), loadDictionary('id')]))
    .then(([signedIn]) => signedIn),
);

export interface LoginRedirectState {
  from?: string;
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const { token } = useAuth();
  const location = useLocation();
  if (!token) {
    const state: LoginRedirectState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  // The loader the session shows next, from the first paint on (not a blank skeleton first).
  return (
    <Suspense fallback={<SignedInLoader />}>
      <SignedIn>{children}</SignedIn>
    </Suspense>
  );
}
