import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../../i18n';
import type { OverlayRow, TeamTrendRow } from '../utils/trend';
import { ChartLegend } from './ChartLegend';
import { ChartFigure } from './ChartFigure';
import { numberFormat } from '../../ui/utils/format';

export const TEAM_TREND_COLORS = { level: '#14532d', achievement: '#1d4ed8' };
/** Members' lines: distinct from the two averages and from each other. */
export const MEMBER_COLORS = ['#c2410c', '#7c3aed', '#0e7490', '#be185d', '#854d0e'];

export interface OverlaySeries {
  /** The row key holding the member's level (`memberKey(employeeId)`). */
  key: string;
  name: string;
  color: string;
}

/**
 * Team mean predicate level (left, 1–5) and mean achievement (right, %), with the chosen members'
 * predicate levels as thin lines over them.
 */
export function TeamTrendChart({
  rows,
  members = [],
}: {
  rows: readonly (TeamTrendRow | OverlayRow)[];
  members?: readonly OverlaySeries[];
}) {
  const { t, locale } = useI18n();
  const number = numberFormat(locale, 2);
  const names: Record<string, string> = {
    averagePredicateLevel: t('team.averageLevel'),
    averageAchievement: t('team.averageAchievement'),
    ...Object.fromEntries(
      members.map((member) => [member.key, t('team.memberLevel', { name: member.name })]),
    ),
  };
  return (
    <ChartFigure testId="team-trend-chart">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart
          accessibilityLayer={false}
          data={[...rows]}
          margin={{ top: 12, right: 4, bottom: 4, left: -20 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
          <YAxis yAxisId="level" domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 11 }} />
          <YAxis
            yAxisId="percent"
            orientation="right"
            domain={[0, 120]}
            ticks={[0, 30, 60, 90, 120]}
            tick={{ fontSize: 11 }}
          />
          <Tooltip
            formatter={(value, name) => [
              typeof value === 'number' ? number.format(value) : String(value ?? '–'),
              names[String(name)] ?? String(name),
            ]}
          />
          <Line
            yAxisId="level"
            dataKey="averagePredicateLevel"
            name="averagePredicateLevel"
            stroke={TEAM_TREND_COLORS.level}
            strokeWidth={3}
            isAnimationActive={false}
          />
          <Line
            yAxisId="percent"
            dataKey="averageAchievement"
            name="averageAchievement"
            stroke={TEAM_TREND_COLORS.achievement}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
          {members.map((member) => (
            <Line
              key={member.key}
              yAxisId="level"
              dataKey={member.key}
              name={member.key}
              stroke={member.color}
              strokeWidth={1.5}
              strokeDasharray="5 3"
              dot={{ r: 2 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <ChartLegend
        testId="team-trend-legend"
        items={[
          {
            key: 'averagePredicateLevel',
            label: names.averagePredicateLevel,
            color: TEAM_TREND_COLORS.level,
          },
          {
            key: 'averageAchievement',
            label: names.averageAchievement,
            color: TEAM_TREND_COLORS.achievement,
            variant: 'thin',
          },
          ...members.map((member) => ({
            key: member.key,
            label: member.name,
            color: member.color,
            variant: 'dashed' as const,
          })),
        ]}
      />
    </ChartFigure>
  );
}
