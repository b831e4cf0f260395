import { gql, type DocumentNode } from '@apollo/client';

/** At most this many members' lines over the team average (readable, and well under the alias limit). */
export const MAX_OVERLAY_MEMBERS = 5;

const documents = new Map<number, DocumentNode>();

/** The variable (and alias) of the n-th chosen member: `$member0`, `member0: performanceTrend(…)`. */
export const memberSlot = (index: number) => `member${index}`;

/**
 * One request for the trends of `count` members: `performanceTrend` aliased once per member.
 * Built per count (1…MAX_OVERLAY_MEMBERS) and reused, so the cache keys stay stable.
 */
export function memberTrendsQuery(count: number): DocumentNode {
  const size = Math.min(Math.max(Math.trunc(count), 1), MAX_OVERLAY_MEMBERS);
  let document = documents.get(size);
  if (!document) {
    const slots = Array.from({ length: size }, (_, index) => memberSlot(index));
    document = gql(`
      query GetMemberTrends(${slots.map((slot) => `$${slot}: ID!`).join(', ')}) {
        ${slots
          .map(
            (slot) =>
              `${slot}: performanceTrend(employeeId: $${slot}) { cycleYear period predicateLevel }`,
          )
          .join('\n')}
      }
    `);
    documents.set(size, document);
  }
  return document;
}
