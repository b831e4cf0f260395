/** Why the development module (plans, activities, training catalogue) refuses (`extensions.reason`). */
export const DEVELOPMENT_ERROR_REASONS = [
  'DEVELOPMENT_PLAN_FORBIDDEN',
  'DEVELOPMENT_ACTIVITY_CREATE_FORBIDDEN',
  'DEVELOPMENT_ACTIVITY_FIELDS_FORBIDDEN',
  'PROGRAM_MANAGE_FORBIDDEN',
  'TRAINING_EFFECT_FORBIDDEN',
  'JP_STATISTICS_FORBIDDEN',
  'PROGRAM_TAKEN',
  'ACTIVITY_STATUS_TRANSITION',
  'ACTIVITY_FINISHED',
  'PROGRAM_CODE_TAKEN',
  'PROGRAM_RETIRED',
  // Field problems.
  'PROGRAM_REQUIRED',
  'PROGRAM_NOT_ALLOWED',
  'JP_REQUIRED',
  'CANCEL_REASON_REQUIRED',
  'CANCEL_REASON_NOT_CANCELLING',
  'TRAINING_TITLE_FIXED',
  'REQUIRED_REASON_FIXED',
  'NOT_EMPLOYEE_EVALUATION',
  'NOT_EMPLOYEE_INDICATOR',
  'PROGRAM_CODE_FORMAT',
  'COMPETENCIES_REQUIRED',
] as const;
export type DevelopmentErrorReason = (typeof DEVELOPMENT_ERROR_REASONS)[number];

declare module '../../platform/graphql/errors' {
  interface ErrorReasons {
    development: DevelopmentErrorReason;
  }
}
