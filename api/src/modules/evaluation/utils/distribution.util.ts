import { OrganizationPredicateValue as Org, Predicate } from '../evaluation.enums';

export type CurveBound = 'AT_MOST_PERCENT' | 'AT_LEAST_PERCENT' | 'AT_LEAST_ONE' | 'NONE';

export interface CurveRule {
  code: string;
  predicates: Predicate[];
  bound: CurveBound;
  percent: number | null;
}

export interface CurveRuleResult extends CurveRule {
  passed: boolean;
  count: number;
  actualPercent: number;
  detail: string;
}

const { SANGAT_BAIK: SB, BAIK: B, BUTUH_PERBAIKAN: BP, KURANG: K, SANGAT_KURANG: SK } = Predicate;

const rule = (
  predicates: Predicate[],
  bound: CurveBound,
  percent: number | null = null,
): CurveRule => ({
  code: `${predicates.join('+')}_${bound}${percent === null ? '' : `_${percent}`}`,
  predicates,
  bound,
  percent,
});

/** Kurva distribusi (PermenPANRB 6/2022): the rules for each organisation predicate. */
export const DISTRIBUTION_CURVE: Record<Org, CurveRule[]> = {
  [Org.ISTIMEWA]: [rule([SB], 'AT_MOST_PERCENT', 70)],
  [Org.BAIK]: [rule([B], 'AT_MOST_PERCENT', 70), rule([BP, K], 'AT_LEAST_ONE')],
  [Org.BUTUH_PERBAIKAN]: [rule([BP], 'AT_LEAST_PERCENT', 60), rule([SB], 'AT_MOST_PERCENT', 10)],
  [Org.KURANG]: [
    rule([K], 'AT_LEAST_PERCENT', 60),
    rule([BP], 'AT_LEAST_PERCENT', 10),
    rule([SB], 'AT_MOST_PERCENT', 10),
  ],
  [Org.SANGAT_KURANG]: [
    rule([SK], 'AT_LEAST_PERCENT', 60),
    rule([K, BP], 'AT_LEAST_PERCENT', 10),
    rule([SB], 'NONE'),
  ],
};

const round = (value: number) => Math.round(value * 100) / 100;

type PredicateCounts = Partial<Record<Predicate, number>>;

/** How many of each predicate a list holds (every predicate named, 0 when absent). */
export function countPredicates(predicates: readonly Predicate[]): Record<Predicate, number> {
  const counts = Object.fromEntries(Object.values(Predicate).map((p) => [p, 0])) as Record<
    Predicate,
    number
  >;
  for (const predicate of predicates) counts[predicate] += 1;
  return counts;
}

/** Counts (a missing predicate is 0), their total and percentages. */
export function tallyPredicates({ counts: given }: { counts: PredicateCounts }) {
  const counts = Object.fromEntries(
    Object.values(Predicate).map((p) => [p, given[p] ?? 0]),
  ) as Record<Predicate, number>;
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const percentOf = (count: number) => (total === 0 ? 0 : round((count / total) * 100));
  const percentages = Object.fromEntries(
    Object.entries(counts).map(([p, c]) => [p, percentOf(c)]),
  ) as Record<Predicate, number>;
  return { total, counts, percentages, percentOf };
}

/**
 * Applies the curve of the unit's organisation predicate to the counts of its employees' annual
 * predicates (as SQL groups them; `countPredicates` makes them from a list).
 * Percentages are of all predicates counted; boundaries are inclusive ("at most 70 %" passes at 70 %).
 */
export function checkDistribution({
  organizationPredicate,
  counts: given,
}: {
  organizationPredicate: Org;
  counts: PredicateCounts;
}) {
  const { total, counts, percentages, percentOf } = tallyPredicates({ counts: given });
  const rules: CurveRuleResult[] = DISTRIBUTION_CURVE[organizationPredicate].map((curveRule) => {
    const count = curveRule.predicates.reduce((sum, p) => sum + counts[p], 0);
    const actualPercent = percentOf(count);
    const label = curveRule.predicates.join(' + ');
    const passed = {
      AT_MOST_PERCENT: actualPercent <= curveRule.percent!,
      AT_LEAST_PERCENT: total > 0 && actualPercent >= curveRule.percent!,
      AT_LEAST_ONE: count >= 1,
      NONE: count === 0,
    }[curveRule.bound];
    const expectation = {
      AT_MOST_PERCENT: `at most ${curveRule.percent} %`,
      AT_LEAST_PERCENT: `at least ${curveRule.percent} %`,
      AT_LEAST_ONE: 'at least one employee',
      NONE: 'no employee',
    }[curveRule.bound];
    const detail = `${label}: ${count} of ${total} (${actualPercent} %); the curve for ${organizationPredicate} allows ${expectation}`;
    return { ...curveRule, passed, count, actualPercent, detail };
  });
  return {
    total,
    counts,
    percentages,
    rules,
    passed: rules.every((r) => r.passed),
  };
}
