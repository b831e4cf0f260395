import { useQuery } from '@apollo/client/react';
import { GET_ANNUAL_CONTEXT } from '../graphql/annual';
import type { Period } from '../../api/generated/graphql';

export type Quarter = Exclude<Period, 'ANNUAL'>;
export const QUARTERS: readonly Quarter[] = ['TW1', 'TW2', 'TW3', 'TW4'];
export const QUARTER_ALIAS = { TW1: 'tw1', TW2: 'tw2', TW3: 'tw3', TW4: 'tw4' } as const;

/** The quarters and a head's organisation predicate for the annual form; skipped for a triwulan. */
export function useAnnualContext(planId: string, period: Period) {
  const query = useQuery(GET_ANNUAL_CONTEXT, {
    variables: { planId },
    skip: period !== 'ANNUAL',
    errorPolicy: 'all',
  });
  return {
    context: query.data?.performancePlan ?? null,
    loading: query.loading && !query.data,
    error: query.data ? undefined : query.error,
    retry: () => void query.refetch(),
  };
}
