// Names for parts of the generated analytics results, and the distribution groupings in UI order.
import type {
  DistributionGroupBy,
  GetKecamatanSummaryQuery,
  GetMyTrendQuery,
  GetPredicateDistributionQuery,
  GetTeamDashboardQuery,
} from '../api/generated/graphql';

export type TrendPoint = GetMyTrendQuery['performanceTrend'][number];
/** BerAKHLAK feedback of the evaluation, counted per value and rating. */
export type ValueFeedbackCount = TrendPoint['behaviorFeedback'][number];

export type TeamDashboard = GetTeamDashboardQuery['teamDashboard'];
export type TeamMember = TeamDashboard['members'][number];
export type TeamTrendPoint = TeamDashboard['averageTrend'][number];
export type PendingAction = TeamDashboard['pendingActions'][number];

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
