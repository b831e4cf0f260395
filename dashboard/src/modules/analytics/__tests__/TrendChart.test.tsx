import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import { TrendChart } from '../components/TrendChart';
import type { TrendRow } from '../utils/trend';

const row = (label: string, over: Partial<TrendRow> = {}): TrendRow => ({
  key: label,
  label,
  cycleYear: 2025,
  period: 'TW1',
  cycleStart: false,
  predicate: 'BAIK',
  predicateLevel: 4,
  achievement: 100,
  productivity: 100,
  qualityOfWork: null,
  professionalAttitude: 2,
  ...over,
});

describe('TrendChart', () => {
  test('each chart has its own series and scale; an empty area is named, not drawn', () => {
    render(
      <I18nProvider initialLanguage="id">
        <TrendChart rows={[row('2025 TW1', { cycleStart: true }), row('2025 TW2')]} />
      </I18nProvider>,
    );
    const items = (id: string) =>
      Array.from(screen.getByTestId(id).querySelectorAll('li')).map((li) => li.textContent);
    expect(items('trend-legend-predicate')).toEqual(['Level predikat (1–5)', 'Capaian (%)']);
    // Professional attitude is on its own 1–3 scale, beside the two percentage areas.
    expect(items('trend-legend-areas')).toEqual(['Produktivitas (%)', 'Sikap profesional (1–3)']);
    expect(screen.getByTestId('trend-empty-areas').textContent).toBe(
      'Kualitas kerja: belum ada indikator kualitas yang dilaporkan.',
    );
    // Every legend label appears once: no duplicate series.
    const all = [...items('trend-legend-predicate'), ...items('trend-legend-areas')];
    expect(new Set(all).size).toBe(all.length);
  });
});
