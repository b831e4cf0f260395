export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** Drawn as a dashed or thin line (secondary series). */
  variant?: 'solid' | 'dashed' | 'thin' | 'bar';
}

/**
 * A legend in HTML under a chart: it wraps on a narrow screen instead of being clipped by the
 * chart's fixed height as Recharts' own legend is.
 */
export function ChartLegend({ items, testId }: { items: readonly LegendItem[]; testId?: string }) {
  return (
    <ul className="chart-legend" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key} className="chart-legend__item">
          <span
            className={`chart-legend__swatch chart-legend__swatch--${item.variant ?? 'solid'}`}
            style={{ color: item.color }}
            aria-hidden="true"
          />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
