import { IndicatorAspect, IndicatorDirection } from '../../plan.enums';
import { defaultDirection, validateEvidence, validateIndicators } from '../plan-validation.util';

const indicator = (overrides = {}) => ({
  aspect: IndicatorAspect.KUANTITAS,
  description: 'Dokumen KTP terbit',
  target: 100,
  unit: 'dokumen',
  ...overrides,
});
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('plan validation', () => {
  it.each([
    [IndicatorAspect.KUANTITAS, IndicatorDirection.HIGHER_IS_BETTER],
    [IndicatorAspect.KUALITAS, IndicatorDirection.HIGHER_IS_BETTER],
    [IndicatorAspect.WAKTU, IndicatorDirection.LOWER_IS_BETTER],
    [IndicatorAspect.BIAYA, IndicatorDirection.LOWER_IS_BETTER],
  ])('%s defaults to %s', (aspect, direction) => {
    expect(defaultDirection(aspect)).toBe(direction);
  });

  it.each([
    ['a good list', [indicator()], []],
    ['no indicators', [], ['indicators']],
    ['a zero target', [indicator(), indicator({ target: 0 })], ['indicators[1].target']],
    ['a negative target', [indicator({ target: -5 })], ['indicators[0].target']],
    ['an infinite target', [indicator({ target: Infinity })], ['indicators[0].target']],
    [
      'an empty unit and description',
      [indicator({ unit: ' ', description: 'x' })],
      ['indicators[0].description', 'indicators[0].unit'],
    ],
    ['too many', Array.from({ length: 21 }, () => indicator()), ['indicators']],
  ])('indicators: %s', (_case, list, expected) => {
    expect(fields(validateIndicators({ field: 'indicators', indicators: list }))).toEqual(expected);
  });

  it.each([
    ['an https link', 'https://drive.example.go.id/bukti.pdf', null, []],
    ['an http link with a note', 'http://intranet/bukti', 'rekap terlampir', []],
    ['a note only', null, 'Laporan diserahkan ke Sekcam', []],
    ['nothing', null, null, ['evidenceUrl', 'note']],
    ['a javascript: link', 'javascript:alert(1)', null, ['evidenceUrl']],
    ['a bare word', 'bukti', 'catatan', ['evidenceUrl']],
    ['an ftp link', 'ftp://server/file', null, ['evidenceUrl']],
    ['an over-long note', null, 'x'.repeat(2001), ['note']],
  ])('evidence: %s', (_case, evidenceUrl, note, expected) => {
    expect(fields(validateEvidence({ evidenceUrl, note }))).toEqual(expected);
  });
});
