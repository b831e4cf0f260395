import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from '../../analytics/components/ChartLegend';
import { ChartPanel } from '../../analytics/components/ChartPanel';
import { WrappedTick } from '../../analytics/components/WrappedTick';
import { useI18n } from '../../i18n';
import { formatNumber } from '../../ui/utils/format';
import type { JpGroup } from '../types';
import { ChartFigure } from '../../analytics/components/ChartFigure';
import { TableScroll } from '../../ui/components/TableScroll';

const SERIES = [
  { key: 'jpDone', label: 'development.jp.totalDone', color: '#0b4f6c' },
  { key: 'jpPlanned', label: 'development.jp.totalPlanned', color: '#8fb8cc' },
] as const;

/** JP done and planned per unit (groups under 5 people are suppressed by the API). */
export function UnitJpPanel({ groups, year }: { groups: readonly JpGroup[]; year: number }) {
  const { t, locale } = useI18n();
  const shown = groups.filter((group) => !group.suppressed);
  const names = Object.fromEntries(SERIES.map((series) => [series.key, t(series.label)]));
  const headers = [
    t('development.jp.unit'),
    t('development.jp.totalEmployees'),
    names.jpDone,
    names.jpPlanned,
    t('development.jp.totalBelow'),
  ];
  const suppressedCount = groups.length - shown.length;
  return (
    <ChartPanel
      title={t('development.jp.byUnit', { year })}
      description={
        suppressedCount > 0
          ? t('development.jp.suppressedHint', { count: suppressedCount })
          : undefined
      }
      testId="jp-by-unit"
      fileName={['jp-per-unit', year]}
      chart={
        shown.length === 0 ? (
          <p className="muted">{t('development.jp.noGroups')}</p>
        ) : (
          <ChartFigure testId="jp-by-unit-chart">
            <ResponsiveContainer width="100%" height={Math.max(200, shown.length * 56 + 50)}>
              <BarChart
                accessibilityLayer={false}
                data={shown.map((group) => ({ ...group }))}
                layout="vertical"
                margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
                <YAxis
                  type="category"
                  dataKey="group"
                  width={140}
                  tick={<WrappedTick maxChars={22} maxLines={4} />}
                  interval={0}
                />
                <Tooltip
                  formatter={(value, name) => [String(value), names[String(name)] ?? String(name)]}
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
        )
      }
      table={
        <TableScroll>
          <table className="table table--compact analytics-table" data-testid="jp-by-unit-table">
            <caption className="visually-hidden">{t('development.jp.byUnit', { year })}</caption>
            <thead>
              <tr>
                {headers.map((header, index) => (
                  <th key={header} scope="col" className={index > 0 ? 'table__number' : undefined}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.group}>
                  <th scope="row">{group.group}</th>
                  {group.suppressed ? (
                    <td colSpan={4} className="muted">
                      {t('development.jp.suppressed')}
                    </td>
                  ) : (
                    <>
                      <td className="table__number">{formatNumber(group.employees, locale)}</td>
                      <td className="table__number">{formatNumber(group.jpDone, locale)}</td>
                      <td className="table__number">{formatNumber(group.jpPlanned, locale)}</td>
                      <td className="table__number">
                        {formatNumber(group.pnsBelowTarget, locale)}
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
      csv={() => ({
        headers,
        rows: groups.map((group) => [
          group.group,
          group.employees,
          group.jpDone,
          group.jpPlanned,
          group.pnsBelowTarget,
        ]),
      })}
    />
  );
}
