import { Predicate, Rating } from '../../evaluation.enums';
import { computePredicate, suggestResultRating } from '../predicate.util';

const { DI_BAWAH_EKSPEKTASI: BELOW, SESUAI_EKSPEKTASI: MEETS, DI_ATAS_EKSPEKTASI: ABOVE } = Rating;

describe('computePredicate (the nine cells of the matrix)', () => {
  it.each([
    [ABOVE, BELOW, Predicate.KURANG, 2],
    [ABOVE, MEETS, Predicate.BAIK, 4],
    [ABOVE, ABOVE, Predicate.SANGAT_BAIK, 5],
    [MEETS, BELOW, Predicate.KURANG, 2],
    [MEETS, MEETS, Predicate.BAIK, 4],
    [MEETS, ABOVE, Predicate.BAIK, 4],
    [BELOW, BELOW, Predicate.SANGAT_KURANG, 1],
    [BELOW, MEETS, Predicate.BUTUH_PERBAIKAN, 3],
    [BELOW, ABOVE, Predicate.BUTUH_PERBAIKAN, 3],
  ])(
    'result %s × behaviour %s → %s (level %d)',
    (resultRating, behaviorRating, predicate, predicateLevel) => {
      expect(computePredicate({ resultRating, behaviorRating })).toEqual({
        predicate,
        predicateLevel,
      });
    },
  );
});

describe('suggestResultRating', () => {
  it.each([
    [null, null],
    [0, BELOW],
    [89.99, BELOW],
    [90, MEETS],
    [100, MEETS],
    [110, MEETS],
    [110.01, ABOVE],
    [120, ABOVE],
  ])('achievement %p → %p with the default 110/90 thresholds', (achievement, expected) => {
    expect(suggestResultRating({ achievement, exceedsThreshold: 110, meetsThreshold: 90 })).toBe(
      expected,
    );
  });

  it('follows thresholds configured for the cycle', () => {
    expect(
      suggestResultRating({ achievement: 95, exceedsThreshold: 105, meetsThreshold: 95 }),
    ).toBe(MEETS);
    expect(
      suggestResultRating({ achievement: 106, exceedsThreshold: 105, meetsThreshold: 95 }),
    ).toBe(ABOVE);
    expect(
      suggestResultRating({ achievement: 94.9, exceedsThreshold: 105, meetsThreshold: 95 }),
    ).toBe(BELOW);
  });
});
