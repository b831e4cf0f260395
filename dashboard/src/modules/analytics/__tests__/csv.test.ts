import { buildCsv, csvField, csvFileName } from '../utils/csv';

describe('CSV', () => {
  test('plain values stay as they are; empty for null and undefined', () => {
    expect(csvField('Baik')).toBe('Baik');
    expect(csvField(92.5)).toBe('92.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  test('commas, quotes, semicolons and line breaks are quoted, quotes doubled', () => {
    expect(csvField('Seksi Pemerintahan, Trantib')).toBe('"Seksi Pemerintahan, Trantib"');
    expect(csvField('Kasi "Ekbang"')).toBe('"Kasi ""Ekbang"""');
    expect(csvField('baris satu\nbaris dua')).toBe('"baris satu\nbaris dua"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('x;y')).toBe('"x;y"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  test('a header line then the rows, CRLF separated and terminated', () => {
    expect(
      buildCsv(
        ['Unit', 'Capaian (%)'],
        [
          ['Kelurahan Gayungan', 95.2],
          ['Seksi "A", B', null],
        ],
      ),
    ).toBe('Unit,Capaian (%)\r\nKelurahan Gayungan,95.2\r\n"Seksi ""A"", B",\r\n');
  });

  test('file names are slugs', () => {
    expect(csvFileName('Kinerja Saya', 'Sri Wahyuni, S.Sos.')).toBe(
      'kinerja-saya-sri-wahyuni-s-sos.csv',
    );
    expect(csvFileName('', '')).toBe('data.csv');
    expect(csvFileName('tim', 2025, 'Kelurahan Ketintang')).toBe(
      'tim-2025-kelurahan-ketintang.csv',
    );
  });
});
