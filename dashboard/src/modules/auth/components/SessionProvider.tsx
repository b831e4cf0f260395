import { createContext, useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Navigate, useLocation } from 'react-router-dom';
import type { SessionUserFieldsFragment } from '../../api/generated/graphql';
import { AbilityProvider, createAppAbility, type AppAbility } from '../../authz';
import { significantError } from '../../api/utils/graphql-errors';
import { ErrorState } from '../../ui/components/ErrorState';
import { greetingNameOf } from '../../home/utils/greeting';
import { useAuth } from '../hooks/useAuth';
import { SignedInLoader } from './SignedInLoader';
import { GET_SESSION } from '../graphql/queries';
import '../styles/auth.css';

export interface SessionContextValue {
  me: SessionUserFieldsFragment;
  ability: AppAbility;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** Loads `me` once signed in and provides the viewer and their CASL ability to the app. */
/** Where someone signed in with a one-time password must go before anything else. */
export const CHANGE_PASSWORD_PATH = '/ganti-kata-sandi';

export function SessionProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(GET_SESSION, {
    errorPolicy: 'all',
  });
  // The session's answer is rendered as a background (time-sliced) render: the shell and the page
  // behind it mount in slices that yield to the browser, not in one long task when it arrives.
  const me = useDeferredValue(data?.me);
  const value = useMemo(
    () => (me ? { me, ability: createAppAbility(me.abilityRules) } : null),
    [me],
  );
  // Kept for the next visit's first paint (the landing skeleton greets with it).
  const { keepName } = useAuth();
  const greetingName = me ? greetingNameOf(me) : null;
  useEffect(() => {
    if (greetingName) keepName(greetingName);
  }, [greetingName, keepName]);

  if (!value) {
    if (loading || data?.me) return <SignedInLoader />;
    return (
      <main className="page page--centered">
        <ErrorState error={significantError(error)} onRetry={() => void refetch()} />
      </main>
    );
  }

  // A one-time password: the API refuses everything but the change, so go there first.
  if (value.me.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH)
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;

  return (
    <SessionContext.Provider value={value}>
      <AbilityProvider value={value.ability}>{children}</AbilityProvider>
    </SessionContext.Provider>
  );
}
