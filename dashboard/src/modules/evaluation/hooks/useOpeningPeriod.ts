import { useQuery } from '@apollo/client/react';
import type { Period } from '../../api/generated/graphql';
import { jakartaToday } from '../../deadlines/utils/deadlines';
import { GET_EVALUATION_DUE } from '../graphql/queries';
import { openingPeriod, pendingPerPeriod } from '../utils/opening-period';

/**
 * The period a supervisor's Penilaian opens on (see `openingPeriod`), over everyone they evaluate
 * or only `employeeId` (a member's page): undefined while it is being worked out, null when no
 * period of the cycle has ended (or it could not be read).
 */
export function useOpeningPeriod({
  cycleId,
  evaluatorId,
  employeeId = null,
  skip,
}: {
  cycleId: string | null | undefined;
  evaluatorId: string | null | undefined;
  employeeId?: string | null;
  skip: boolean;
}): Period | null | undefined {
  const query = useQuery(GET_EVALUATION_DUE, {
    variables: { cycleId: cycleId ?? '', evaluatorId: evaluatorId ?? '', employeeId },
    skip: skip || !cycleId || !evaluatorId,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  if (skip || !cycleId || !evaluatorId) return null;
  const data = query.data;
  if (!data) return query.loading ? undefined : null;
  const schedule = data.cycle?.deadlines?.schedule;
  if (!schedule) return null;
  const pending = pendingPerPeriod({
    planIds: data.performancePlans.edges.map(({ node }) => node.id),
    evaluations: data.evaluations.edges.flatMap(({ node }) =>
      node.period && node.status
        ? [{ period: node.period, status: node.status, planId: node.plan?.id ?? null }]
        : [],
    ),
  });
  return openingPeriod({ schedule, today: jakartaToday(), pending });
}
