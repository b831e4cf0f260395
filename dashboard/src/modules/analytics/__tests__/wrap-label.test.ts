import { wrapLabel } from '../utils/wrap-label';

describe('wrapLabel', () => {
  it.each([
    ['Seksi Pemerintahan', 22, 3, ['Seksi Pemerintahan']],
    ['Subbagian Perencanaan dan Keuangan', 22, 3, ['Subbagian Perencanaan', 'dan Keuangan']],
    [
      'Seksi Pemerintahan dan Pelayanan Publik',
      22,
      3,
      ['Seksi Pemerintahan dan', 'Pelayanan Publik'],
    ],
    ['Seksi Kesejahteraan Rakyat dan Perekonomian', 12, 2, ['Seksi', 'Kesejahtera…']],
    ['Kelurahansangatpanjangsekali', 10, 2, ['Kelurahan…']],
  ])('%s in %d characters × %d lines', (text, maxChars, maxLines, expected) => {
    expect(wrapLabel(text, maxChars, maxLines)).toEqual(expected);
  });

  it('keeps units that share their first 25 characters apart', () => {
    const a = wrapLabel('Seksi Ketenteraman dan Ketertiban Umum Kelurahan Gayungan', 22, 3);
    const b = wrapLabel('Seksi Ketenteraman dan Ketertiban Umum Kelurahan Ketintang', 22, 3);
    expect(a).not.toEqual(b);
  });
});
