import { useCallback, useState } from 'react';

/** 128 random bits as hex; crypto.getRandomValues also works outside secure (HTTPS) contexts. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One Idempotency-Key per intended submission of a creating form: a double click or a retry after
 * a timeout sends the same key (the API writes once); `renew` after a success starts the next one.
 * Pass `context` to the mutation call; the Apollo client turns it into the header.
 */
export function useIdempotencyKey() {
  const [key, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return { context: { idempotencyKey: key }, renew };
}
