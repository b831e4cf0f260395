/** Why the cycle module (cycles, deadlines, timing, overdue lists) refuses (`extensions.reason`). */
export const CYCLE_ERROR_REASONS = [
  'CYCLE_CREATE_FORBIDDEN',
  'CYCLE_STATUS_FORBIDDEN',
  'CYCLE_TRANSITION_FORBIDDEN',
  'CYCLE_DEADLINES_FORBIDDEN',
  'CYCLE_THRESHOLDS_FORBIDDEN',
  'OVERDUE_FORBIDDEN',
  'CYCLE_EXISTS',
  'CYCLE_TRANSITION_INVALID',
  'CYCLE_CLOSED',
  'CYCLE_NOT_OPEN',
  'PERIOD_NOT_ENDED',
  'REPORTING_CLOSED',
  // Field problems.
  'YEAR_RANGE',
  'MEETS_THRESHOLD_RANGE',
  'EXCEEDS_THRESHOLD_RANGE',
  'THRESHOLD_ORDER',
  'THRESHOLD_PRECISION',
  'CURVE_FAILURE_REASON_REQUIRED',
  'DAYS_RANGE',
  'REPORTING_WINDOW_TOO_SHORT',
  'PERIOD_NOT_STARTED',
] as const;
export type CycleErrorReason = (typeof CYCLE_ERROR_REASONS)[number];

declare module '../../platform/graphql/errors' {
  interface ErrorReasons {
    cycle: CycleErrorReason;
  }
}
