import { behaviorRatingMismatch, previewPredicate, suggestResultRating } from '../utils/predicate';
import { objectionWindow } from '../utils/objection-window';
import { createTranslate } from '../../i18n/utils/translate';
import type { Predicate, Rating } from '../../api/generated/graphql';

const ABOVE: Rating = 'DI_ATAS_EKSPEKTASI';
const MEETS: Rating = 'SESUAI_EKSPEKTASI';
const BELOW: Rating = 'DI_BAWAH_EKSPEKTASI';

describe('predicate preview (PermenPANRB 6/2022 matrix: rows result, columns behaviour)', () => {
  test.each<[Rating, Rating, Predicate]>([
    [ABOVE, BELOW, 'KURANG'],
    [ABOVE, MEETS, 'BAIK'],
    [ABOVE, ABOVE, 'SANGAT_BAIK'],
    [MEETS, BELOW, 'KURANG'],
    [MEETS, MEETS, 'BAIK'],
    [MEETS, ABOVE, 'BAIK'],
    [BELOW, BELOW, 'SANGAT_KURANG'],
    [BELOW, MEETS, 'BUTUH_PERBAIKAN'],
    [BELOW, ABOVE, 'BUTUH_PERBAIKAN'],
  ])('result %s × behaviour %s → %s', (resultRating, behaviorRating, predicate) => {
    expect(previewPredicate({ resultRating, behaviorRating })).toBe(predicate);
  });

  test('no preview until both ratings are chosen', () => {
    expect(previewPredicate({ resultRating: ABOVE, behaviorRating: null })).toBeNull();
    expect(previewPredicate({ resultRating: undefined, behaviorRating: MEETS })).toBeNull();
  });

  test('KURANG reads as Kurang/Misconduct', () => {
    expect(createTranslate('id')('predicate.KURANG')).toBe('Kurang/Misconduct');
    expect(createTranslate('en')('predicate.KURANG')).toBe('Poor/Misconduct');
  });
});

describe('suggested result rating from achievement and the cycle thresholds', () => {
  const thresholds = { meetsThreshold: 90, exceedsThreshold: 110 };
  test.each<[number | null, Rating | null]>([
    [null, null],
    [0, BELOW],
    [89.9, BELOW],
    [90, MEETS],
    [110, MEETS],
    [110.1, ABOVE],
    [120, ABOVE],
  ])('%s %% → %s', (achievement, rating) => {
    expect(suggestResultRating({ achievement, ...thresholds })).toBe(rating);
  });
});

describe('objection window: finalizedAt + 14 days', () => {
  const finalizedAt = '2027-01-10T03:00:00.000Z';
  test.each<[string, boolean, number]>([
    ['2027-01-10T03:00:00.000Z', true, 14],
    ['2027-01-20T12:00:00.000Z', true, 4],
    ['2027-01-24T02:59:59.000Z', true, 1],
    ['2027-01-24T03:00:00.000Z', true, 0],
    ['2027-01-24T03:00:01.000Z', false, 0],
    ['2027-03-01T00:00:00.000Z', false, 0],
  ])('at %s open=%s, %s days left', (now, open, daysLeft) => {
    const window = objectionWindow({ finalizedAt, now: new Date(now) });
    expect(window.deadline?.toISOString()).toBe('2027-01-24T03:00:00.000Z');
    expect(window.open).toBe(open);
    expect(window.daysLeft).toBe(daysLeft);
  });

  test('no window before the evaluation is final', () => {
    expect(objectionWindow({ finalizedAt: null, now: new Date() })).toEqual({
      deadline: null,
      open: false,
      daysLeft: 0,
    });
  });
});

describe('behaviour rating aid: values below expectation against the overall rating', () => {
  test.each<[string, Rating | '', (Rating | '')[], number | null]>([
    ['two below, overall meets', MEETS, [BELOW, BELOW, MEETS, MEETS], 2],
    ['three below, overall above', ABOVE, [BELOW, BELOW, BELOW, ABOVE], 3],
    ['one below is not enough', MEETS, [BELOW, MEETS, ABOVE], null],
    ['two below, overall below too', BELOW, [BELOW, BELOW], null],
    ['no overall rating yet', '', [BELOW, BELOW, BELOW], null],
    ['unrated values do not count', MEETS, [BELOW, '', '', MEETS], null],
    ['nothing rated', MEETS, [], null],
  ])('%s', (_name, behaviorRating, valueRatings, expected) => {
    expect(behaviorRatingMismatch({ behaviorRating, valueRatings })).toBe(expected);
  });
});
