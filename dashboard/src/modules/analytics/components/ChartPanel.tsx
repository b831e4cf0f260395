import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { Icon } from '../../ui/components/Icon';
import { buildCsv, csvFileName, downloadCsv, type CsvCell } from '../utils/csv';
import { ChartTitleContext } from './ChartFigure';

export interface CsvData {
  headers: string[];
  rows: CsvCell[][];
}

interface ChartPanelProps {
  title: string;
  /** A line under the title (what the chart shows, a hint). */
  description?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  csv: () => CsvData;
  /** Parts of the download's file name ("kinerja-saya", 2025). */
  fileName: (string | number)[];
  testId?: string;
  initialView?: 'chart' | 'table';
}

/** A chart card that can be read as a table instead, with the table's data as a CSV download. */
export function ChartPanel({
  title,
  description,
  chart,
  table,
  csv,
  fileName,
  testId,
  initialView = 'chart',
}: ChartPanelProps) {
  const t = useT();
  const titleId = useId();
  const [view, setView] = useState(initialView);
  return (
    <section className="card chart-panel" aria-labelledby={titleId} data-testid={testId}>
      <div className="chart-panel__head">
        <h2 className="card__title chart-panel__title" id={titleId}>
          {title}
        </h2>
        <div className="chart-panel__tools">
          <div className="view-toggle" role="group" aria-label={t('analytics.view')}>
            {(['chart', 'table'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className={`view-toggle__option${view === option ? ' view-toggle__option--active' : ''}`}
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {t(option === 'chart' ? 'analytics.chart' : 'analytics.table')}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              const data = csv();
              downloadCsv(csvFileName(...fileName), buildCsv(data.headers, data.rows));
            }}
          >
            <Icon name="external" size={16} />
            {t('analytics.downloadCsv')}
          </button>
        </div>
      </div>
      {description && <div className="muted small chart-panel__description">{description}</div>}
      <div className="chart-panel__body">
        {view === 'chart' ? (
          <ChartTitleContext.Provider value={title}>{chart}</ChartTitleContext.Provider>
        ) : (
          table
        )}
      </div>
    </section>
  );
}
