/** Why the plan module (SKP, work targets, indicators, realisations) refuses (`extensions.reason`). */
export const PLAN_ERROR_REASONS = [
  'PLAN_CREATE_FORBIDDEN',
  'PLAN_OWNER_ONLY',
  'PLAN_EVALUATOR_ONLY',
  'PLAN_EXISTS',
  'PLAN_NOT_SUBMITTABLE',
  'PLAN_NOT_SUBMITTED',
  'PLAN_FROZEN',
  'PLAN_AWAITING_APPROVAL',
  'PLAN_NOT_APPROVED',
  'SUPERVISOR_PLAN_NOT_APPROVED',
  'TARGET_HAS_INTERVENERS',
  // Field problems.
  'UTAMA_REQUIRED',
  'INDICATOR_REQUIRED',
  'TOO_MANY_INDICATORS',
  'TOO_MANY_WORK_TARGETS',
  'ROOT_HEAD_NO_PARENT',
  'PARENT_REQUIRED',
  'PARENT_INVALID',
  'QUARTER_TARGETS_EACH',
  'QUARTERS_ONCE',
  'QUARTER_SUM_MISMATCH',
  'QUARTER_LAST_MISMATCH',
  'QUARTER_AVERAGE_MISMATCH',
  'VALUE_NOT_FOR_QUALITATIVE',
  'NARRATIVE_NOT_FOR_QUANTITATIVE',
  'EVIDENCE_OR_NOTE',
] as const;
export type PlanErrorReason = (typeof PLAN_ERROR_REASONS)[number];

declare module '../../platform/graphql/errors' {
  interface ErrorReasons {
    plan: PlanErrorReason;
  }
}
