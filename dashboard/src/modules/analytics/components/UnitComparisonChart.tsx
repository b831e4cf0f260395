import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n';
import type { UnitRow } from '../utils/distribution';
import { ChartLegend } from './ChartLegend';
import { ChartFigure } from './ChartFigure';
import { WrappedTick } from './WrappedTick';
import { numberFormat } from '../../ui/utils/format';
import { PHONE_QUERY, useMediaQuery } from '../../ui/hooks/useMediaQuery';

const SERIES = [
  { key: 'planCompletion', label: 'summary.planCompletion', color: '#0b4f6c' },
  { key: 'evaluationCompletion', label: 'summary.evaluationCompletion', color: '#2f9e5b' },
  { key: 'averageAchievement', label: 'summary.averageAchievement', color: '#d99a06' },
] as const;

/** Per unit: SKP completion, evaluation completion and mean achievement, all in %. */
export function UnitComparisonChart({ rows }: { rows: readonly UnitRow[] }) {
  const { t, locale } = useI18n();
  const number = numberFormat(locale, 1);
  const names = Object.fromEntries(SERIES.map((series) => [series.key, t(series.label)]));
  // Unit names wrap within the axis: on a phone a narrow column of up to four short lines (a row is
  // 70 px high), wider on larger screens so that names like 'Seksi Pemberdayaan Masyarakat dan
  // Pembangunan' show whole in two lines instead of ending in '…'.
  const axis = useMediaQuery(PHONE_QUERY)
    ? { width: 120, maxChars: 16, maxLines: 4 }
    : { width: 220, maxChars: 32, maxLines: 3 };
  return (
    <ChartFigure testId="summary-chart">
      <ResponsiveContainer width="100%" height={Math.max(230, rows.length * 70 + 50)}>
        <BarChart
          accessibilityLayer={false}
          data={[...rows]}
          layout="vertical"
          margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 120]}
            ticks={[0, 30, 60, 90, 120]}
            tick={{ fontSize: 11 }}
          />
          {/* Unit names wrapped within the axis: drawn as one line they ran off the chart's left edge. */}
          <YAxis
            type="category"
            dataKey="label"
            width={axis.width}
            tick={<WrappedTick maxChars={axis.maxChars} maxLines={axis.maxLines} fontSize={11} />}
            interval={0}
          />
          <Tooltip
            formatter={(value, name) => [
              typeof value === 'number' ? `${number.format(value)} %` : '–',
              names[String(name)] ?? String(name),
            ]}
          />
          {SERIES.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.key}
              fill={series.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend
        items={SERIES.map((series) => ({
          key: series.key,
          label: names[series.key],
          color: series.color,
          variant: 'bar' as const,
        }))}
      />
    </ChartFigure>
  );
}
