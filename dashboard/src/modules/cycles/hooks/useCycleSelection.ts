import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { loadStateOf } from '../../api/utils/load-state';
import { GET_CYCLES } from '../graphql/queries';
import { pickDefaultCycle } from '../utils/cycles';

export const CYCLE_PARAM = 'siklus';

export type CycleSelection = ReturnType<typeof useCycleSelection>;

/** The chosen cycle lives in the URL (`?siklus=<id>`); without one, the ACTIVE (else newest) cycle. */
export function useCycleSelection() {
  const result = useQuery(GET_CYCLES, {
    errorPolicy: 'all',
  });
  const { data } = result;
  const [searchParams, setSearchParams] = useSearchParams();
  const cycles = useMemo(() => data?.cycles ?? [], [data]);
  const requested = searchParams.get(CYCLE_PARAM);
  const cycle = cycles.find((candidate) => candidate.id === requested) ?? pickDefaultCycle(cycles);
  const setCycleId = useCallback(
    (id: string) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(CYCLE_PARAM, id);
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return {
    cycles,
    cycle,
    setCycleId,
    ...loadStateOf(result, data),
  };
}
