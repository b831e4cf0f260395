import { activityDateProblem } from '../activity-date.util';

describe('activityDateProblem', () => {
  it.each([
    ['2026-01-01', null],
    ['2026-06-30', null],
    ['2026-12-31', null],
    ['2025-12-31', 'must be within the 2026 cycle (2026-01-01 to 2026-12-31)'],
    ['2027-01-01', 'must be within the 2026 cycle (2026-01-01 to 2026-12-31)'],
    ['2031-06-30', 'must be within the 2026 cycle (2026-01-01 to 2026-12-31)'],
    ['2026-13-45', 'must be a date as YYYY-MM-DD'],
    ['2026-02-30', 'must be a date as YYYY-MM-DD'],
    ['31-12-2026', 'must be a date as YYYY-MM-DD'],
  ])('a due date of %s in the 2026 cycle → %s', (value, message) => {
    expect(activityDateProblem({ field: 'dueDate', value, cycleYear: 2026 })).toEqual(
      message === null ? null : { field: 'dueDate', message },
    );
  });
});
