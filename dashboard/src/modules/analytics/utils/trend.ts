import type { Period } from '../../api/generated/graphql';
import type { MemberTrendPoint } from '../graphql/member-trends';
import type { TeamTrendPoint, TrendPoint } from '../types';

export const PERIOD_ORDER: readonly Period[] = ['TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL'];

const periodRank = (period: Period) => PERIOD_ORDER.indexOf(period);
const byTime = <P extends { cycleYear: number; period: Period }>(a: P, b: P) =>
  a.cycleYear - b.cycleYear || periodRank(a.period) - periodRank(b.period);

/** "2025 TW1"; the annual evaluation gets the caller's word for it ("2025 Tahunan"). */
export function pointLabel(cycleYear: number, period: Period, annualLabel = 'Tahunan'): string {
  return `${cycleYear} ${period === 'ANNUAL' ? annualLabel : period}`;
}

export interface TrendRow {
  key: string;
  label: string;
  cycleYear: number;
  period: Period;
  /** The first point of its cycle (the chart marks where a cycle starts). */
  cycleStart: boolean;
  predicate: TrendPoint['predicate'];
  predicateLevel: number;
  achievement: number | null;
  productivity: number | null;
  qualityOfWork: number | null;
  professionalAttitude: number;
}

/** Trend points → chart/table rows, oldest first, one per evaluated period. */
export function trendRows(points: readonly TrendPoint[], annualLabel?: string): TrendRow[] {
  return [...points].sort(byTime).map((point, index, sorted) => ({
    key: `${point.cycleYear}-${point.period}`,
    label: pointLabel(point.cycleYear, point.period, annualLabel),
    cycleYear: point.cycleYear,
    period: point.period,
    cycleStart: index === 0 || sorted[index - 1].cycleYear !== point.cycleYear,
    predicate: point.predicate,
    predicateLevel: point.predicateLevel,
    achievement: point.achievement,
    productivity: point.productivity,
    qualityOfWork: point.qualityOfWork,
    professionalAttitude: point.professionalAttitude,
  }));
}

export interface TeamTrendRow {
  key: string;
  label: string;
  averagePredicateLevel: number;
  averageAchievement: number | null;
  evaluated: number;
}

export function teamTrendRows(
  points: readonly TeamTrendPoint[],
  annualLabel?: string,
): TeamTrendRow[] {
  return [...points].sort(byTime).map((point) => ({
    key: `${point.cycleYear}-${point.period}`,
    label: pointLabel(point.cycleYear, point.period, annualLabel),
    averagePredicateLevel: Math.round(point.averagePredicateLevel * 100) / 100,
    averageAchievement:
      point.averageAchievement === null ? null : Math.round(point.averageAchievement * 10) / 10,
    evaluated: point.evaluated,
  }));
}

const mean = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  return known.length ? known.reduce((sum, value) => sum + value, 0) / known.length : null;
};
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface Delta {
  previous: number;
  latest: number;
  delta: number;
}

export type TrendChange =
  | { kind: 'none' }
  | { kind: 'single'; year: number }
  | {
      kind: 'compare';
      year: number;
      previousYear: number;
      level: Delta;
      achievement: Delta | null;
      /** Of the mean predicate level (shown to 2 decimals, so a change below 0.05 is "same"). */
      direction: 'up' | 'down' | 'same';
    };

/**
 * What changed since the previous cycle: the mean predicate level (1–5) and mean achievement of the
 * latest cycle's evaluations against those of the cycle before. Too little data says so.
 */
export function whatChanged(points: readonly TrendPoint[]): TrendChange {
  if (points.length === 0) return { kind: 'none' };
  const years = [...new Set(points.map((point) => point.cycleYear))].sort((a, b) => a - b);
  const year = years[years.length - 1];
  if (years.length < 2) return { kind: 'single', year };
  const previousYear = years[years.length - 2];
  const of = (cycleYear: number) => points.filter((point) => point.cycleYear === cycleYear);
  const latestLevel = mean(of(year).map((point) => point.predicateLevel))!;
  const previousLevel = mean(of(previousYear).map((point) => point.predicateLevel))!;
  const latestAchievement = mean(of(year).map((point) => point.achievement));
  const previousAchievement = mean(of(previousYear).map((point) => point.achievement));
  const level = {
    previous: round(previousLevel, 2),
    latest: round(latestLevel, 2),
    delta: round(latestLevel - previousLevel, 2),
  };
  const achievement =
    latestAchievement === null || previousAchievement === null
      ? null
      : {
          previous: round(previousAchievement, 1),
          latest: round(latestAchievement, 1),
          delta: round(latestAchievement - previousAchievement, 1),
        };
  // The predicate level alone decides the sentence, so it agrees with the numbers beside it
  // ("membaik" never stands next to 4 → 4); the achievement gets its own sentence.
  const direction = Math.abs(level.delta) >= 0.05 ? (level.delta > 0 ? 'up' : 'down') : 'same';
  return { kind: 'compare', year, previousYear, level, achievement, direction };
}

/** The chart key of one member's predicate level on the team trend. */
export const memberKey = (employeeId: string) => `member_${employeeId}`;

export type OverlayRow = TeamTrendRow & Record<string, number | string | null>;

/**
 * Team trend rows with each chosen member's predicate level under `memberKey(id)` (null where the
 * member has no final evaluation). Members' periods are a subset of the team's: the average is
 * taken over the same people.
 */
export function overlayRows(
  rows: readonly TeamTrendRow[],
  members: readonly { employeeId: string; points: readonly MemberTrendPoint[] }[],
): OverlayRow[] {
  return rows.map((row) => {
    const overlay: OverlayRow = { ...row };
    for (const member of members) {
      const point = member.points.find(
        (candidate) => `${candidate.cycleYear}-${candidate.period}` === row.key,
      );
      overlay[memberKey(member.employeeId)] = point ? point.predicateLevel : null;
    }
    return overlay;
  });
}

/**
 * The members drawn when the overlay is first switched on: those who may need attention first
 * (lowest latest predicate level), members without a final evaluation left out.
 */
export function defaultOverlayMembers(
  members: readonly { employeeId: string; predicateLevels: readonly number[] }[],
  count: number,
): string[] {
  return members
    .map((member, index) => ({ member, index }))
    .filter(({ member }) => member.predicateLevels.length > 0)
    .sort(
      (a, b) =>
        a.member.predicateLevels[a.member.predicateLevels.length - 1] -
          b.member.predicateLevels[b.member.predicateLevels.length - 1] || a.index - b.index,
    )
    .slice(0, count)
    .map(({ member }) => member.employeeId);
}
