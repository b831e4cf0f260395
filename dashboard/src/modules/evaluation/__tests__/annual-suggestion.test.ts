import { suggestAnnual } from '../utils/annual-suggestion';

const BELOW = 'DI_BAWAH_EKSPEKTASI';
const MEETS = 'SESUAI_EKSPEKTASI';
const ABOVE = 'DI_ATAS_EKSPEKTASI';

describe('suggestAnnual (as the API)', () => {
  test.each([
    // own, quarters, organisation predicate → rating, basis
    [null, [], null, null, null],
    [BELOW, [], null, BELOW, 'ACHIEVEMENT'],
    [ABOVE, [], null, ABOVE, 'ACHIEVEMENT'],
    [null, [ABOVE, MEETS], null, MEETS, 'ACHIEVEMENT_AND_QUARTERS'], // the quarters alone: 2.5
    [null, [ABOVE, ABOVE, MEETS], null, ABOVE, 'ACHIEVEMENT_AND_QUARTERS'], // 2.67
    [BELOW, [MEETS, MEETS, MEETS], null, MEETS, 'ACHIEVEMENT_AND_QUARTERS'], // (1 + 2) / 2 = 1.5
    [BELOW, [MEETS, MEETS, MEETS, BELOW], null, BELOW, 'ACHIEVEMENT_AND_QUARTERS'], // 1.375
    [MEETS, [ABOVE, ABOVE], null, MEETS, 'ACHIEVEMENT_AND_QUARTERS'], // 2.5, a tie
    [ABOVE, [ABOVE, MEETS, ABOVE], null, ABOVE, 'ACHIEVEMENT_AND_QUARTERS'], // 2.83
    [ABOVE, [ABOVE], 'ISTIMEWA', ABOVE, 'ORGANIZATION_PREDICATE'],
    [ABOVE, [ABOVE], 'BAIK', MEETS, 'ORGANIZATION_PREDICATE'],
    [ABOVE, [ABOVE], 'BUTUH_PERBAIKAN', BELOW, 'ORGANIZATION_PREDICATE'],
    [null, [], 'KURANG', BELOW, 'ORGANIZATION_PREDICATE'],
    [MEETS, [], 'SANGAT_KURANG', BELOW, 'ORGANIZATION_PREDICATE'],
  ] as const)('%s with %j and %s → %s (%s)', (own, quarters, predicate, rating, basis) => {
    expect(
      suggestAnnual({ own, quarterRatings: quarters, organizationPredicate: predicate }),
    ).toEqual({ rating, basis });
  });
});
