import { Predicate } from '../../evaluation/evaluation.enums';

export const MIN_GROUP_SIZE = 5;

export interface GroupTally {
  group: string;
  counts: Record<Predicate, number>;
}

/** Groups smaller than five people keep their name only: no total, no counts. */
export function suppressSmallGroups({ groups }: { groups: GroupTally[] }) {
  return groups.map(({ group, counts }) => {
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return total < MIN_GROUP_SIZE
      ? { group, suppressed: true, total: null, counts: null }
      : {
          group,
          suppressed: false,
          total,
          counts: Object.values(Predicate).map((predicate) => ({
            predicate,
            count: counts[predicate],
          })),
        };
  });
}
