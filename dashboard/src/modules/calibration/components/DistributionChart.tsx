import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../../i18n';
import { PHONE_QUERY, useMediaQuery } from '../../ui/hooks/useMediaQuery';
import { PREDICATE_COLORS, type DistributionRow } from '../utils/distribution';
import { ChartFigure } from '../../analytics/components/ChartFigure';
import { numberFormat } from '../../ui/utils/format';

/** Bars per predicate (the same numbers are in the table beside it). */
export function DistributionChart({ rows }: { rows: readonly DistributionRow[] }) {
  const { t, locale } = useI18n();
  // Five labels do not fit side by side at 375 px: slant them.
  const isPhone = useMediaQuery(PHONE_QUERY);
  const data = rows.map((row) => ({ ...row, label: t(`predicateShort.${row.predicate}`) }));
  return (
    <ChartFigure
      label={t('calibration.distributionChart')}
      testId="distribution-chart"
      className="distribution-chart"
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 12, right: 8, bottom: 4, left: -16 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            tick={{ fontSize: 12 }}
            interval={0}
            angle={isPhone ? -35 : 0}
            textAnchor={isPhone ? 'end' : 'middle'}
            height={isPhone ? 70 : 30}
          />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(value, _name, item) => [
              `${String(value)} (${numberFormat(locale, 1).format((item.payload as DistributionRow).percentage)} %)`,
              t('calibration.count'),
            ]}
          />
          <Bar dataKey="count" isAnimationActive={false}>
            {data.map((row) => (
              <Cell key={row.predicate} fill={PREDICATE_COLORS[row.predicate]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
