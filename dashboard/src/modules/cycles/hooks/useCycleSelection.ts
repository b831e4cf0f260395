import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { loadStateOf } from '../../api/utils/load-state';
import type { CycleSummaryFieldsFragment } from '../../api/generated/graphql';
import { GET_CYCLES } from '../graphql/queries';
import { readRememberedCycle, rememberCycle } from '../utils/cycle-memory';
import { pickDefaultCycle } from '../utils/cycles';

export const CYCLE_PARAM = 'siklus';

export type CycleSelection = ReturnType<typeof useCycleSelection>;

type ChoosableCycle = Pick<CycleSummaryFieldsFragment, 'id' | 'year' | 'status'>;

/**
 * The chosen cycle lives in the URL (`?siklus=<id>`); without one, the cycle last chosen on any page
 * of this tab (so Beranda's cards and the pages they link to agree), else the ACTIVE (else newest).
 * For pages that load the cycles with more fields themselves (Siklus Kinerja); others use
 * useCycleSelection.
 */
export function useChosenCycle<C extends ChoosableCycle>(
  cycles: readonly C[],
  fallback: (cycles: readonly C[]) => C | null = pickDefaultCycle,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(CYCLE_PARAM);
  const cycle =
    cycles.find((candidate) => candidate.id === requested) ??
    cycles.find((candidate) => candidate.id === readRememberedCycle()) ??
    fallback(cycles);
  // A cycle opened through a link (`?siklus=`) is the chosen one from here on too.
  const linked = cycles.some((candidate) => candidate.id === requested) ? requested : null;
  useEffect(() => {
    if (linked) rememberCycle(linked);
  }, [linked]);
  const setCycleId = useCallback(
    (id: string) => {
      rememberCycle(id);
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(CYCLE_PARAM, id);
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );
  return { cycle, setCycleId };
}

/**
 * The cycles and the chosen one (see useChosenCycle), with the list's load state; `fallback` picks
 * when nothing is chosen yet (the analysis pages open on settled numbers).
 */
export function useCycleSelection(
  fallback: (
    cycles: readonly CycleSummaryFieldsFragment[],
  ) => CycleSummaryFieldsFragment | null = pickDefaultCycle,
) {
  const result = useQuery(GET_CYCLES, {
    errorPolicy: 'all',
  });
  const { data, refetch } = result;
  const cycles = useMemo(() => data?.cycles ?? [], [data]);
  const { cycle, setCycleId } = useChosenCycle(cycles, fallback);
  // Stable, so that memoised views given the retry re-render only when the cycles change.
  const retry = useCallback(() => void refetch(), [refetch]);
  return {
    cycles,
    cycle,
    setCycleId,
    ...loadStateOf(result, data),
    retry,
  };
}
