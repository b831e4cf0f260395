import { decimalNumber, decimalTransformer } from '../decimal.transformer';

describe('decimalNumber', () => {
  test.each([
    ['103.33', 103.33],
    ['0.10', 0.1],
    ['-0.50', -0.5],
    ['12', 12],
    ['007.25', 7.25],
    ['.5', 0.5],
    ['1.', 1],
    ['-0.00', -0],
    ['99999999999.99', 99999999999.99],
    ['9007199254740993', 9007199254740992], // beyond 2^53: Number's rounding
    ['1e3', 1000],
    [' 2.5 ', 2.5],
    ['+1.5', 1.5],
    ['', 0],
    ['-', Number.NaN],
    ['.', Number.NaN],
    ['1.2.3', Number.NaN],
    ['abc', Number.NaN],
  ])('%j reads as %p', (text, expected) => {
    expect(Object.is(decimalNumber(text), expected)).toBe(true);
  });

  test('is Number(text) bit for bit on every DECIMAL text of up to 15 digits', () => {
    // A reproducible spread of texts as MariaDB writes DECIMAL(p, s): every scale 0-6, signs,
    // leading zeros in the fraction, and the integers around 2^53.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const texts: string[] = [];
    for (let index = 0; index < 200_000; index += 1) {
      const scale = next() % 7;
      const whole = String(next() % 10 ** (1 + (next() % 9)));
      const fraction = String(next() % 10 ** scale).padStart(scale, '0');
      const sign = next() % 5 === 0 ? '-' : '';
      texts.push(scale === 0 ? `${sign}${whole}` : `${sign}${whole}.${fraction}`);
    }
    for (let offset = -3n; offset <= 3n; offset += 1n) {
      const integer = String(2n ** 53n + offset);
      texts.push(integer, `${integer}.5`, `-${integer}`);
    }
    const different = texts.filter((text) => !Object.is(decimalNumber(text), Number(text)));
    expect(different).toEqual([]);
  });

  test('the column transformer reads strings this way and passes numbers and null through', () => {
    expect(decimalTransformer.from('87.50')).toBe(87.5);
    expect(decimalTransformer.from(87.5)).toBe(87.5);
    expect(decimalTransformer.from(null)).toBeNull();
  });
});
