import { createContext, useCallback, useMemo, useSyncExternalStore, type ReactNode } from 'react';
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
  const state = useSyncExternalStore(tokenStore.subscribe, tokenStore.getState);

  const signIn = useCallback((token: string) => tokenStore.setToken(token), [tokenStore]);
  const signOut = useCallback(() => tokenStore.clear(), [tokenStore]);

  const value = useMemo(() => ({ ...state, signIn, signOut }), [state, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
