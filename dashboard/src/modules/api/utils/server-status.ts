export type ServerAvailability = 'available' | 'unavailable';

/** Whether the API last answered, so the shell can say "temporarily unavailable, retrying". */
export interface ServerStatus {
  getState: () => ServerAvailability;
  markAvailable: () => void;
  markUnavailable: () => void;
  subscribe: (listener: () => void) => () => void;
}

export function createServerStatus(): ServerStatus {
  let state: ServerAvailability = 'available';
  const listeners = new Set<() => void>();
  const set = (next: ServerAvailability) => {
    if (next === state) return;
    state = next;
    listeners.forEach((listener) => listener());
  };
  return {
    getState: () => state,
    markAvailable: () => set('available'),
    markUnavailable: () => set('unavailable'),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
