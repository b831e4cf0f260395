import { suggestPeriodRating } from '../utils/period-suggestion';
import type { Rating } from '../../api/generated/graphql';

const BELOW: Rating = 'DI_BAWAH_EKSPEKTASI';
const MEETS: Rating = 'SESUAI_EKSPEKTASI';
const ABOVE: Rating = 'DI_ATAS_EKSPEKTASI';
const thresholds = { meetsThreshold: 90, exceedsThreshold: 110 };

// The same rows as the API's table (api/src/modules/evaluation/utils/__tests__/suggestion.util.test.ts).
describe('suggestPeriodRating (numeric achievement with qualitative judgements)', () => {
  it.each([
    ['nothing to go on', null, 0, [], null],
    ['numeric only, meets', 100, 3, [], MEETS],
    ['numeric only, above', 115, 1, [], ABOVE],
    ['numeric only, below', 80, 2, [], BELOW],
    ['judgements only', null, 0, [ABOVE, ABOVE], ABOVE],
    ['judgements only, a tie goes to SESUAI', null, 0, [ABOVE, MEETS], MEETS],
    ['one SESUAI numeric and one DI_ATAS: 2.5, a tie', 100, 1, [ABOVE], MEETS],
    ['one SESUAI numeric and two DI_ATAS: 2.67', 100, 1, [ABOVE, ABOVE], ABOVE],
    ['three numeric SESUAI outweigh two DI_ATAS: 2.4', 100, 3, [ABOVE, ABOVE], MEETS],
    ['one DI_BAWAH numeric and one SESUAI: 1.5, a tie', 50, 1, [MEETS], MEETS],
    ['two DI_BAWAH numeric and one SESUAI: 1.33', 50, 2, [MEETS], BELOW],
    ['an achievement with no reported count weighs nothing', 50, 0, [ABOVE], ABOVE],
  ] as const)('%s', (_case, achievement, reportedNumeric, judgements, expected) => {
    expect(suggestPeriodRating({ achievement, reportedNumeric, judgements, ...thresholds })).toBe(
      expected,
    );
  });
});
