import { useQuery } from '@apollo/client/react';
import { loadStateOf } from '../../api/utils/load-state';
import { GET_DEVELOPMENT_PLAN, GET_RECOMMENDATIONS } from '../graphql/queries';

/** Operations to refetch after a plan item changes (the plan, its JP, what is still recommended). */
export const PLAN_REFETCH = ['DevelopmentPlan', 'TrainingRecommendations', 'JpOverview'];

export function useDevelopmentPlan(employeeId: string | undefined, cycleId: string | undefined) {
  const query = useQuery(GET_DEVELOPMENT_PLAN, {
    variables: { employeeId: employeeId ?? '', cycleId: cycleId ?? '' },
    skip: !employeeId || !cycleId,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const data = query.data;
  return {
    plan: data?.developmentPlan ?? null,
    jp: data?.developmentPlan?.jp ?? data?.jpProgress ?? null,
    loaded: data !== undefined,
    ...loadStateOf(query, data),
  };
}

export function useRecommendations(employeeId: string | undefined, cycleId: string | undefined) {
  const query = useQuery(GET_RECOMMENDATIONS, {
    variables: { employeeId: employeeId ?? '', cycleId: cycleId ?? '' },
    skip: !employeeId || !cycleId,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const recommendations = query.data?.recommendTrainings;
  return {
    recommendations,
    ...loadStateOf(query, recommendations),
  };
}
