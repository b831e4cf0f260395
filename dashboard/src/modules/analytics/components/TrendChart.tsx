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
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import type { TrendRow } from '../utils/trend';
import { ChartLegend } from './ChartLegend';
import { ChartFigure } from './ChartFigure';
import { numberFormat } from '../../ui/utils/format';

export const TREND_COLORS = {
  predicateLevel: '#14532d',
  achievement: '#1d4ed8',
  productivity: '#7c3aed',
  qualityOfWork: '#d97706',
  professionalAttitude: '#64748b',
};

const hasData = (rows: readonly TrendRow[], key: keyof TrendRow) =>
  rows.some((row) => row[key] !== null && row[key] !== undefined);

function CycleStarts({ rows, yAxisId }: { rows: readonly TrendRow[]; yAxisId: string }) {
  return rows
    .filter((row) => row.cycleStart)
    .map((row) => (
      <ReferenceLine
        key={row.key}
        x={row.label}
        yAxisId={yAxisId}
        stroke="#94a3b8"
        strokeDasharray="4 4"
        label={{ value: String(row.cycleYear), position: 'insideTopLeft', fontSize: 11 }}
      />
    ));
}

interface TrendAxis {
  id: string;
  domain: [number, number];
  ticks: number[];
  /** Whole steps only (levels and ratings). */
  whole?: boolean;
}

const LEVEL_AXIS: TrendAxis = { id: 'level', domain: [1, 5], ticks: [1, 2, 3, 4, 5], whole: true };
const PERCENT_AXIS: TrendAxis = { id: 'percent', domain: [0, 120], ticks: [0, 30, 60, 90, 120] };
const ATTITUDE_AXIS: TrendAxis = { id: 'attitude', domain: [1, 3], ticks: [1, 2, 3], whole: true };

/** One trend chart's frame: its title, the periods along x, a scale each side, cycle starts marked. */
function TrendFrame({
  title,
  height,
  rows,
  left,
  right,
  format,
  children,
}: {
  title: string;
  height: number;
  rows: readonly TrendRow[];
  left: TrendAxis;
  right: TrendAxis;
  format: (value: unknown, name: unknown) => [string, string];
  children: ReactNode;
}) {
  return (
    <>
      <h3 className="small">{title}</h3>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          accessibilityLayer={false}
          data={[...rows]}
          margin={{ top: 16, right: 4, bottom: 4, left: -20 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
          {[left, right].map((axis, index) => (
            <YAxis
              key={axis.id}
              yAxisId={axis.id}
              orientation={index === 0 ? 'left' : 'right'}
              domain={axis.domain}
              ticks={axis.ticks}
              allowDecimals={!axis.whole}
              tick={{ fontSize: 11 }}
            />
          ))}
          {CycleStarts({ rows, yAxisId: left.id })}
          <Tooltip formatter={format} />
          {children}
        </ComposedChart>
      </ResponsiveContainer>
    </>
  );
}

/**
 * Two charts, each saying one thing on its own scale: the predicate level (1–5) with the plan
 * achievement (%), then the source document's three areas: productivity and quality of work (%)
 * and professional attitude (its own 1–3 scale). A series without any data is left out and named.
 */
export function TrendChart({ rows }: { rows: readonly TrendRow[] }) {
  const { t, locale } = useI18n();
  const number = numberFormat(locale, 1);
  const names: Record<keyof typeof TREND_COLORS, string> = {
    predicateLevel: t('myPerformance.predicateLevel'),
    achievement: t('myPerformance.achievement'),
    productivity: t('myPerformance.productivity'),
    qualityOfWork: t('myPerformance.qualityOfWork'),
    professionalAttitude: t('myPerformance.professionalAttitude'),
  };
  const format = (value: unknown, name: unknown) => {
    const key = String(name) as keyof typeof TREND_COLORS;
    const text = typeof value === 'number' ? number.format(value) : '–';
    const percent = key === 'achievement' || key === 'productivity' || key === 'qualityOfWork';
    return [percent ? `${text} %` : text, names[key] ?? String(name)] as [string, string];
  };
  const areas = (['productivity', 'qualityOfWork'] as const).filter((key) => hasData(rows, key));
  const emptyAreas = (['productivity', 'qualityOfWork'] as const).filter(
    (key) => !hasData(rows, key),
  );
  return (
    <ChartFigure testId="trend-chart">
      <TrendFrame
        title={t('myPerformance.chart.predicate')}
        height={220}
        rows={rows}
        left={LEVEL_AXIS}
        right={PERCENT_AXIS}
        format={format}
      >
        <Line
          yAxisId="level"
          dataKey="predicateLevel"
          name="predicateLevel"
          stroke={TREND_COLORS.predicateLevel}
          strokeWidth={3}
          type="stepAfter"
          isAnimationActive={false}
        />
        {hasData(rows, 'achievement') && (
          <Line
            yAxisId="percent"
            dataKey="achievement"
            name="achievement"
            stroke={TREND_COLORS.achievement}
            strokeWidth={2}
            dot={{ r: 2 }}
            connectNulls
            isAnimationActive={false}
          />
        )}
      </TrendFrame>
      <ChartLegend
        testId="trend-legend-predicate"
        items={[
          {
            key: 'predicateLevel',
            label: names.predicateLevel,
            color: TREND_COLORS.predicateLevel,
          },
          ...(hasData(rows, 'achievement')
            ? [
                {
                  key: 'achievement',
                  label: names.achievement,
                  color: TREND_COLORS.achievement,
                  variant: 'thin' as const,
                },
              ]
            : []),
        ]}
      />
      <TrendFrame
        title={t('myPerformance.chart.areas')}
        height={200}
        rows={rows}
        left={PERCENT_AXIS}
        right={ATTITUDE_AXIS}
        format={format}
      >
        {areas.map((key) => (
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
          yAxisId="attitude"
          dataKey="professionalAttitude"
          name="professionalAttitude"
          stroke={TREND_COLORS.professionalAttitude}
          strokeDasharray="5 3"
          type="stepAfter"
          isAnimationActive={false}
        />
      </TrendFrame>
      <ChartLegend
        testId="trend-legend-areas"
        items={[
          ...areas.map((key) => ({
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
      {emptyAreas.length > 0 && (
        <p className="muted small" data-testid="trend-empty-areas">
          {emptyAreas.map((key) => t(`myPerformance.noData.${key}`)).join(' ')}
        </p>
      )}
    </ChartFigure>
  );
}
