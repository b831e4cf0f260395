import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n';
import type { BehaviorProfile, ProfileRow } from '../utils/behavior';
import { CORE_VALUE_NAMES } from '../utils/behavior';
import { pointLabel } from '../utils/trend';
import { ChartLegend } from './ChartLegend';
import { ChartPanel } from './ChartPanel';
import { ChartFigure } from './ChartFigure';
import { TableScroll } from '../../ui/components/TableScroll';
import { numberFormat } from '../../ui/utils/format';

const COLORS = { latest: '#0b4f6c', previous: '#9db8c6' };

/** The BerAKHLAK profile of the latest final evaluation (bars per core value), as chart or table. */
export function BehaviorProfilePanel({
  profile,
  fileName,
}: {
  profile: BehaviorProfile;
  fileName: (string | number)[];
}) {
  const { t, language, locale } = useI18n();
  const label = (evaluation: BehaviorProfile['latest']) =>
    pointLabel(evaluation.cycleYear, evaluation.period, t('period.ANNUAL'));
  const latestLabel = label(profile.latest);
  const previousLabel = profile.previous ? label(profile.previous) : null;
  const number = numberFormat(locale, 2);
  // A whole level reads as its rating; a mean of mixed ratings as a number.
  const ratingText = (level: number | null, rating: ProfileRow['latestRating']) =>
    level === null
      ? t('behavior.notRated')
      : rating
        ? t(`rating.${rating}`)
        : t('behavior.mean', { level: number.format(level) });
  const headers = [t('behavior.value'), latestLabel, ...(previousLabel ? [previousLabel] : [])];
  const rows = profile.rows.map((row) => ({
    ...row,
    name: CORE_VALUE_NAMES[row.coreValue],
    cells: [
      ratingText(row.latest, row.latestRating),
      ...(previousLabel ? [ratingText(row.previous, row.previousRating)] : []),
    ],
  }));
  const seriesName: Record<string, string> = {
    latest: latestLabel,
    previous: previousLabel ?? '',
  };

  return (
    <ChartPanel
      title={t('behavior.title')}
      testId="behavior-profile"
      fileName={fileName}
      description={
        previousLabel
          ? t('behavior.descriptionCompared', { latest: latestLabel, previous: previousLabel })
          : t('behavior.description', { latest: latestLabel })
      }
      chart={
        <ChartFigure testId="behavior-chart">
          <ResponsiveContainer width="100%" height={rows.length * (previousLabel ? 40 : 32) + 50}>
            <BarChart
              accessibilityLayer={false}
              data={rows}
              layout="vertical"
              margin={{ top: 4, right: 24, bottom: 4, left: 0 }}
              barGap={2}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                domain={[0, 3]}
                ticks={[1, 2, 3]}
                tick={{ fontSize: 11 }}
                tickFormatter={(value: number) =>
                  [1, 2, 3].includes(value) ? t(`behavior.level.${value as 1 | 2 | 3}`) : ''
                }
              />
              <YAxis
                type="category"
                dataKey="name"
                width={132}
                tick={{ fontSize: 11 }}
                interval={0}
              />
              <Tooltip
                formatter={(_value, key, item) => {
                  const row = item.payload as (typeof rows)[number];
                  const which = String(key) === 'previous' ? 'previous' : 'latest';
                  return [
                    ratingText(
                      row[which],
                      which === 'latest' ? row.latestRating : row.previousRating,
                    ),
                    seriesName[which],
                  ];
                }}
              />
              <Bar
                dataKey="latest"
                name="latest"
                fill={COLORS.latest}
                isAnimationActive={false}
                barSize={12}
              />
              {previousLabel && (
                <Bar
                  dataKey="previous"
                  name="previous"
                  fill={COLORS.previous}
                  isAnimationActive={false}
                  barSize={8}
                />
              )}
            </BarChart>
          </ResponsiveContainer>
          <ChartLegend
            items={[
              { key: 'latest', label: latestLabel, color: COLORS.latest, variant: 'bar' },
              ...(previousLabel
                ? [
                    {
                      key: 'previous',
                      label: previousLabel,
                      color: COLORS.previous,
                      variant: 'bar' as const,
                    },
                  ]
                : []),
            ]}
          />
        </ChartFigure>
      }
      table={
        <TableScroll>
          <table className="table table--compact analytics-table" data-testid="behavior-table">
            <caption className="visually-hidden">{t('behavior.title')}</caption>
            <thead>
              <tr>
                {headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.coreValue}>
                  <th scope="row">
                    {row.name}
                    {language !== 'id' && (
                      <span className="behavior-gloss small">
                        {t(`coreValue.${row.coreValue}`)}
                      </span>
                    )}
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={index}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
      csv={() => ({ headers, rows: rows.map((row) => [row.name, ...row.cells]) })}
    />
  );
}
