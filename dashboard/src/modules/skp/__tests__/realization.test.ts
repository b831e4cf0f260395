import { createTranslate, LOCALES } from '../../i18n/utils/translate';
import { realizationText, shownRealization } from '../utils/realization';

describe('shownRealization: what an indicator shows as realised', () => {
  test.each([
    [
      'a value reported for the period',
      { realization: { value: 12, narrative: null }, result: { value: 12, reported: true } },
      { kind: 'VALUE', value: 12, fromQuarters: false },
    ],
    [
      'a reported zero is a value, not nothing',
      { realization: { value: 0 }, result: { value: 5, reported: true } },
      { kind: 'VALUE', value: 0, fromQuarters: false },
    ],
    [
      'a narrative reported for the period',
      { realization: { value: null, narrative: 'Tanpa keluhan' }, result: null },
      { kind: 'NARRATIVE', text: 'Tanpa keluhan' },
    ],
    [
      'no annual report: the year made from the quarters',
      { realization: null, result: { value: 9.5, reported: true } },
      { kind: 'VALUE', value: 9.5, fromQuarters: true },
    ],
    [
      'nothing reported at all',
      { realization: null, result: { value: null, reported: false } },
      { kind: 'NONE' },
    ],
  ])('%s', (_name, indicator, expected) => {
    expect(shownRealization(indicator)).toEqual(expected);
  });
});

describe('realizationText', () => {
  test.each([
    [
      { kind: 'VALUE', value: 5.4, fromQuarters: true },
      'hari',
      'id',
      '5,4 hari (dihitung dari triwulan)',
    ],
    [{ kind: 'VALUE', value: 1250.5, fromQuarters: false }, 'dokumen', 'id', '1.250,5 dokumen'],
    [{ kind: 'VALUE', value: 3, fromQuarters: false }, null, 'id', '3'],
    [
      { kind: 'VALUE', value: 5.4, fromQuarters: true },
      'days',
      'en',
      '5.4 days (derived from the quarters)',
    ],
    [{ kind: 'NARRATIVE', text: 'Tanpa keluhan' }, 'hari', 'id', 'Tanpa keluhan'],
    [{ kind: 'NONE' }, 'hari', 'id', null],
  ] as const)('%j %s (%s) → %j', (shown, unit, language, expected) => {
    expect(realizationText(shown, unit, LOCALES[language], createTranslate(language))).toBe(
      expected,
    );
  });
});
