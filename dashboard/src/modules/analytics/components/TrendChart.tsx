import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../../i18n';
import type { TrendRow } from '../utils/trend';
import { ChartLegend } from './ChartLegend';
import { ChartFigure } from './ChartFigure';

export const TREND_COLORS = {
  predicateLevel: '#14532d',
  achievement: '#1d4ed8',
  productivity: '#7c3aed',
  qualityOfWork: '#d97706',
  professionalAttitude: '#64748b',
};

/** Predicate level (1–5, left axis) and achievement, productivity, quality of work (%, right axis). */
export function TrendChart({ rows }: { rows: readonly TrendRow[] }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const names: Record<keyof typeof TREND_COLORS, string> = {
    predicateLevel: t('myPerformance.predicateLevel'),
    achievement: t('myPerformance.achievement'),
    productivity: t('myPerformance.productivity'),
    qualityOfWork: t('myPerformance.qualityOfWork'),
    professionalAttitude: t('myPerformance.professionalAttitude'),
  };
  const percentKeys = ['achievement', 'productivity', 'qualityOfWork'] as const;
  return (
    <ChartFigure testId="trend-chart">
      <ResponsiveContainer width="100%" height={290}>
        <ComposedChart
          accessibilityLayer={false}
          data={[...rows]}
          margin={{ top: 16, right: 4, bottom: 4, left: -20 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
          <YAxis
            yAxisId="level"
            domain={[0, 5]}
            ticks={[1, 2, 3, 4, 5]}
            allowDecimals={false}
            tick={{ fontSize: 11 }}
          />
          <YAxis
            yAxisId="percent"
            orientation="right"
            domain={[0, 120]}
            ticks={[0, 30, 60, 90, 120]}
            tick={{ fontSize: 11 }}
          />
          {rows
            .filter((row) => row.cycleStart)
            .map((row) => (
              <ReferenceLine
                key={row.key}
                x={row.label}
                yAxisId="level"
                stroke="#94a3b8"
                strokeDasharray="4 4"
                label={{ value: String(row.cycleYear), position: 'insideTopLeft', fontSize: 11 }}
              />
            ))}
          <Tooltip
            formatter={(value, name) => {
              const key = String(name) as keyof typeof TREND_COLORS;
              const text = typeof value === 'number' ? number.format(value) : String(value ?? '–');
              return [
                (percentKeys as readonly string[]).includes(key) ? `${text} %` : text,
                names[key] ?? String(name),
              ];
            }}
          />
          <Line
            yAxisId="level"
            dataKey="predicateLevel"
            name="predicateLevel"
            stroke={TREND_COLORS.predicateLevel}
            strokeWidth={3}
            type="stepAfter"
            isAnimationActive={false}
          />
          {percentKeys.map((key) => (
            <Line
              key={key}
              yAxisId="percent"
              dataKey={key}
              name={key}
              stroke={TREND_COLORS[key]}
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          <Line
            yAxisId="level"
            dataKey="professionalAttitude"
            name="professionalAttitude"
            stroke={TREND_COLORS.professionalAttitude}
            strokeDasharray="5 3"
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          {
            key: 'predicateLevel',
            label: names.predicateLevel,
            color: TREND_COLORS.predicateLevel,
          },
          ...percentKeys.map((key) => ({
            key,
            label: names[key],
            color: TREND_COLORS[key],
            variant: 'thin' as const,
          })),
          {
            key: 'professionalAttitude',
            label: names.professionalAttitude,
            color: TREND_COLORS.professionalAttitude,
            variant: 'dashed' as const,
          },
        ]}
      />
    </ChartFigure>
  );
}
