import { dateProblem } from '../../../platform/graphql/dates';
import type { FieldProblem } from '../../../platform/graphql/errors';
import { Period } from '../../cycle/cycle.enums';
import { periodsOf } from '../../cycle/utils/periods.util';

/**
 * The problem with a date of a development activity, or null: it must be a real `YYYY-MM-DD`
 * inside the year of the cycle whose plan holds the activity.
 */
export function activityDateProblem({
  field,
  value,
  cycleYear,
}: {
  field: string;
  value: string;
  cycleYear: number;
}): FieldProblem | null {
  const notADate = dateProblem(field, value);
  if (notADate) return notADate;
  const { startsOn, endsOn } = periodsOf({ year: cycleYear }).find(
    (range) => range.period === Period.ANNUAL,
  )!;
  if (value < startsOn || value > endsOn)
    return {
      field,
      reason: 'DATE_RANGE',
      message: `must be within the ${cycleYear} cycle (${startsOn} to ${endsOn})`,
      params: { from: startsOn, to: endsOn },
    };
  return null;
}
