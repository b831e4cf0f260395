import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import type { Period } from '../../api/generated/graphql';

/** At most this many members' lines over the team average (readable, and well under the alias limit). */
export const MAX_OVERLAY_MEMBERS = 5;

/** What each alias selects of `performanceTrend` (the document is built at runtime, out of codegen's sight). */
export interface MemberTrendPoint {
  cycleYear: number;
  period: Period;
  predicateLevel: number;
}

type MemberTrendsDocument = TypedDocumentNode<
  Record<string, MemberTrendPoint[] | null>,
  Record<string, string>
>;

const documents = new Map<number, MemberTrendsDocument>();

/** The variable (and alias) of the n-th chosen member: `$member0`, `member0: performanceTrend(…)`. */
export const memberSlot = (index: number) => `member${index}`;

/**
 * One request for the trends of `count` members: `performanceTrend` aliased once per member.
 * Built per count (1…MAX_OVERLAY_MEMBERS) and reused, so the cache keys stay stable; the schema
 * validation of every count is in behavior-overlay.test.ts.
 */
export function memberTrendsQuery(count: number): MemberTrendsDocument {
  const size = Math.min(Math.max(Math.trunc(count), 1), MAX_OVERLAY_MEMBERS);
  let document = documents.get(size);
  if (!document) {
    const slots = Array.from({ length: size }, (_, index) => memberSlot(index));
    document = parse(`
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
