import { useContext, useSyncExternalStore } from 'react';
import { ServerStatusContext } from '../components/ServerStatusProvider';
import type { ServerAvailability } from '../utils/server-status';

const noop = () => () => {};
const available = (): ServerAvailability => 'available';

/** 'unavailable' while the API answers 503 or cannot be reached; 'available' without a provider. */
export function useServerAvailability(): ServerAvailability {
  const status = useContext(ServerStatusContext);
  return useSyncExternalStore(status?.subscribe ?? noop, status?.getState ?? available);
}
