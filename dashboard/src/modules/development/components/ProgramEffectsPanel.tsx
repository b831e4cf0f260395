import { WrappedTick } from '../../analytics/components/WrappedTick';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from '../../analytics/components/ChartLegend';
import { ChartPanel } from '../../analytics/components/ChartPanel';
import { useT } from '../../i18n';
import type { EffectRow } from '../utils/effects';
import { ChartFigure } from '../../analytics/components/ChartFigure';
import { TableScroll } from '../../ui/components/TableScroll';

/** Bars drawn at most; the table and the CSV hold every row. */
export const CHART_ROWS = 12;

const SERIES = [
  { key: 'improved', label: 'development.change.IMPROVED', color: '#1f7a4d' },
  { key: 'unchanged', label: 'development.change.UNCHANGED', color: '#9aa5b1' },
  { key: 'declined', label: 'development.change.DECLINED', color: '#b42318' },
] as const;

/** Per programme and rating: how those who completed it moved, as a chart, a table and a CSV. */
export function ProgramEffectsPanel({ rows }: { rows: readonly EffectRow[] }) {
  const t = useT();
  // Rows with enough data first, then the most measured (rows come sorted by measured).
  const measured = rows.filter((row) => row.measured > 0);
  const charted = [
    ...measured.filter((row) => row.enoughData),
    ...measured.filter((row) => !row.enoughData),
  ].slice(0, CHART_ROWS);
  const names = Object.fromEntries(SERIES.map((series) => [series.key, t(series.label)]));
  const headers = [
    t('development.effect.programme'),
    t('development.effect.measure'),
    t('development.effect.completions'),
    t('development.effect.measured'),
    names.improved,
    names.unchanged,
    names.declined,
    t('development.effect.belowToMeets'),
    t('development.effect.data'),
  ];
  const dataLabel = (row: EffectRow) =>
    row.enoughData ? t('development.effect.enough') : t('development.effect.tooLittle');
  const belowToMeets = (row: EffectRow) =>
    row.belowBefore > 0 ? `${row.belowToMeets} / ${row.belowBefore}` : '–';

  const chart =
    charted.length === 0 ? (
      <p className="muted">{t('development.effect.noneMeasured')}</p>
    ) : (
      <ChartFigure testId="effects-chart">
        <ResponsiveContainer width="100%" height={Math.max(220, charted.length * 46 + 60)}>
          <BarChart
            accessibilityLayer={false}
            data={charted.map((row) => ({ ...row }))}
            layout="vertical"
            margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
            <YAxis
              type="category"
              dataKey="label"
              width={170}
              tick={<WrappedTick maxChars={28} fontSize={11} />}
              interval={0}
            />
            <Tooltip
              labelFormatter={(label) => {
                const row = charted.find((candidate) => candidate.label === label);
                return row ? `${row.programTitle} · ${row.measureLabel}` : label;
              }}
              formatter={(value, name) => [String(value), names[String(name)] ?? String(name)]}
            />
            {SERIES.map((series) => (
              <Bar
                key={series.key}
                dataKey={series.key}
                name={series.key}
                stackId="change"
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

  const table = (
    <TableScroll>
      <table className="table table--compact analytics-table" data-testid="effects-table">
        <caption className="visually-hidden">{t('development.effect.panelTitle')}</caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th
                key={header}
                scope="col"
                className={index >= 2 && index <= 7 ? 'table__number' : undefined}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-enough={row.enoughData}>
              <th scope="row">
                {row.programTitle}
                <span className="muted small mono"> {row.programCode}</span>
              </th>
              <td>{row.measureLabel}</td>
              <td className="table__number">{row.completions}</td>
              <td className="table__number">{row.measured}</td>
              <td className="table__number">{row.improved}</td>
              <td className="table__number">{row.unchanged}</td>
              <td className="table__number">{row.declined}</td>
              <td className="table__number">{belowToMeets(row)}</td>
              <td>
                {row.enoughData ? (
                  dataLabel(row)
                ) : (
                  <span className="badge badge--plan-submitted">{dataLabel(row)}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );

  return (
    <ChartPanel
      title={t('development.effect.panelTitle')}
      description={
        <>
          {t('development.effect.panelHint')}
          {measured.length > charted.length &&
            ` ${t('development.effect.chartLimited', { count: charted.length, total: rows.length })}`}
        </>
      }
      testId="program-effects"
      fileName={['efek-pelatihan']}
      chart={chart}
      table={table}
      csv={() => ({
        headers,
        rows: rows.map((row) => [
          row.programTitle,
          row.measureLabel,
          row.completions,
          row.measured,
          row.improved,
          row.unchanged,
          row.declined,
          belowToMeets(row),
          dataLabel(row),
        ]),
      })}
    />
  );
}

const HIGHLIGHTS = 6;

/** The sentences worth reading first: who moved from below to meets, honest about small numbers. */
export function EffectHighlights({ rows }: { rows: readonly EffectRow[] }) {
  const t = useT();
  // The clearest first: enough data, then the most who moved from below to meets.
  const sentences = rows
    .filter((row) => row.movedSentence)
    .sort(
      (a, b) =>
        Number(b.enoughData) - Number(a.enoughData) ||
        b.belowToMeets - a.belowToMeets ||
        b.belowBefore - a.belowBefore,
    )
    .slice(0, HIGHLIGHTS);
  if (sentences.length === 0) return null;
  return (
    <section className="card" aria-labelledby="effect-highlights" data-testid="effect-highlights">
      <h2 className="card__title" id="effect-highlights">
        {t('development.effect.highlights')}
      </h2>
      <ul className="effect-highlights">
        {sentences.map((row) => (
          <li key={row.key}>
            <strong>{t('development.effect.after', { title: row.programTitle })}</strong>{' '}
            {row.movedSentence}
            {!row.enoughData && (
              <span className="badge badge--plan-submitted effect-highlights__badge">
                {t('development.effect.tooLittle')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
