import { useCycleSelection } from '../../cycles/hooks/useCycleSelection';
import { pickAnalysisCycle } from '../utils/cycles';

/**
 * The chosen cycle like every page (the URL's `?siklus=`, else this tab's last choice); before any
 * choice, the newest settled cycle (see pickAnalysisCycle).
 */
export const useAnalysisCycle = () => useCycleSelection(pickAnalysisCycle);
