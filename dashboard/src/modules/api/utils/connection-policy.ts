import type { FieldPolicy } from '@apollo/client';

interface Connection {
  edges: readonly unknown[];
  [field: string]: unknown;
}

// Any cursor connection (employees, feedback, audit log, decided keberatan): pages of one filter
// are appended; a request without `after` starts the list over.
export const cursorConnectionPolicy: FieldPolicy<Connection> = {
  keyArgs: ['filter', 'first'],
  merge(existing, incoming, { args }) {
    if (!existing || !args?.after) return incoming;
    return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
  },
};
