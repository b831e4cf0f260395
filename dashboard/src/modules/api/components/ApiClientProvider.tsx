import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClientLoader } from '../utils/client-loader';

const ApiClientContext = createContext<ApiClientLoader | null>(null);

export function ApiClientProvider({
  loader,
  children,
}: {
  loader: ApiClientLoader;
  children: ReactNode;
}) {
  return <ApiClientContext.Provider value={loader}>{children}</ApiClientContext.Provider>;
}

export function useApiClientLoader(): ApiClientLoader {
  const loader = useContext(ApiClientContext);
  if (!loader) throw new Error('useApiClientLoader must be used inside <ApiClientProvider>');
  return loader;
}
