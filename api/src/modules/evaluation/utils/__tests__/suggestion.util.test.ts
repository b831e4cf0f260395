import { Period } from '../../../cycle/cycle.enums';
import { OrganizationPredicateValue, Rating, SuggestionBasis } from '../../evaluation.enums';
import {
  ORGANIZATION_PREDICATE_RATING,
  ratingOfScore,
  suggestAnnualRating,
  suggestEvaluation,
  suggestPeriodRating,
} from '../suggestion.util';

const { DI_BAWAH_EKSPEKTASI: BELOW, SESUAI_EKSPEKTASI: MEETS, DI_ATAS_EKSPEKTASI: ABOVE } = Rating;
const thresholds = { exceedsThreshold: 110, meetsThreshold: 90 };

describe('ratingOfScore (nearest rating, ties to SESUAI)', () => {
  it.each([
    [1, BELOW],
    [1.49, BELOW],
    [1.5, MEETS],
    [2, MEETS],
    [2.5, MEETS],
    [2.51, ABOVE],
    [3, ABOVE],
  ])('%p → %s', (score, rating) => expect(ratingOfScore(score)).toBe(rating));
});

describe('suggestPeriodRating (numeric achievement with qualitative judgements)', () => {
  it.each([
    // achievement, reported numeric, judgements → expected (mean score in the comment)
    [null, 0, [], null],
    [100, 3, [], MEETS],
    [89.99, 3, [], BELOW],
    [110.01, 1, [], ABOVE],
    [null, 0, [ABOVE], ABOVE],
    [null, 0, [ABOVE, MEETS], MEETS], // 2.5: a tie goes to SESUAI
    [null, 0, [ABOVE, ABOVE, MEETS], ABOVE], // 2.67
    [null, 0, [BELOW, MEETS], MEETS], // 1.5
    [null, 0, [BELOW, BELOW, MEETS], BELOW], // 1.33
    [100, 1, [ABOVE], MEETS], // (2 + 3) / 2 = 2.5
    [100, 1, [ABOVE, ABOVE], ABOVE], // (2 + 6) / 3 = 2.67
    [100, 3, [ABOVE, ABOVE], MEETS], // (6 + 6) / 5 = 2.4
    [120, 2, [BELOW], MEETS], // (6 + 1) / 3 = 2.33
    [50, 2, [ABOVE], MEETS], // (2 + 3) / 3 = 1.67
    [50, 3, [ABOVE], MEETS], // (3 + 3) / 4 = 1.5
    [50, 4, [ABOVE], BELOW], // (4 + 3) / 5 = 1.4
  ] as [number | null, number, Rating[], Rating | null][])(
    'achievement %p over %p numeric indicators, judgements %j → %p',
    (achievement, reportedNumeric, judgements, expected) => {
      expect(suggestPeriodRating({ achievement, reportedNumeric, judgements, ...thresholds })).toBe(
        expected,
      );
    },
  );

  it('follows the cycle thresholds for the numeric part', () => {
    expect(
      suggestPeriodRating({
        achievement: 100,
        reportedNumeric: 2,
        judgements: [],
        exceedsThreshold: 95,
        meetsThreshold: 80,
      }),
    ).toBe(ABOVE);
  });
});

describe('suggestAnnualRating (annual evidence and the triwulan ratings, half each)', () => {
  it.each([
    [null, [], null],
    [ABOVE, [], ABOVE],
    [null, [MEETS, ABOVE, ABOVE, ABOVE], ABOVE], // quarters only: 2.75
    [ABOVE, [MEETS, MEETS, MEETS, MEETS], MEETS], // (3 + 2) / 2 = 2.5 tie
    [ABOVE, [ABOVE, ABOVE, MEETS, MEETS], ABOVE], // (3 + 2.5) / 2 = 2.75
    [MEETS, [ABOVE, ABOVE, ABOVE, ABOVE], MEETS], // 2.5 tie
    [BELOW, [BELOW, MEETS, MEETS], BELOW], // (1 + 1.67) / 2 = 1.33
    [BELOW, [MEETS, MEETS, MEETS, MEETS], MEETS], // 1.5 tie
    [MEETS, [BELOW, BELOW, BELOW, BELOW], MEETS], // 1.5 tie
    [BELOW, [BELOW, BELOW, BELOW, MEETS], BELOW], // (1 + 1.25) / 2
  ] as [Rating | null, Rating[], Rating | null][])(
    'annual %p, quarters %j → %p',
    (annual, quarters, expected) => {
      expect(suggestAnnualRating({ annual, quarters })).toBe(expected);
    },
  );
});

describe('suggestEvaluation (which rule applies, and its basis)', () => {
  const base = {
    achievement: 100,
    reportedNumeric: 2,
    judgements: [] as Rating[],
    ...thresholds,
    quarterRatings: [] as Rating[],
    headedUnitPredicate: null,
  };

  it('a triwulan follows its own evidence, ignoring quarters and the organisation', () => {
    expect(
      suggestEvaluation({
        ...base,
        period: Period.TW2,
        quarterRatings: [ABOVE, ABOVE],
        headedUnitPredicate: OrganizationPredicateValue.KURANG,
      }),
    ).toEqual({ rating: MEETS, basis: SuggestionBasis.ACHIEVEMENT });
  });

  it('nothing reported and nothing judged: no suggestion and no basis', () => {
    expect(
      suggestEvaluation({ ...base, period: Period.TW1, achievement: null, reportedNumeric: 0 }),
    ).toEqual({ rating: null, basis: null });
  });

  it('annual without final triwulan ratings: the annual evidence alone', () => {
    expect(suggestEvaluation({ ...base, period: Period.ANNUAL, achievement: 115 })).toEqual({
      rating: ABOVE,
      basis: SuggestionBasis.ACHIEVEMENT,
    });
  });

  it('annual with triwulan ratings: both', () => {
    expect(
      suggestEvaluation({
        ...base,
        period: Period.ANNUAL,
        achievement: 115,
        quarterRatings: [MEETS, MEETS, MEETS, MEETS],
      }),
    ).toEqual({ rating: MEETS, basis: SuggestionBasis.ACHIEVEMENT_AND_QUARTERS });
  });

  it('annual with quarters but nothing reported for the year: the quarters', () => {
    expect(
      suggestEvaluation({
        ...base,
        period: Period.ANNUAL,
        achievement: null,
        reportedNumeric: 0,
        quarterRatings: [BELOW, BELOW],
      }),
    ).toEqual({ rating: BELOW, basis: SuggestionBasis.ACHIEVEMENT_AND_QUARTERS });
  });

  it.each(Object.values(OrganizationPredicateValue))(
    'a unit head’s annual suggestion follows the organisation predicate %s',
    (predicate) => {
      expect(
        suggestEvaluation({
          ...base,
          period: Period.ANNUAL,
          achievement: 120,
          quarterRatings: [ABOVE, ABOVE, ABOVE, ABOVE],
          headedUnitPredicate: predicate,
        }),
      ).toEqual({
        rating: ORGANIZATION_PREDICATE_RATING[predicate],
        basis: SuggestionBasis.ORGANIZATION_PREDICATE,
      });
    },
  );

  it.each([
    [OrganizationPredicateValue.ISTIMEWA, ABOVE],
    [OrganizationPredicateValue.BAIK, MEETS],
    [OrganizationPredicateValue.BUTUH_PERBAIKAN, BELOW],
    [OrganizationPredicateValue.KURANG, BELOW],
    [OrganizationPredicateValue.SANGAT_KURANG, BELOW],
  ])('organisation predicate %s → %s', (predicate, rating) => {
    expect(ORGANIZATION_PREDICATE_RATING[predicate]).toBe(rating);
  });
});
