import { createContext, type ReactNode } from 'react';
import type { ServerStatus } from '../utils/server-status';

export const ServerStatusContext = createContext<ServerStatus | null>(null);

export function ServerStatusProvider({
  status,
  children,
}: {
  status: ServerStatus;
  children: ReactNode;
}) {
  return <ServerStatusContext.Provider value={status}>{children}</ServerStatusContext.Provider>;
}
