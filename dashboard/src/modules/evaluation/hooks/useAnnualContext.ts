import { useQuery } from '@apollo/client/react';
import type { Period } from '../../skp/types';
import { GET_ANNUAL_CONTEXT } from '../graphql/annual';
import type { EvaluationStatus, OrganizationPredicateValue, Predicate, Rating } from '../types';

export type Quarter = Exclude<Period, 'ANNUAL'>;
export const QUARTERS: readonly Quarter[] = ['TW1', 'TW2', 'TW3', 'TW4'];
export const QUARTER_ALIAS = { TW1: 'tw1', TW2: 'tw2', TW3: 'tw3', TW4: 'tw4' } as const;

export interface QuarterResult {
  __typename?: 'IndicatorPeriodResult';
  period: Period;
  /** Null for a KUALITATIF indicator (judged, no number). */
  target: number | null;
  value: number | null;
  reported: boolean;
  achievement: number | null;
}

export interface QuarterEvaluation {
  __typename?: 'Evaluation';
  id: string;
  period: Period | null;
  resultRating: Rating | null;
  behaviorRating: Rating | null;
  predicate: Predicate | null;
  achievement: number | null;
  summary: string | null;
  status: EvaluationStatus | null;
}

export interface AnnualContext {
  __typename?: 'PerformancePlan';
  id: string;
  organizationPredicate: {
    __typename?: 'OrganizationPredicate';
    id: string;
    predicate: OrganizationPredicateValue;
    unit: { __typename?: 'OrgUnit'; id: string; name: string } | null;
  } | null;
  quarterEvaluations: QuarterEvaluation[] | null;
  workTargets:
    | {
        __typename?: 'WorkTarget';
        id: string;
        indicators:
          | ({
              __typename?: 'Indicator';
              id: string;
              description: string | null;
              unit: string | null;
            } & Record<(typeof QUARTER_ALIAS)[Quarter], QuarterResult | null>)[]
          | null;
      }[]
    | null;
}

/** The quarters and a head's organisation predicate for the annual form; skipped for a triwulan. */
export function useAnnualContext(planId: string, period: Period) {
  const query = useQuery<{ performancePlan: AnnualContext | null }, { planId: string }>(
    GET_ANNUAL_CONTEXT,
    { variables: { planId }, skip: period !== 'ANNUAL', errorPolicy: 'all' },
  );
  return {
    context: query.data?.performancePlan ?? null,
    loading: query.loading && !query.data,
    error: query.data ? undefined : query.error,
    retry: () => void query.refetch(),
  };
}
