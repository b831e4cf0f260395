import type { Predicate } from '../../api/generated/graphql';
import type { Translate } from '../../i18n';

const BOUNDS = ['AT_MOST_PERCENT', 'AT_LEAST_PERCENT', 'AT_LEAST_ONE', 'NONE'] as const;
type Bound = (typeof BOUNDS)[number];
const isBound = (bound: string): bound is Bound => (BOUNDS as readonly string[]).includes(bound);

/** A curve rule in the reader's language, from the API's data (predicates, bound, limit). */
export function curveRuleText(
  t: Translate,
  rule: { predicates: readonly Predicate[]; bound: string; percent?: number | null },
): string {
  const predicates = rule.predicates.map((p) => t(`predicateShort.${p}`)).join(' + ');
  return isBound(rule.bound)
    ? t(`calibration.bound.${rule.bound}`, { predicates, percent: rule.percent ?? '' })
    : `${predicates} ${rule.bound}`;
}
