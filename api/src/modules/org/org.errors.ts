/** Why the org module (employees, units, imports) refuses (`extensions.reason`). */
export const ORG_ERROR_REASONS = [
  'EMPLOYEE_CREATE_FORBIDDEN',
  'EMPLOYEE_UPDATE_FORBIDDEN',
  'EMPLOYEE_FIELDS_FORBIDDEN',
  'EMPLOYEE_IMPORT_FORBIDDEN',
  // Field problems of an employee record.
  'RANK_NOT_FOR_EMPLOYMENT_TYPE',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  'NIP_FORMAT',
  'NIP_BIRTH_DATE_INVALID',
  'NIP_BIRTH_YEAR_TOO_EARLY',
  'NIP_APPOINTMENT_MONTH_INVALID',
  'NIP_APPOINTMENT_IN_FUTURE',
  'NIP_APPOINTMENT_UNDERAGE',
  'NIP_PPPK_MARKER',
  'NIP_PPPK_YEAR_TOO_EARLY',
  'NIP_GENDER_DIGIT',
  'NIP_SEQUENCE_ZERO',
  'NIP_BIRTH_DATE_MISMATCH',
  'NIP_GENDER_MISMATCH',
  'NIP_TAKEN',
  'SUPERVISOR_REQUIRED',
  'SUPERVISOR_SELF',
  'SUPERVISOR_INACTIVE',
  'SUPERVISOR_LOOP',
  'HAS_ACTIVE_REPORTS',
  // Field problems of a CSV import.
  'CSV_INVALID',
  'CSV_EMPTY',
  'CSV_COLUMNS_MISSING',
  'CSV_TOO_MANY_ROWS',
  'UNIT_NAME_UNKNOWN',
  'POSITION_TITLE_UNKNOWN',
  'SUPERVISOR_NIP_UNKNOWN',
] as const;
export type OrgErrorReason = (typeof ORG_ERROR_REASONS)[number];

declare module '../../platform/graphql/errors' {
  interface ErrorReasons {
    org: OrgErrorReason;
  }
}
