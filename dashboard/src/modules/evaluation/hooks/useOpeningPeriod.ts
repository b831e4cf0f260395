import { useQuery } from '@apollo/client/react';
import type { Period } from '../../api/generated/graphql';
import { jakartaToday } from '../../deadlines/utils/deadlines';
import { GET_EVALUATION_DUE } from '../graphql/queries';
import { openingPeriod } from '../utils/opening-period';

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
  const cycle = query.data?.cycle;
  if (!cycle) return query.loading ? undefined : null;
  const schedule = cycle.deadlines?.schedule;
  // Counted by the API over the whole line, however large.
  const backlog = cycle.evaluationBacklog;
  if (!schedule || !backlog) return null;
  const pending = Object.fromEntries(backlog.map((entry) => [entry.period, entry.pending]));
  return openingPeriod({ schedule, today: jakartaToday(), pending });
}
