import { Predicate } from '../../../evaluation/evaluation.enums';
import { suppressSmallGroups } from '../suppression.util';

const counts = (baik: number, other = 0) =>
  ({ SANGAT_BAIK: 0, BAIK: baik, BUTUH_PERBAIKAN: other, KURANG: 0, SANGAT_KURANG: 0 }) as Record<
    Predicate,
    number
  >;

describe('suppressSmallGroups', () => {
  it.each([
    [counts(0), true],
    [counts(4), true],
    [counts(3, 1), true],
    [counts(5), false],
    [counts(4, 1), false],
    [counts(40, 2), false],
  ])('%j → suppressed %p', (groupCounts, suppressed) => {
    const [result] = suppressSmallGroups({ groups: [{ group: 'III/a', counts: groupCounts }] });
    expect(result.suppressed).toBe(suppressed);
    expect(result.total === null).toBe(suppressed);
    expect(result.counts === null).toBe(suppressed);
  });

  it('keeps the counts of a large enough group', () => {
    const [result] = suppressSmallGroups({ groups: [{ group: 'PNS', counts: counts(4, 2) }] });
    expect(result.total).toBe(6);
    expect(result.counts?.find((c) => c.predicate === Predicate.BUTUH_PERBAIKAN)?.count).toBe(2);
  });
});
