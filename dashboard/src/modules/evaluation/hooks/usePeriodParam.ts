import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { jakartaToday, startedPeriods } from '../../deadlines/utils/deadlines';
import { PERIODS, pickDefaultPeriod } from '../../cycles/utils/cycles';
import type { CycleSummaryFieldsFragment, Period } from '../../api/generated/graphql';

export const PERIOD_PARAM = 'periode';

/**
 * The chosen period lives in the URL (`?periode=`); without one, `opening` (the period that is due
 * or overdue, `useOpeningPeriod`), else the running one when none has ended. `ready` is false while
 * `opening` is still being worked out and the URL names no period. Evaluations may be written for
 * every period that has started, also once its reporting closed.
 */
export function usePeriodParam(
  cycle: CycleSummaryFieldsFragment | null | undefined,
  opening: Period | null | undefined,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const today = jakartaToday();
  const reportable = cycle ? startedPeriods(cycle.year, today) : [];
  const requested = searchParams.get(PERIOD_PARAM) as Period | null;
  const chosen = requested && PERIODS.includes(requested) && reportable.includes(requested);
  const period: Period = chosen
    ? requested
    : opening
      ? opening
      : cycle
        ? pickDefaultPeriod({ ...cycle, reportablePeriods: reportable })
        : 'TW1';
  const ready = Boolean(chosen) || opening !== undefined;
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
  return { period, reportable, setPeriod, ready };
}
