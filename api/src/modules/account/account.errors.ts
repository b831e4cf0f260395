/** Why the account module refuses (`extensions.reason`). */
export const ACCOUNT_ERROR_REASONS = [
  'WRONG_CREDENTIALS',
  'RATE_LIMITED',
  'SESSION_EXPIRED',
  'SESSION_ENDED',
  'ACCOUNT_INACTIVE',
] as const;
export type AccountErrorReason = (typeof ACCOUNT_ERROR_REASONS)[number];

declare module '../../platform/graphql/errors' {
  interface ErrorReasons {
    account: AccountErrorReason;
  }
}
