import { formatNumber, numberFormat } from '../utils/format';
import { formatPercent } from '../../skp/utils/achievement';

describe('numberFormat', () => {
  it('builds one formatter per language and precision, and reuses it', () => {
    expect(numberFormat('id', 1)).toBe(numberFormat('id', 1));
    expect(numberFormat('id', 1)).not.toBe(numberFormat('id', 0));
    expect(numberFormat('id', 1)).not.toBe(numberFormat('en', 1));
  });

  it('formats in the language and precision asked for', () => {
    expect(numberFormat('id', 1).format(87.25)).toBe('87,3');
    expect(numberFormat('en', 1).format(87.25)).toBe('87.3');
    expect(numberFormat('id', 0).format(87.5)).toBe('88');
    expect(formatNumber(1234.567, 'id')).toBe('1.234,57');
    expect(formatNumber(null, 'id')).toBe('');
    expect(formatPercent(92.45, 'en')).toBe('92.5 %');
  });
});

describe('numberFormat without Intl', () => {
  // A fixed pseudo-random sequence (mulberry32): the same values on every run.
  function numbers(seed: number, count: number): number[] {
    let state = seed;
    const next = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return Array.from({ length: count }, () => (next() - 0.3) * 10 ** Math.floor(next() * 10 - 3));
  }
  const edges = [
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    2.5,
    -2.5,
    1.005,
    1.015,
    0.045,
    87.25,
    87.5,
    99.995,
    999.995,
    1234.567,
    1e21,
    1.5e-7,
    123456789.987,
    -0.001,
    0.0049,
    9.999,
    1000,
    1234567,
    0.1 + 0.2,
    2 / 3,
    85.71428571,
    4.35,
    70,
    12.5,
  ];
  const values = [
    ...edges,
    ...numbers(17, 3000),
    ...numbers(4, 500).map((v) => Math.round(v) / 1000 + 0.0005),
  ];

  it.each(['id-ID', 'en-GB', 'id', 'en'])('agrees with Intl.NumberFormat in %s', (locale) => {
    for (const digits of [0, 1, 2, 3]) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      const mismatches = values.filter(
        (value) => numberFormat(locale, digits).format(value) !== intl.format(value),
      );
      expect(
        mismatches.map((value) => [value, digits, numberFormat(locale, digits).format(value)]),
      ).toEqual([]);
    }
  });

  it('leaves other languages and non-finite numbers to Intl', () => {
    expect(numberFormat('de-CH', 1).format(1234.56)).toBe(
      new Intl.NumberFormat('de-CH', { maximumFractionDigits: 1 }).format(1234.56),
    );
    expect(numberFormat('id-ID', 1).format(Infinity)).toBe('∞');
    expect(numberFormat('en-GB', 1).format(Number.NaN)).toBe('NaN');
  });
});
