import { Rating } from '../../evaluation.enums';
import { achievementDistance, unusualFinalization } from '../finalization.util';

const { DI_BAWAH_EKSPEKTASI: BELOW, SESUAI_EKSPEKTASI: MEETS, DI_ATAS_EKSPEKTASI: ABOVE } = Rating;
const thresholds = { exceedsThreshold: 110, meetsThreshold: 90 };

describe('achievementDistance', () => {
  it.each([
    [ABOVE, 120, 0],
    [ABOVE, 110, 0],
    [ABOVE, 95, 15],
    [MEETS, 100, 0],
    [MEETS, 85, 5],
    [MEETS, 120, 10],
    [MEETS, 0, 90],
    [BELOW, 50, 0],
    [BELOW, 105, 15],
  ])('%s at %d %% is %d points outside its band', (resultRating, achievement, distance) => {
    expect(achievementDistance({ achievement, resultRating, ...thresholds })).toBe(distance);
  });

  it('is null without an achievement', () => {
    expect(achievementDistance({ achievement: null, resultRating: MEETS, ...thresholds })).toBe(
      null,
    );
  });
});

describe('unusualFinalization', () => {
  it.each([
    ['everything reported, inside the band', 100, 0, MEETS, []],
    ['10 points outside is still near', 80, 0, MEETS, []],
    ['just over 10 points outside is far', 79.99, 0, MEETS, ['ACHIEVEMENT_FAR_FROM_RATING']],
    ['DI_ATAS at 95 %', 95, 0, ABOVE, ['ACHIEVEMENT_FAR_FROM_RATING']],
    ['DI_BAWAH at 120 %', 120, 0, BELOW, ['ACHIEVEMENT_FAR_FROM_RATING']],
    ['nothing reported', null, 3, MEETS, ['UNREPORTED_INDICATORS']],
    [
      'SESUAI at 0 % with one unreported',
      0,
      1,
      MEETS,
      ['UNREPORTED_INDICATORS', 'ACHIEVEMENT_FAR_FROM_RATING'],
    ],
    ['no indicators counted (an old evaluation)', null, null, ABOVE, []],
  ] as const)('%s', (_label, achievement, unreportedIndicators, resultRating, expected) => {
    expect(
      unusualFinalization({ achievement, unreportedIndicators, resultRating, ...thresholds }),
    ).toEqual(expected);
  });

  it('follows the cycle thresholds', () => {
    expect(
      unusualFinalization({
        achievement: 85,
        unreportedIndicators: 0,
        resultRating: MEETS,
        exceedsThreshold: 130,
        meetsThreshold: 100,
      }),
    ).toEqual([]);
    expect(
      unusualFinalization({
        achievement: 84,
        unreportedIndicators: 0,
        resultRating: MEETS,
        exceedsThreshold: 130,
        meetsThreshold: 100,
      }),
    ).toEqual(['ACHIEVEMENT_FAR_FROM_RATING']);
  });
});
