import { screen, within } from '@testing-library/react';
import { renderPage } from '../../../test-support/render';
import { DistributionTable } from '../../calibration/components/DistributionTable';
import { PredicateCountTable } from '../components/PredicateCountTable';

// Counts of a city-sized "kecamatan" (the 50 000-employee tier): thousands grouped as the reader's
// language writes them, in the table view of each chart.
describe('count tables group thousands', () => {
  const row = {
    key: 'ANNUAL',
    label: 'Akhir tahun',
    SANGAT_BAIK: 1250,
    BAIK: 31200,
    BUTUH_PERBAIKAN: 900,
    KURANG: 12,
    SANGAT_KURANG: 0,
    total: 33362,
  };

  test.each([
    ['id', ['1.250', '31.200', '900', '12', '0', '33.362']],
    ['en', ['1,250', '31,200', '900', '12', '0', '33,362']],
  ] as const)('predicate counts in %s', (language, cells) => {
    renderPage(<PredicateCountTable rows={[row]} labelHeader="Periode" caption="Sebaran" />, {
      language,
    });
    const [, body] = screen.getAllByRole('row');
    expect(
      within(body)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(cells);
  });

  test('the calibration distribution, with its total', () => {
    renderPage(
      <DistributionTable
        rows={[
          { predicate: 'BAIK', count: 31200, percentage: 93.5 },
          { predicate: 'KURANG', count: 2162, percentage: 6.5 },
        ]}
        total={33362}
      />,
    );
    const counts = screen
      .getAllByRole('row')
      .slice(1)
      .map((tableRow) => tableRow.querySelector('.table__number')?.textContent);
    expect(counts).toEqual(['31.200', '2.162', '33.362']);
  });
});
