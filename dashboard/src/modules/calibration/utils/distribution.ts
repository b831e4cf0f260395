import { PREDICATES } from '../../evaluation/types';
import type { DistributionFieldsFragment, Predicate } from '../../api/generated/graphql';

export interface DistributionRow {
  predicate: Predicate;
  count: number;
  percentage: number;
}

/** One row per predicate, best first, zero where the API sent nothing: the chart and its table. */
export function distributionRows(
  check: Pick<DistributionFieldsFragment, 'counts' | 'percentages'>,
) {
  const counts = new Map(check.counts.map((item) => [item.predicate, item.count]));
  const percentages = new Map(check.percentages.map((item) => [item.predicate, item.percentage]));
  return PREDICATES.map<DistributionRow>((predicate) => ({
    predicate,
    count: counts.get(predicate) ?? 0,
    percentage: percentages.get(predicate) ?? 0,
  }));
}

export const PREDICATE_COLORS: Record<Predicate, string> = {
  SANGAT_BAIK: '#14532d',
  BAIK: '#2f9e5b',
  BUTUH_PERBAIKAN: '#d99a06',
  KURANG: '#e0561b',
  SANGAT_KURANG: '#b42318',
};
