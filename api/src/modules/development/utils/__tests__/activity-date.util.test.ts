import { activityDateProblem } from '../activity-date.util';

const OUTSIDE = {
  reason: 'DATE_RANGE',
  message: 'must be within the 2026 cycle (2026-01-01 to 2026-12-31)',
  params: { from: '2026-01-01', to: '2026-12-31' },
};
const NOT_A_DATE = { reason: 'INVALID_DATE', message: 'must be a date as YYYY-MM-DD' };

describe('activityDateProblem', () => {
  it.each([
    ['2026-01-01', null],
    ['2026-06-30', null],
    ['2026-12-31', null],
    ['2025-12-31', OUTSIDE],
    ['2027-01-01', OUTSIDE],
    ['2031-06-30', OUTSIDE],
    ['2026-13-45', NOT_A_DATE],
    ['2026-02-30', NOT_A_DATE],
    ['31-12-2026', NOT_A_DATE],
  ])('a due date of %s in the 2026 cycle → %o', (value, problem) => {
    expect(activityDateProblem({ field: 'dueDate', value, cycleYear: 2026 })).toEqual(
      problem === null ? null : { field: 'dueDate', ...problem },
    );
  });
});
