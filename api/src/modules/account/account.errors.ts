/** Why the account module refuses (`extensions.reason`). */
export const ACCOUNT_ERROR_REASONS = [
  'WRONG_CREDENTIALS',
  'RATE_LIMITED',
  'SESSION_EXPIRED',
  'SESSION_ENDED',
  'ACCOUNT_INACTIVE',
  'ACCOUNT_LOCKED',
  // HR's account administration.
  'ACCOUNTS_FORBIDDEN',
  'ACCOUNT_SELF_LOCK',
  'ACCOUNT_SELF_RESET',
  'ACCOUNT_ALREADY_LOCKED',
  'ACCOUNT_NOT_LOCKED',
  'ROLE_NOT_GRANTABLE',
  'ROLE_ALREADY_HELD',
  'ROLE_NOT_HELD',
  'ROLE_SELF_REMOVAL',
  'ROLE_NEEDS_EMPLOYEE',
  'ROLE_SEGREGATION',
  'LAST_HR_ADMIN',
  // Field problems of a password change.
  'WRONG_PASSWORD',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_WEAK',
  'PASSWORD_UNCHANGED',
] as const;
export type AccountErrorReason = (typeof ACCOUNT_ERROR_REASONS)[number];

declare module '../../platform/graphql/errors' {
  interface ErrorReasons {
    account: AccountErrorReason;
  }
}
