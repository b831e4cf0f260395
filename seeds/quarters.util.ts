import { type IndicatorAspect, IndicatorAggregation } from '../api/src/modules/plan/plan.enums';
import {
  defaultAggregation,
  defaultQuarterTargets,
} from '../api/src/modules/plan/utils/period-target.util';

/**
 * The demo's rencana aksi per quarter: the API's default aggregation; a whole count is spread as a
 * person would plan it (the remainder over the last quarters, 10 → 2, 2, 3, 3), so the quarters
 * add up to the year; levels and rates keep the annual target each quarter.
 */
export function seededQuarterPlan({
  aspect,
  unit,
  target,
}: {
  aspect: IndicatorAspect;
  unit: string;
  target: number;
}): { aggregation: IndicatorAggregation; quarterTargets: number[] } {
  const aggregation = defaultAggregation({ aspect, unit });
  if (aggregation !== IndicatorAggregation.SUM || !Number.isInteger(target))
    return { aggregation, quarterTargets: defaultQuarterTargets({ target, aggregation }) };
  const base = Math.floor(target / 4);
  const quarterTargets = [base, base, base, base];
  for (let extra = 0; extra < target - 4 * base; extra += 1) quarterTargets[3 - extra] += 1;
  return { aggregation, quarterTargets };
}

/** The quarter columns of an indicator row. */
export const quarterColumns = (quarterTargets: readonly number[]) => ({
  targetTw1: quarterTargets[0],
  targetTw2: quarterTargets[1],
  targetTw3: quarterTargets[2],
  targetTw4: quarterTargets[3],
});
