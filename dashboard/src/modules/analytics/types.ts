import type { Predicate, Rating } from '../evaluation/types';
import type {
  CoreValue,
  IndicatorAspect,
  IndicatorDirection,
  Period,
  PlanStatus,
  WorkTargetKind,
} from '../skp/types';

export type { CoreValue, Predicate, Period, Rating };

export interface PredicateCountItem {
  predicate: Predicate;
  count: number;
}

export interface TrendPoint {
  cycleYear: number;
  period: Period;
  predicate: Predicate;
  predicateLevel: number;
  resultRating: string;
  behaviorRating: string;
  achievement: number | null;
  productivity: number | null;
  qualityOfWork: number | null;
  professionalAttitude: number;
  /** BerAKHLAK feedback of the evaluation, counted per value and rating. */
  behaviorFeedback?: ValueFeedbackCount[];
}

export interface ValueFeedbackCount {
  coreValue: CoreValue;
  rating: Rating;
  count: number;
}

/** One member's evaluated period, for the overlay on the team trend. */
export interface MemberTrendPoint {
  cycleYear: number;
  period: Period;
  predicateLevel: number;
}

/** The viewer's SKP in the current cycle with this period's realisations. */
export interface CurrentTargetsPlan {
  id: string;
  status: PlanStatus | null;
  achievement: number | null;
  workTargets:
    | {
        id: string;
        kind: WorkTargetKind | null;
        description: string | null;
        sortOrder: number | null;
        indicators:
          | {
              id: string;
              aspect: IndicatorAspect | null;
              description: string | null;
              target: number | null;
              unit: string | null;
              direction: IndicatorDirection | null;
              achievement: number | null;
              realization: { id: string; value: number | null; submittedAt: string | null } | null;
            }[]
          | null;
      }[]
    | null;
}

export interface TeamMember {
  employeeId: string;
  employee: {
    id: string;
    name: string | null;
    position: { id: string; title: string } | null;
  } | null;
  planStatus: PlanStatus | null;
  latestPredicate: Predicate | null;
  latestPeriod: Period | null;
  latestAchievement: number | null;
  overdueRealizations: number;
  overdueEvaluations: number;
  predicateLevels: number[];
}

export interface TeamTrendPoint {
  cycleYear: number;
  period: Period;
  averagePredicateLevel: number;
  averageAchievement: number | null;
  evaluated: number;
}

export interface PendingAction {
  kind: string;
  employeeId: string;
  employee: { id: string; name: string | null } | null;
  period: Period | null;
  planId: string | null;
  objectionId: string | null;
}

export interface TeamDashboard {
  unitId: string;
  cycleId: string;
  members: TeamMember[];
  predicateDistribution: { period: Period; counts: PredicateCountItem[] }[];
  averageTrend: TeamTrendPoint[];
  pendingActions: PendingAction[];
  curveCheck: {
    passed: boolean | null;
    total: number;
    organizationPredicate: string | null;
    rules: { rule: string; passed: boolean; detail: string }[];
  } | null;
}

export interface UnitSummary {
  unitId: string;
  unit: { id: string; name: string } | null;
  members: number;
  approvedPlans: number;
  planCompletion: number;
  evaluationsDone: number;
  evaluationsExpected: number;
  evaluationCompletion: number | null;
  averageAchievement: number | null;
  predicateCounts: PredicateCountItem[];
}

export type GroupBy = 'UNIT' | 'RANK' | 'POSITION_LEVEL' | 'EMPLOYMENT_TYPE' | 'GENDER';
export const GROUP_BYS: readonly GroupBy[] = [
  'UNIT',
  'RANK',
  'POSITION_LEVEL',
  'EMPLOYMENT_TYPE',
  'GENDER',
];

export interface DistributionGroup {
  group: string;
  suppressed: boolean;
  total: number | null;
  counts: PredicateCountItem[] | null;
}
