import { OrganizationPredicateValue as Org, Predicate } from '../../evaluation.enums';
import { checkDistribution } from '../distribution.util';

const { SANGAT_BAIK: SB, BAIK: B, BUTUH_PERBAIKAN: BP, KURANG: K, SANGAT_KURANG: SK } = Predicate;
const many = (predicate: Predicate, n: number) => Array.from({ length: n }, () => predicate);
const outcome = (organizationPredicate: Org, predicates: Predicate[]) =>
  checkDistribution({ organizationPredicate, predicates }).rules.map(
    (r) => `${r.code}:${r.passed ? 'pass' : 'FAIL'}`,
  );

describe('checkDistribution', () => {
  it.each([
    [
      'ISTIMEWA, 7 of 10 SANGAT_BAIK is exactly 70 %',
      Org.ISTIMEWA,
      [...many(SB, 7), ...many(B, 3)],
      ['SANGAT_BAIK_AT_MOST_PERCENT_70:pass'],
    ],
    [
      'ISTIMEWA, 8 of 10 SANGAT_BAIK',
      Org.ISTIMEWA,
      [...many(SB, 8), ...many(B, 2)],
      ['SANGAT_BAIK_AT_MOST_PERCENT_70:FAIL'],
    ],
    [
      'BAIK, 70 % BAIK and one KURANG',
      Org.BAIK,
      [...many(B, 7), SB, SB, K],
      ['BAIK_AT_MOST_PERCENT_70:pass', 'BUTUH_PERBAIKAN+KURANG_AT_LEAST_ONE:pass'],
    ],
    [
      'BAIK, all BAIK',
      Org.BAIK,
      many(B, 10),
      ['BAIK_AT_MOST_PERCENT_70:FAIL', 'BUTUH_PERBAIKAN+KURANG_AT_LEAST_ONE:FAIL'],
    ],
    [
      'BAIK, small unit of 3 (2 BAIK, 1 BUTUH_PERBAIKAN = 66.67 %)',
      Org.BAIK,
      [B, B, BP],
      ['BAIK_AT_MOST_PERCENT_70:pass', 'BUTUH_PERBAIKAN+KURANG_AT_LEAST_ONE:pass'],
    ],
    [
      'BAIK, small unit of 1',
      Org.BAIK,
      [B],
      ['BAIK_AT_MOST_PERCENT_70:FAIL', 'BUTUH_PERBAIKAN+KURANG_AT_LEAST_ONE:FAIL'],
    ],
    [
      'BUTUH_PERBAIKAN, 6 of 10 and one SANGAT_BAIK',
      Org.BUTUH_PERBAIKAN,
      [...many(BP, 6), SB, B, B, B],
      ['BUTUH_PERBAIKAN_AT_LEAST_PERCENT_60:pass', 'SANGAT_BAIK_AT_MOST_PERCENT_10:pass'],
    ],
    [
      'BUTUH_PERBAIKAN, 5 of 10 and two SANGAT_BAIK',
      Org.BUTUH_PERBAIKAN,
      [...many(BP, 5), SB, SB, B, B, B],
      ['BUTUH_PERBAIKAN_AT_LEAST_PERCENT_60:FAIL', 'SANGAT_BAIK_AT_MOST_PERCENT_10:FAIL'],
    ],
    [
      'KURANG, 60/10/10 on the boundaries',
      Org.KURANG,
      [...many(K, 6), BP, SB, B, B],
      [
        'KURANG_AT_LEAST_PERCENT_60:pass',
        'BUTUH_PERBAIKAN_AT_LEAST_PERCENT_10:pass',
        'SANGAT_BAIK_AT_MOST_PERCENT_10:pass',
      ],
    ],
    [
      'KURANG, no BUTUH_PERBAIKAN',
      Org.KURANG,
      [...many(K, 8), B, B],
      [
        'KURANG_AT_LEAST_PERCENT_60:pass',
        'BUTUH_PERBAIKAN_AT_LEAST_PERCENT_10:FAIL',
        'SANGAT_BAIK_AT_MOST_PERCENT_10:pass',
      ],
    ],
    [
      'SANGAT_KURANG, 6 SK, 1 K, 3 B',
      Org.SANGAT_KURANG,
      [...many(SK, 6), K, B, B, B],
      [
        'SANGAT_KURANG_AT_LEAST_PERCENT_60:pass',
        'KURANG+BUTUH_PERBAIKAN_AT_LEAST_PERCENT_10:pass',
        'SANGAT_BAIK_NONE:pass',
      ],
    ],
    [
      'SANGAT_KURANG with one SANGAT_BAIK',
      Org.SANGAT_KURANG,
      [...many(SK, 8), BP, SB],
      [
        'SANGAT_KURANG_AT_LEAST_PERCENT_60:pass',
        'KURANG+BUTUH_PERBAIKAN_AT_LEAST_PERCENT_10:pass',
        'SANGAT_BAIK_NONE:FAIL',
      ],
    ],
    [
      'an empty unit meets no "at least" rule',
      Org.BUTUH_PERBAIKAN,
      [],
      ['BUTUH_PERBAIKAN_AT_LEAST_PERCENT_60:FAIL', 'SANGAT_BAIK_AT_MOST_PERCENT_10:pass'],
    ],
  ])('%s', (_case, org, predicates, expected) => {
    expect(outcome(org, predicates)).toEqual(expected);
  });

  it('counts, rounds percentages and explains each rule', () => {
    const result = checkDistribution({ organizationPredicate: Org.BAIK, predicates: [B, B, BP] });
    expect(result.total).toBe(3);
    expect(result.counts).toEqual({
      SANGAT_BAIK: 0,
      BAIK: 2,
      BUTUH_PERBAIKAN: 1,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
    expect(result.percentages.BAIK).toBe(66.67);
    expect(result.rules[0].detail).toBe(
      'BAIK: 2 of 3 (66.67 %); the curve for BAIK allows at most 70 %',
    );
    expect(result.passed).toBe(true);
  });
});
