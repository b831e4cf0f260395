import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../i18n';
import { ChartFigure } from '../components/ChartFigure';
import { ChartPanel } from '../components/ChartPanel';

const panel = (language: 'id' | 'en') => (
  <I18nProvider initialLanguage={language}>
    <ChartPanel
      title="Sebaran predikat"
      chart={
        <ChartFigure testId="chart">
          <button type="button">inside</button>
        </ChartFigure>
      }
      table={<table aria-label="data" />}
      csv={() => ({ headers: [], rows: [] })}
      fileName={['sebaran']}
    />
  </I18nProvider>
);

describe('ChartFigure', () => {
  test('in a panel it is one image named after the panel, pointing to the table view', () => {
    render(panel('id'));
    const figure = screen.getByRole('img', {
      name: 'Grafik: Sebaran predikat. Angkanya dapat dibaca di tampilan Tabel.',
    });
    expect(figure).toBe(screen.getByTestId('chart'));
    // The table view is one keyboard press away.
    fireEvent.click(screen.getByRole('button', { name: 'Tabel' }));
    expect(screen.getByRole('table', { name: 'data' })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  test('names itself in English too', () => {
    render(panel('en'));
    expect(
      screen.getByRole('img', {
        name: 'Chart: Sebaran predikat. Its figures can be read in the Table view.',
      }),
    ).toBeTruthy();
  });

  test('a given label wins; outside a panel it still has a name', () => {
    const inI18n = (figure: ReactElement) => (
      <I18nProvider initialLanguage="id">{figure}</I18nProvider>
    );
    const { rerender } = render(inI18n(<ChartFigure label="Grafik sebaran">{null}</ChartFigure>));
    expect(screen.getByRole('img', { name: 'Grafik sebaran' })).toBeTruthy();
    rerender(inI18n(<ChartFigure>{null}</ChartFigure>));
    expect(screen.getByRole('img', { name: 'Grafik' })).toBeTruthy();
  });
});
