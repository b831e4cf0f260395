import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { GetAnalyticsPlaceQuery } from '../../api/generated/graphql';
import { loadStateOf } from '../../api/utils/load-state';
import { GET_ANALYTICS_PLACE } from '../graphql/queries';

export type AnalyticsUnit = GetAnalyticsPlaceQuery['orgUnits'][number];

export const UNIT_PARAM = 'unit';

/**
 * The unit picked in the URL (`?unit=`); without one, the viewer's own unit, or the root for
 * LEADER/HR (who see everyone).
 */
export function useUnitSelection() {
  const result = useQuery(GET_ANALYTICS_PLACE, {
    errorPolicy: 'all',
  });
  const { data } = result;
  const [searchParams, setSearchParams] = useSearchParams();
  const units = data?.orgUnits ?? [];
  const seesAll = Boolean(data?.me.roles.some((role) => role === 'LEADER' || role === 'HR_ADMIN'));
  const root = units.find((unit) => unit.depth === 0) ?? units[0];
  const own = units.find((unit) => unit.id === data?.me.employee?.unit?.id);
  const unit =
    units.find((candidate) => candidate.id === searchParams.get(UNIT_PARAM)) ??
    (seesAll ? root : (own ?? root));
  const setUnitId = useCallback(
    (id: string) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(UNIT_PARAM, id);
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return {
    units,
    unit,
    setUnitId,
    me: data?.me,
    ...loadStateOf(result, data),
  };
}
