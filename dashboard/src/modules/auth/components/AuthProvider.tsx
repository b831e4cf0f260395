import { createContext, useCallback, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { TokenState, TokenStore } from '../utils/token-store';

export interface AuthContextValue extends TokenState {
  signIn: (token: string) => void;
  signOut: () => void;
  /** The name the last session on this device greeted with (its token still kept), else null. */
  keptName: string | null;
  keepName: (name: string) => void;
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

  const value = useMemo(
    () => ({
      ...state,
      signIn,
      signOut,
      keptName: tokenStore.getKeptName(),
      keepName: tokenStore.keepName,
    }),
    [state, signIn, signOut, tokenStore],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
