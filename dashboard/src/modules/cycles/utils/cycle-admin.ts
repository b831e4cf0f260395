import type {
  CycleStatus,
  CycleTransitionWarningKind,
  GetCycleTransitionPreviewQuery,
  Period,
} from '../../api/generated/graphql';

/** The documented defaults of the suggested-rating thresholds (DESIGN §2). */
export const DEFAULT_THRESHOLDS = { meetsThreshold: 90, exceedsThreshold: 110 } as const;

const NEXT: Partial<Record<CycleStatus, CycleStatus>> = {
  PLANNING: 'ACTIVE',
  ACTIVE: 'CALIBRATION',
  CALIBRATION: 'CLOSED',
};

/** The status a cycle moves to next; null once CLOSED. */
export const nextStatusOf = (status: CycleStatus): CycleStatus | null => NEXT[status] ?? null;

/** The year of today on the Asia/Jakarta calendar (UTC+7 all year). */
export const jakartaYear = (now: Date): number =>
  new Date(now.getTime() + 7 * 3600 * 1000).getUTCFullYear();

/** The next year to open: after the newest cycle, or this year when there is none. */
export function nextCycleYear(cycles: readonly { year: number }[], now: Date): number {
  if (cycles.length === 0) return jakartaYear(now);
  return Math.max(...cycles.map((cycle) => cycle.year)) + 1;
}

/** The periods of a year as the API makes them: calendar quarters and the whole year. */
export function periodsOfYear(
  year: number,
): { period: Period; startsOn: string; endsOn: string }[] {
  const quarter = (period: Period, start: string, end: string) => ({
    period,
    startsOn: `${year}-${start}`,
    endsOn: `${year}-${end}`,
  });
  return [
    quarter('TW1', '01-01', '03-31'),
    quarter('TW2', '04-01', '06-30'),
    quarter('TW3', '07-01', '09-30'),
    quarter('TW4', '10-01', '12-31'),
    quarter('ANNUAL', '01-01', '12-31'),
  ];
}

/** A number typed in a form (comma or point as decimal separator), or null when it is not one. */
export function parseDecimal(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

export type TransitionPreview = GetCycleTransitionPreviewQuery['cycleTransitionPreview'];

/** One line of the confirmation: an i18n key and its values. */
export interface PreviewLine {
  key: `cycleAdmin.warning.${CycleTransitionWarningKind}`;
  params: { count: number; period?: Period };
}

/** The outstanding work the API counted, as lines: per period ones grouped under their kind. */
export function warningLines(preview: TransitionPreview): PreviewLine[] {
  return preview.warnings.map((warning) => ({
    key: `cycleAdmin.warning.${warning.kind}`,
    params: warning.period
      ? { count: warning.count, period: warning.period }
      : { count: warning.count },
  }));
}

/** Whether the confirmation may be sent: allowed, and a written reason where one is needed. */
export function canConfirm(preview: TransitionPreview, reason: string): boolean {
  return preview.allowed && (!preview.reasonRequired || reason.trim().length > 0);
}
