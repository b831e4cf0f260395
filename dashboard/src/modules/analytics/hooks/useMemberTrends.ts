import { useQuery } from '@apollo/client/react';
import { significantError } from '../../api/utils/graphql-errors';
import { memberSlot, memberTrendsQuery } from '../graphql/member-trends';

/**
 * The trends of the chosen members in one request; a member whose trend the API refuses comes
 * back without points and is left off the chart.
 */
export function useMemberTrends(employeeIds: readonly string[], skip = false) {
  const variables = Object.fromEntries(employeeIds.map((id, index) => [memberSlot(index), id]));
  const query = useQuery(memberTrendsQuery(employeeIds.length), {
    variables,
    skip: skip || employeeIds.length === 0,
    errorPolicy: 'all',
  });
  const trends = employeeIds.map((employeeId, index) => ({
    employeeId,
    points: query.data?.[memberSlot(index)] ?? null,
  }));
  return {
    trends,
    loading: query.loading && !query.data,
    error: query.data ? undefined : significantError(query.error),
  };
}
