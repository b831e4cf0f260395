/** Why the feedback module (feedback, threads, notifications) refuses (`extensions.reason`). */
export const FEEDBACK_ERROR_REASONS = [
  'FEEDBACK_AUTHOR_NOT_EMPLOYEE',
  'FEEDBACK_TO_SELF',
  'FEEDBACK_RECIPIENT_OUT_OF_REACH',
  'FEEDBACK_ACKNOWLEDGE_FORBIDDEN',
  'FEEDBACK_REPLY_FORBIDDEN',
  'NO_ACTIVE_CYCLE',
  'FEEDBACK_THREAD_CLOSED',
  // Field problems.
  'FEEDBACK_LINK_EXCLUSIVE',
  'FEEDBACK_WORK_TARGET_INVALID',
] as const;
export type FeedbackErrorReason = (typeof FEEDBACK_ERROR_REASONS)[number];

declare module '../../platform/graphql/errors' {
  interface ErrorReasons {
    feedback: FeedbackErrorReason;
  }
}
