// Names for parts of the generated analytics results, and the distribution groupings in UI order.
import type {
  DistributionGroupBy,
  GetKecamatanSummaryQuery,
  GetMyTrendQuery,
  GetPredicateDistributionQuery,
  TeamAggregateFieldsFragment,
  TeamMemberFieldsFragment,
} from '../api/generated/graphql';

export type TrendPoint = GetMyTrendQuery['performanceTrend'][number];
/** BerAKHLAK feedback of the evaluation, counted per value and rating. */
export type ValueFeedbackCount = TrendPoint['behaviorFeedback'][number];

export type TeamMember = TeamMemberFieldsFragment;
export type TeamTrendPoint = TeamAggregateFieldsFragment['averageTrend'][number];
export type PendingAction = TeamAggregateFieldsFragment['pendingActions'][number];

export type UnitSummary = GetKecamatanSummaryQuery['kecamatanSummary'][number];
export type PredicateCountItem = UnitSummary['predicateCounts'][number];

export type DistributionGroup = GetPredicateDistributionQuery['predicateDistribution'][number];
export const GROUP_BYS: readonly DistributionGroupBy[] = [
  'UNIT',
  'RANK',
  'POSITION_LEVEL',
  'EMPLOYMENT_TYPE',
  'GENDER',
];

/**
 * Groupings coarse enough that the API's small-group suppression (< 5 people) hides little, in
 * the order they are offered. With the demo data the 2025 annual predicates by position level
 * form 4 groups, none hidden (by unit: 22 of 24 hidden), hence the default.
 */
export const COARSE_GROUP_BYS: readonly DistributionGroupBy[] = [
  'POSITION_LEVEL',
  'EMPLOYMENT_TYPE',
  'GENDER',
];
export const DEFAULT_GROUP_BY: DistributionGroupBy = COARSE_GROUP_BYS[0];

/**
 * The grouping to offer when groups of `current` are hidden: a fine grouping (unit, rank) gets the
 * first coarse one, a coarse one the next in the list; null after the last.
 */
export function coarserGroupBy(current: DistributionGroupBy): DistributionGroupBy | null {
  const index = COARSE_GROUP_BYS.indexOf(current);
  return COARSE_GROUP_BYS[index + 1] ?? null;
}
