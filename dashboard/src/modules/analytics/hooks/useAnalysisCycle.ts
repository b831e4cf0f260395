import { useSearchParams } from 'react-router-dom';
import { CYCLE_PARAM, useCycleSelection } from '../../cycles/hooks/useCycleSelection';
import { pickAnalysisCycle } from '../utils/cycles';

/** The cycle picked in the URL (`?siklus=`); without one, the newest settled cycle (see pickAnalysisCycle). */
export function useAnalysisCycle() {
  const selection = useCycleSelection();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get(CYCLE_PARAM);
  const cycle =
    selection.cycles.find((candidate) => candidate.id === requested) ??
    pickAnalysisCycle(selection.cycles);
  return { ...selection, cycle };
}
