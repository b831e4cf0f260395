import {
  createContext,
  useCallback,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { TokenState, TokenStore } from '../utils/token-store';

export interface AuthContextValue extends TokenState {
  signIn: (token: string) => void;
  signOut: () => void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

interface AuthProviderProps {
  tokenStore: TokenStore;
  children: ReactNode;
}

export function AuthProvider({ tokenStore, children }: AuthProviderProps) {
  const client = useApolloClient();
  const state = useSyncExternalStore(tokenStore.subscribe, tokenStore.getState);

  // Whoever signed out (the user or an expired token), the next user must not see their data.
  useEffect(() => {
    if (state.token === null) void client.clearStore();
  }, [client, state.token]);

  const signIn = useCallback((token: string) => tokenStore.setToken(token), [tokenStore]);
  const signOut = useCallback(() => tokenStore.clear(), [tokenStore]);

  const value = useMemo(() => ({ ...state, signIn, signOut }), [state, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
