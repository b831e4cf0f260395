import type { Period } from '../../../cycle/cycle.enums';
import {
  IndicatorAggregation,
  IndicatorAspect,
  IndicatorDirection,
  IndicatorKind,
} from '../../plan.enums';
import {
  defaultDirection,
  resolveIndicator,
  validateDescription,
  validateEvidence,
  validateIndicators,
  validateNarrative,
} from '../plan-validation.util';

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
    // Each limit at its maximum and one past it.
    ['20 indicators, the most allowed', Array.from({ length: 20 }, () => indicator()), []],
    ['a 40-character unit', [indicator({ unit: 'u'.repeat(40) })], []],
    ['a 41-character unit', [indicator({ unit: 'u'.repeat(41) })], ['indicators[0].unit']],
    ['a unit of 40 characters within spaces', [indicator({ unit: ` ${'u'.repeat(40)} ` })], []],
    ['a one-character unit', [indicator({ unit: '%' })], []],
    ['a 3-character description', [indicator({ description: 'KTP' })], []],
    [
      'a 2-character description',
      [indicator({ description: 'KT' })],
      ['indicators[0].description'],
    ],
    ['a 500-character description', [indicator({ description: 'd'.repeat(500) })], []],
    [
      'a 501-character description',
      [indicator({ description: 'd'.repeat(501) })],
      ['indicators[0].description'],
    ],
    ['the largest target, 1e12 less one', [indicator({ target: 1e12 - 1 })], []],
    ['a target of 1e12', [indicator({ target: 1e12 })], ['indicators[0].target']],
    ['a small fractional target', [indicator({ target: 0.01 })], []],
    ['a NaN target', [indicator({ target: NaN })], ['indicators[0].target']],
    [
      'problems in two indicators, each named by its index',
      [indicator({ unit: '' }), indicator(), indicator({ target: 0, description: 'x' })],
      ['indicators[0].unit', 'indicators[2].description', 'indicators[2].target'],
    ],
  ])('indicators: %s', (_case, list, expected) => {
    expect(fields(validateIndicators({ field: 'indicators', indicators: list }))).toEqual(expected);
  });

  it('says which problem an indicator list has', () => {
    expect(validateIndicators({ field: 'rhk', indicators: [] })).toEqual([
      { field: 'rhk', reason: 'INDICATOR_REQUIRED', message: 'needs at least one indicator' },
    ]);
    expect(
      validateIndicators({
        field: 'rhk',
        indicators: Array.from({ length: 21 }, () => indicator()),
      }),
    ).toEqual([
      {
        field: 'rhk',
        reason: 'TOO_MANY_INDICATORS',
        message: 'may have at most 20 indicators',
        params: { max: 20 },
      },
    ]);
    expect(
      validateIndicators({
        field: 'rhk',
        indicators: [indicator({ description: 'x', target: -1, unit: '' })],
      }),
    ).toEqual([
      {
        field: 'rhk[0].description',
        reason: 'LENGTH',
        message: 'must be 3 to 500 characters',
        params: { min: 3, max: 500 },
      },
      { field: 'rhk[0].target', reason: 'POSITIVE_NUMBER', message: 'must be a positive number' },
      {
        field: 'rhk[0].unit',
        reason: 'LENGTH',
        message: 'must be 1 to 40 characters',
        params: { min: 1, max: 40 },
      },
    ]);
  });

  // Defaults: 5 to 1000 characters once trimmed.
  it.each([
    ['5 characters', 'Rapat', []],
    ['4 characters', 'Rapa', ['must be 5 to 1000 characters']],
    ['5 characters inside spaces', '  Rapat  ', []],
    ['4 characters inside spaces', '   Rapa   ', ['must be 5 to 1000 characters']],
    ['1000 characters', 'r'.repeat(1000), []],
    ['1001 characters', 'r'.repeat(1001), ['must be 5 to 1000 characters']],
  ])('description of %s', (_case, text, expected) => {
    expect(validateDescription({ field: 'description', text })).toEqual(
      expected.map((message) => ({
        field: 'description',
        reason: 'LENGTH',
        message,
        params: { min: 5, max: 1000 },
      })),
    );
  });

  it.each([
    ['at its minimum', 'abc', []],
    ['below its minimum', 'ab', ['must be 3 to 8 characters']],
    ['at its maximum', 'abcdefgh', []],
    ['above its maximum', 'abcdefghi', ['must be 3 to 8 characters']],
  ])('description with its own limits, %s', (_case, text, expected) => {
    expect(validateDescription({ field: 'reason', text, min: 3, max: 8 })).toEqual(
      expected.map((message) => ({
        field: 'reason',
        reason: 'LENGTH',
        message,
        params: { min: 3, max: 8 },
      })),
    );
  });

  it.each([
    ['a NUL', 'Dokumen\u0000 KTP terbit'],
    ['an escape sequence', 'Dokumen \u001b[31mKTP'],
    ['a right-to-left override', 'Dokumen \u202etibret PTK'],
  ])('description: %s is a control character problem', (_case, text) => {
    expect(validateDescription({ field: 'description', text })).toEqual([
      {
        field: 'description',
        reason: 'CONTROL_CHARACTERS',
        message: 'must not contain control characters',
      },
    ]);
  });

  const linkOf = (length: number) => {
    const prefix = 'https://bukti.example.go.id/';
    return prefix + 'a'.repeat(length - prefix.length);
  };

  it.each([
    ['an https link', 'https://drive.example.go.id/bukti.pdf', null, []],
    ['an http link with a note', 'http://intranet/bukti', 'rekap terlampir', []],
    ['a note only', null, 'Laporan diserahkan ke Sekcam', []],
    ['nothing', null, null, ['evidenceUrl', 'note']],
    ['a javascript: link', 'javascript:alert(1)', null, ['evidenceUrl']],
    ['a bare word', 'bukti', 'catatan', ['evidenceUrl']],
    ['an ftp link', 'ftp://server/file', null, ['evidenceUrl']],
    ['an over-long note', null, 'x'.repeat(2001), ['note']],
    ['a 500-character link', linkOf(500), null, []],
    ['a 501-character link', linkOf(501), null, ['evidenceUrl']],
    ['a 2000-character note', null, 'x'.repeat(2000), []],
    ['a bad link and an over-long note', 'bukti', 'x'.repeat(2001), ['evidenceUrl', 'note']],
    ['a note with a NUL', null, 'Laporan\u0000 diserahkan', ['note']],
    ['a note with a right-to-left override', null, 'Laporan \u202enakharesid', ['note']],
  ])('evidence: %s', (_case, evidenceUrl, note, expected) => {
    expect(fields(validateEvidence({ evidenceUrl, note }))).toEqual(expected);
  });
});

describe('evidence messages', () => {
  it('says what a link, a note or neither lacks', () => {
    expect(validateEvidence({ evidenceUrl: 'ftp://server/file', note: 'x'.repeat(2001) })).toEqual([
      {
        field: 'evidenceUrl',
        reason: 'INVALID_URL',
        message: 'must be an http or https link of at most 500 characters',
        params: { max: 500 },
      },
      {
        field: 'note',
        reason: 'MAX_LENGTH',
        message: 'must be at most 2000 characters',
        params: { max: 2000 },
      },
    ]);
    expect(validateEvidence({ evidenceUrl: null, note: null })).toEqual([
      {
        field: 'evidenceUrl',
        reason: 'EVIDENCE_OR_NOTE',
        message: 'give a link to the evidence or a note',
      },
      {
        field: 'note',
        reason: 'EVIDENCE_OR_NOTE',
        message: 'give a link to the evidence or a note',
      },
    ]);
  });
});

describe('KUALITATIF indicators', () => {
  const narrative = (overrides = {}) => ({
    kind: IndicatorKind.KUALITATIF,
    aspect: IndicatorAspect.KUALITAS,
    description: 'Kualitas telaahan staf',
    narrativeTarget: 'Telaahan staf tepat waktu dan diterima pimpinan tanpa revisi mayor',
    ...overrides,
  });
  const plans = (periods: string[], actionPlan = 'Rapat koordinasi') =>
    periods.map((period) => ({ period: period as Period, actionPlan }));

  it.each([
    ['a narrative target alone', [narrative()], []],
    ['no narrative target', [narrative({ narrativeTarget: undefined })], ['narrativeTarget']],
    ['a null narrative target', [narrative({ narrativeTarget: null })], ['narrativeTarget']],
    ['a blank narrative target', [narrative({ narrativeTarget: '   ' })], ['narrativeTarget']],
    ['a one-character narrative target', [narrative({ narrativeTarget: 'x' })], []],
    ['a 2000-character narrative target', [narrative({ narrativeTarget: 'n'.repeat(2000) })], []],
    [
      'a 2001-character narrative target',
      [narrative({ narrativeTarget: 'n'.repeat(2001) })],
      ['narrativeTarget'],
    ],
    [
      '2000 characters inside spaces',
      [narrative({ narrativeTarget: `  ${'n'.repeat(2000)}  ` })],
      [],
    ],
    [
      'a control character in the narrative target',
      [narrative({ narrativeTarget: 'Telaahan\u0000staf' })],
      ['narrativeTarget'],
    ],
    // The numbers of a narrative indicator are not required, and ignored when sent.
    ['a bad numeric target and unit, ignored', [narrative({ target: -5, unit: '' })], []],
    [
      'rencana aksi for two quarters only',
      [narrative({ periodTargets: plans(['TW1', 'TW3']) })],
      [],
    ],
    [
      'rencana aksi for all four quarters, without numbers',
      [narrative({ periodTargets: plans(['TW1', 'TW2', 'TW3', 'TW4']) })],
      [],
    ],
    [
      'a quarter named twice',
      [narrative({ periodTargets: plans(['TW1', 'TW1']) })],
      ['periodTargets'],
    ],
    ['the annual period', [narrative({ periodTargets: plans(['ANNUAL']) })], ['periodTargets']],
    [
      'a quarter and the annual period',
      [narrative({ periodTargets: plans(['TW1', 'ANNUAL']) })],
      ['periodTargets'],
    ],
    [
      'a 1001-character rencana aksi',
      [narrative({ periodTargets: plans(['TW2'], 'r'.repeat(1001)) })],
      ['periodTargets[0].actionPlan'],
    ],
    ['a short description still refused', [narrative({ description: 'x' })], ['description']],
    // A numeric indicator keeps today's rules, with its numbers now optional in the input type.
    ['KUANTITATIF without a target', [indicator({ target: undefined })], ['target']],
    ['KUANTITATIF with a null target', [indicator({ target: null })], ['target']],
    ['KUANTITATIF without a unit', [indicator({ unit: undefined })], ['unit']],
    [
      'KUANTITATIF with a narrative target only',
      [indicator({ target: null, unit: null, narrativeTarget: 'Dokumen lengkap' })],
      ['target', 'unit'],
    ],
    [
      'KUANTITATIF with a quarter named without a number',
      [
        indicator({
          target: 100,
          aggregation: 'SUM',
          periodTargets: [
            { period: 'TW1', target: 25 },
            { period: 'TW2', target: 25 },
            { period: 'TW3', target: 25 },
            { period: 'TW4', target: null },
          ],
        }),
      ],
      ['periodTargets'],
    ],
  ])('%s', (_case, list, expected) => {
    expect(fields(validateIndicators({ field: 'indicators', indicators: list }))).toEqual(
      expected.map((field) => `indicators[0].${field}`),
    );
  });

  it('names each problem of a mixed list by its index', () => {
    expect(
      validateIndicators({
        field: 'indicators',
        indicators: [indicator(), narrative({ narrativeTarget: '' }), indicator({ unit: '' })],
      }),
    ).toEqual([
      {
        field: 'indicators[1].narrativeTarget',
        reason: 'LENGTH',
        message: 'must be 1 to 2000 characters',
        params: { min: 1, max: 2000 },
      },
      {
        field: 'indicators[2].unit',
        reason: 'LENGTH',
        message: 'must be 1 to 40 characters',
        params: { min: 1, max: 40 },
      },
    ]);
  });

  it('says what is wrong with the narrative text and the quarters', () => {
    expect(validateNarrative({ field: 'narrative', text: undefined })).toEqual([
      {
        field: 'narrative',
        reason: 'LENGTH',
        message: 'must be 1 to 2000 characters',
        params: { min: 1, max: 2000 },
      },
    ]);
    expect(validateNarrative({ field: 'narrative', text: 'a\u0007b' })).toEqual([
      {
        field: 'narrative',
        reason: 'CONTROL_CHARACTERS',
        message: 'must not contain control characters',
      },
    ]);
    expect(validateNarrative({ field: 'narrative', text: ' Selesai ' })).toEqual([]);
    expect(
      validateIndicators({
        field: 'rhk',
        indicators: [narrative({ periodTargets: plans(['TW4', 'TW4']) })],
      }),
    ).toEqual([
      {
        field: 'rhk[0].periodTargets',
        reason: 'QUARTERS_ONCE',
        message: 'name each of TW1, TW2, TW3 and TW4 at most once',
      },
    ]);
  });

  it('stores a narrative indicator with no numbers and its rencana aksi', () => {
    expect(
      resolveIndicator(
        narrative({
          target: 40,
          unit: 'dokumen',
          aggregation: IndicatorAggregation.SUM,
          narrativeTarget: '  Telaahan diterima  ',
          periodTargets: [
            { period: 'TW3', target: 9, actionPlan: ' Evaluasi ' },
            { period: 'TW1', actionPlan: 'Penyusunan' },
          ],
        }),
      ),
    ).toEqual({
      kind: IndicatorKind.KUALITATIF,
      target: 0,
      unit: '',
      narrativeTarget: 'Telaahan diterima',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      aggregation: IndicatorAggregation.LAST,
      quarterTargets: [0, 0, 0, 0],
      actionPlans: ['Penyusunan', null, 'Evaluasi', null],
    });
  });

  it('stores a numeric indicator as before, without a narrative target', () => {
    expect(
      resolveIndicator(
        indicator({ unit: ' dokumen ', narrativeTarget: 'ignored', aspect: IndicatorAspect.WAKTU }),
      ),
    ).toEqual({
      kind: IndicatorKind.KUANTITATIF,
      target: 100,
      unit: 'dokumen',
      narrativeTarget: null,
      direction: IndicatorDirection.LOWER_IS_BETTER,
      aggregation: IndicatorAggregation.LAST,
      quarterTargets: [100, 100, 100, 100],
      actionPlans: [null, null, null, null],
    });
    // Missing text (refused by validation first) is stored empty, never invented.
    expect(resolveIndicator({ ...indicator(), unit: null })).toMatchObject({ unit: '' });
    expect(resolveIndicator(narrative({ narrativeTarget: null }))).toMatchObject({
      narrativeTarget: '',
    });
    // A level (%) keeps LAST by default: the unit given decides the aggregation.
    expect(resolveIndicator(indicator({ unit: '%' }))).toMatchObject({
      aggregation: IndicatorAggregation.LAST,
      quarterTargets: [100, 100, 100, 100],
    });
    expect(resolveIndicator({ ...indicator(), kind: null })).toMatchObject({
      kind: IndicatorKind.KUANTITATIF,
      aggregation: IndicatorAggregation.SUM,
      quarterTargets: [25, 25, 25, 25],
    });
  });
});
