import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../../i18n';
import type { TeamTrendRow } from '../utils/trend';

/** Team mean predicate level (left, 1–5) and mean achievement (right, %). */
export function TeamTrendChart({ rows }: { rows: readonly TeamTrendRow[] }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const names: Record<string, string> = {
    averagePredicateLevel: t('team.averageLevel'),
    averageAchievement: t('team.averageAchievement'),
  };
  return (
    <div className="analytics-chart" aria-hidden="true" data-testid="team-trend-chart">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={[...rows]} margin={{ top: 12, right: 4, bottom: 4, left: -20 }}>
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
          <Legend
            formatter={(value) => names[String(value)] ?? String(value)}
            wrapperStyle={{ fontSize: 12 }}
          />
          <Line
            yAxisId="level"
            dataKey="averagePredicateLevel"
            name="averagePredicateLevel"
            stroke="#14532d"
            strokeWidth={3}
            isAnimationActive={false}
          />
          <Line
            yAxisId="percent"
            dataKey="averageAchievement"
            name="averageAchievement"
            stroke="#1d4ed8"
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
