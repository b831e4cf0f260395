/** Why the staffing module (mutasi, job history, acting officials) refuses (`extensions.reason`). */
export const STAFFING_ERROR_REASONS = [
  'EMPLOYEE_MOVE_FORBIDDEN',
  'ACTING_ASSIGNMENT_FORBIDDEN',
  // A pejabat penilai below PENGAWAS who acts for no head (PermenPANRB 6/2022).
  'EVALUATOR_LEVEL_TOO_LOW',
  // Field problems of a mutasi.
  'MOVE_CHANGES_NOTHING',
  'TMT_IN_FUTURE',
  'TMT_BEFORE_CURRENT_POST',
  'UNIT_HAS_HEAD',
  // A mutasi whose TMT falls before a period already evaluated FINAL on the old SKP.
  'MOVE_AFTER_FINAL_EVALUATION',
  // An evaluation for a period the SKP does not cover (it belongs to the SKP before or after a mutasi).
  'PERIOD_OUTSIDE_PLAN',
  // Field problems of an acting assignment.
  'TERM_INVALID',
  'TERM_OVERLAPS',
  'ACTING_FOR_SELF',
  'ACTING_ASSIGNMENT_CLOSED',
] as const;
export type StaffingErrorReason = (typeof STAFFING_ERROR_REASONS)[number];

declare module '../../platform/graphql/errors' {
  interface ErrorReasons {
    staffing: StaffingErrorReason;
  }
}
