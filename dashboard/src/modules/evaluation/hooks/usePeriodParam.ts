import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { duePeriod, jakartaToday, startedPeriods } from '../../deadlines/utils/deadlines';
import { PERIODS, pickDefaultPeriod } from '../../cycles/utils/cycles';
import type { CycleSummaryFieldsFragment, Period } from '../../api/generated/graphql';

export const PERIOD_PARAM = 'periode';

/**
 * The chosen period lives in the URL (`?periode=`); without one, the period that is due (the latest
 * that has ended), else the running one. Evaluations may be written for every period that has
 * started, also once its reporting closed.
 */
export function usePeriodParam(cycle: CycleSummaryFieldsFragment | null | undefined) {
  const [searchParams, setSearchParams] = useSearchParams();
  const today = jakartaToday();
  const reportable = cycle ? startedPeriods(cycle.year, today) : [];
  const due = cycle ? duePeriod(cycle.year, today) : null;
  const requested = searchParams.get(PERIOD_PARAM) as Period | null;
  const period: Period =
    requested && PERIODS.includes(requested) && reportable.includes(requested)
      ? requested
      : due
        ? due
        : cycle
          ? pickDefaultPeriod({ ...cycle, reportablePeriods: reportable })
          : 'TW1';
  const setPeriod = useCallback(
    (next: Period) =>
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          params.set(PERIOD_PARAM, next);
          return params;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return { period, reportable, setPeriod };
}
