import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PREDICATE_COLORS } from '../../calibration/utils/distribution';
import { PREDICATES } from '../../evaluation/types';
import { useT } from '../../i18n';
import type { StackedRow } from '../utils/distribution';
import { ChartLegend } from './ChartLegend';
import type { Predicate } from '../../api/generated/graphql';
import { ChartFigure } from './ChartFigure';

/** One stacked bar per row (period or group), a segment per predicate, best at the bottom. */
export function PredicateStackChart({
  rows,
  horizontal = false,
  testId,
}: {
  rows: readonly StackedRow[];
  /** Bars across (long group names read better on a phone). */
  horizontal?: boolean;
  testId?: string;
}) {
  const t = useT();
  const name = (predicate: string) => t(`predicateShort.${predicate as Predicate}`);
  const height = horizontal ? Math.max(200, rows.length * 44 + 60) : 250;
  return (
    <ChartFigure testId={testId}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          accessibilityLayer={false}
          data={[...rows]}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={{ top: 8, right: 8, bottom: 4, left: horizontal ? 0 : -20 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
              <YAxis
                type="category"
                dataKey="label"
                width={110}
                tick={{ fontSize: 11 }}
                interval={0}
              />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            </>
          )}
          <Tooltip formatter={(value, key) => [String(value), name(String(key))]} />
          {[...PREDICATES].reverse().map((predicate) => (
            <Bar
              key={predicate}
              dataKey={predicate}
              name={predicate}
              stackId="predicates"
              fill={PREDICATE_COLORS[predicate]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend
        items={PREDICATES.map((predicate) => ({
          key: predicate,
          label: name(predicate),
          color: PREDICATE_COLORS[predicate],
          variant: 'bar' as const,
        }))}
      />
    </ChartFigure>
  );
}
