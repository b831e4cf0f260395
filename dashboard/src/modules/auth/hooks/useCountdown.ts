import { useCallback, useEffect, useState } from 'react';

interface CountdownState {
  until: number;
  now: number;
}

/** A whole-second countdown started from an event handler; `remainingSeconds` is null when idle. */
export function useCountdown() {
  const [state, setState] = useState<CountdownState | null>(null);
  const start = useCallback((seconds: number) => {
    const now = Date.now();
    setState({ until: now + seconds * 1000, now });
  }, []);
  const reset = useCallback(() => setState(null), []);

  const until = state?.until;
  useEffect(() => {
    if (until === undefined) return;
    const timer = setInterval(() => {
      const now = Date.now();
      setState((current) => current && { ...current, now });
      if (now >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);

  const remainingSeconds = state ? Math.max(0, Math.ceil((state.until - state.now) / 1000)) : null;
  return { remainingSeconds, start, reset };
}
