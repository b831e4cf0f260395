/** Why the analytics module (trends, team dashboards, summaries) refuses (`extensions.reason`). */
export const ANALYTICS_ERROR_REASONS = [
  'TREND_FORBIDDEN',
  'NO_TEAM_IN_UNIT',
  'KECAMATAN_SUMMARY_FORBIDDEN',
] as const;
export type AnalyticsErrorReason = (typeof ANALYTICS_ERROR_REASONS)[number];

declare module '../../platform/graphql/errors' {
  interface ErrorReasons {
    analytics: AnalyticsErrorReason;
  }
}
