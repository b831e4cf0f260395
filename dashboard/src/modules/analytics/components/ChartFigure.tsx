import { createContext, useContext, type ReactNode } from 'react';
import { useT } from '../../i18n';

/** The title of the ChartPanel a chart is drawn in, to name the chart after it. */
export const ChartTitleContext = createContext<string | null>(null);

interface ChartFigureProps {
  /** What the chart shows; by default its panel's title and where its figures can be read. */
  label?: string;
  testId?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A chart drawn for the eye: one named image to assistive technology, with nothing inside that
 * takes focus (draw Recharts with `accessibilityLayer={false}`). Its figures are read in the
 * panel's table view, which the keyboard reaches through the panel's Tabel button.
 */
export function ChartFigure({
  label,
  testId,
  className = 'analytics-chart',
  children,
}: ChartFigureProps) {
  const t = useT();
  const panelTitle = useContext(ChartTitleContext);
  const name =
    label ?? (panelTitle ? t('analytics.chartLabel', { title: panelTitle }) : t('analytics.chart'));
  return (
    <div className={className} role="img" aria-label={name} data-testid={testId}>
      {children}
    </div>
  );
}
