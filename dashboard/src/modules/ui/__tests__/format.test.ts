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
