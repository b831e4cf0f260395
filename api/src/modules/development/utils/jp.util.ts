import { EmploymentType } from '../../org/org.enums';

/** Every PNS has the right to at least 20 JP of development a year. */
export const PNS_ANNUAL_JP = 20;
/** From this day of the year (Asia/Jakarta) a PNS still short of 20 JP is flagged. */
export const YEAR_RUNNING_OUT_FROM = '10-01';

export interface JpStanding {
  /** 20 for PNS; null for PPPK (no statutory minimum). */
  target: number | null;
  /** Done ÷ target, 0–1, or null without a target. */
  progress: number | null;
  belowTarget: boolean;
  /** Below target while the year is running out (from 1 October) or over. */
  flagged: boolean;
}

/** Where one employee stands on JP for a year, on a given Jakarta date (YYYY-MM-DD). */
export function jpStanding({
  employmentType,
  jpDone,
  year,
  today,
}: {
  employmentType: EmploymentType;
  jpDone: number;
  year: number;
  today: string;
}): JpStanding {
  if (employmentType !== EmploymentType.PNS)
    return { target: null, progress: null, belowTarget: false, flagged: false };
  const belowTarget = jpDone < PNS_ANNUAL_JP;
  const runningOut = today >= `${year}-${YEAR_RUNNING_OUT_FROM}`;
  return {
    target: PNS_ANNUAL_JP,
    progress: Math.min(jpDone / PNS_ANNUAL_JP, 1),
    belowTarget,
    flagged: belowTarget && runningOut,
  };
}
