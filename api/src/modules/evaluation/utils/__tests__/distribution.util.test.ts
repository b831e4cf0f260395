import { OrganizationPredicateValue as Org, Predicate } from '../../evaluation.enums';
import { checkDistribution, countPredicates } from '../distribution.util';

const { SANGAT_BAIK: SB, BAIK: B, BUTUH_PERBAIKAN: BP, KURANG: K, SANGAT_KURANG: SK } = Predicate;
const many = (predicate: Predicate, n: number) => Array.from({ length: n }, () => predicate);
const outcome = (organizationPredicate: Org, predicates: Predicate[]) =>
  checkDistribution({ organizationPredicate, counts: countPredicates(predicates) }).rules.map(
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

  // Just inside and just outside each bound of DESIGN §2: "at most 70 %" fails at 71.43 % (and at
  // 75 %), "at least 60 %" fails at 59 %, "at most 10 %" fails at 10.53 %, "at least 10 %" fails at
  // 9.09 %; "at least one" fails at none and "no" fails at one.
  it.each([
    ['ISTIMEWA, 5 of 7 SANGAT_BAIK is 71.43 %', Org.ISTIMEWA, [...many(SB, 5), B, B], [false]],
    ['ISTIMEWA, 3 of 4 SANGAT_BAIK is 75 %', Org.ISTIMEWA, [SB, SB, SB, B], [false]],
    ['ISTIMEWA, 2 of 3 SANGAT_BAIK is 66.67 %', Org.ISTIMEWA, [SB, SB, B], [true]],
    ['ISTIMEWA, no SANGAT_BAIK at all', Org.ISTIMEWA, many(B, 4), [true]],
    ['BAIK, 5 of 7 BAIK is 71.43 %', Org.BAIK, [...many(B, 5), BP, SB], [false, true]],
    ['BAIK, one BUTUH_PERBAIKAN and no KURANG', Org.BAIK, [B, SB, BP], [true, true]],
    ['BAIK, only SANGAT_KURANG below BAIK', Org.BAIK, [B, SB, SK], [true, false]],
    [
      'BUTUH_PERBAIKAN, 59 of 100 is 59 %',
      Org.BUTUH_PERBAIKAN,
      [...many(BP, 59), ...many(B, 41)],
      [false, true],
    ],
    [
      'BUTUH_PERBAIKAN, 60 of 100 is 60 %',
      Org.BUTUH_PERBAIKAN,
      [...many(BP, 60), ...many(B, 40)],
      [true, true],
    ],
    [
      'BUTUH_PERBAIKAN, 2 of 19 SANGAT_BAIK is 10.53 %',
      Org.BUTUH_PERBAIKAN,
      [...many(BP, 17), SB, SB],
      [true, false],
    ],
    [
      'KURANG, 1 of 11 BUTUH_PERBAIKAN is 9.09 %',
      Org.KURANG,
      [...many(K, 7), BP, B, B, B],
      [true, false, true],
    ],
    [
      'KURANG, 11 of 19 KURANG is 57.89 %',
      Org.KURANG,
      [...many(K, 11), ...many(BP, 6), B, B],
      [false, true, true],
    ],
    [
      'KURANG, 2 of 19 SANGAT_BAIK is 10.53 %',
      Org.KURANG,
      [...many(K, 12), ...many(BP, 5), SB, SB],
      [true, true, false],
    ],
    [
      'SANGAT_KURANG, 59 of 100 SANGAT_KURANG',
      Org.SANGAT_KURANG,
      [...many(SK, 59), ...many(K, 41)],
      [false, true, true],
    ],
    [
      'SANGAT_KURANG, 1 of 11 KURANG + BUTUH_PERBAIKAN is 9.09 %',
      Org.SANGAT_KURANG,
      [...many(SK, 10), BP],
      [true, false, true],
    ],
    [
      'SANGAT_KURANG, KURANG and BUTUH_PERBAIKAN reach 10 % only together',
      Org.SANGAT_KURANG,
      [...many(SK, 18), K, BP],
      [true, true, true],
    ],
  ])('%s', (_case, org, predicates, expected) => {
    expect(
      checkDistribution({
        organizationPredicate: org,
        counts: countPredicates(predicates),
      }).rules.map((r) => r.passed),
    ).toEqual(expected);
  });

  // A unit passes only when every rule of its curve passes: one failing rule fails it.
  it.each([
    ['every rule passes', Org.KURANG, [...many(K, 6), BP, SB, B, B], true],
    ['the first rule fails', Org.KURANG, [...many(K, 5), BP, BP, B, B, B], false],
    ['only the last rule fails', Org.KURANG, [...many(K, 6), BP, SB, SB, B], false],
    ['every rule fails', Org.BAIK, many(B, 3), false],
  ])('the unit: %s', (_case, org, predicates, expected) => {
    expect(
      checkDistribution({ organizationPredicate: org, counts: countPredicates(predicates) }).passed,
    ).toBe(expected);
  });

  it('explains each kind of bound, naming every predicate a rule adds up', () => {
    const details = (org: Org, predicates: Predicate[]) =>
      checkDistribution({
        organizationPredicate: org,
        counts: countPredicates(predicates),
      }).rules.map((r) => r.detail);
    expect(details(Org.SANGAT_KURANG, [...many(SK, 6), K, B, B, B])).toEqual([
      'SANGAT_KURANG: 6 of 10 (60 %); the curve for SANGAT_KURANG allows at least 60 %',
      'KURANG + BUTUH_PERBAIKAN: 1 of 10 (10 %); the curve for SANGAT_KURANG allows at least 10 %',
      'SANGAT_BAIK: 0 of 10 (0 %); the curve for SANGAT_KURANG allows no employee',
    ]);
    expect(details(Org.BAIK, [B, B, BP])[1]).toBe(
      'BUTUH_PERBAIKAN + KURANG: 1 of 3 (33.33 %); the curve for BAIK allows at least one employee',
    );
  });

  it('counts, rounds percentages and explains each rule', () => {
    const result = checkDistribution({
      organizationPredicate: Org.BAIK,
      counts: countPredicates([B, B, BP]),
    });
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

describe('countPredicates and counts as SQL groups them', () => {
  it.each([
    [[], { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 }],
    [[B, B, SK], { SANGAT_BAIK: 0, BAIK: 2, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 1 }],
    [
      [SB, B, BP, K, SK],
      { SANGAT_BAIK: 1, BAIK: 1, BUTUH_PERBAIKAN: 1, KURANG: 1, SANGAT_KURANG: 1 },
    ],
  ])('counts %j', (predicates, expected) => {
    expect(countPredicates(predicates)).toEqual(expected);
  });

  it('reads a predicate missing from the groups as 0, as the list it came from', () => {
    const list = [...many(B, 35_000), ...many(BP, 14_000), K];
    const fromGroups = checkDistribution({
      organizationPredicate: Org.BAIK,
      counts: { [B]: 35_000, [BP]: 14_000, [K]: 1 },
    });
    expect(fromGroups).toEqual(
      checkDistribution({ organizationPredicate: Org.BAIK, counts: countPredicates(list) }),
    );
    expect([fromGroups.total, fromGroups.counts.SANGAT_BAIK, fromGroups.passed]).toEqual([
      49_001,
      0,
      false,
    ]);
  });
});
