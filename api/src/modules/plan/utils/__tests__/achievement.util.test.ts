import { Period } from '../../../cycle/cycle.enums';
import { IndicatorDirection } from '../../plan.enums';
import {
  computeIndicatorAchievement,
  computePlanAchievement,
  computeQualitativePeriodResult,
} from '../achievement.util';

const { HIGHER_IS_BETTER: HIGHER, LOWER_IS_BETTER: LOWER } = IndicatorDirection;

describe('computeIndicatorAchievement', () => {
  it.each([
    ['exactly on target', 100, 100, HIGHER, 100],
    ['half the target', 100, 50, HIGHER, 50],
    ['above target, under the cap', 100, 115, HIGHER, 115],
    ['far above target is capped', 100, 300, HIGHER, 120],
    ['nothing done', 40, 0, HIGHER, 0],
    ['rounded to two decimals', 3, 2, HIGHER, 66.67],
    ['lower is better, on target', 5, 5, LOWER, 100],
    ['lower is better, slower than target', 5, 10, LOWER, 50],
    ['lower is better, faster than target', 10, 9, LOWER, 111.11],
    ['lower is better, far under target is capped', 10, 2, LOWER, 120],
    ['lower is better, zero earns the cap', 1_000_000, 0, LOWER, 120],
    ['a quarter that plans nothing, nothing done', 0, 0, HIGHER, 100],
    ['a quarter that plans nothing, something done', 0, 3, HIGHER, 120],
    ['lower is better, zero target, zero realised', 0, 0, LOWER, 120],
    ['lower is better, zero target missed', 0, 2, LOWER, 0],
  ])('%s: target %d, value %d → %d %%', (_case, target, value, direction, expected) => {
    expect(computeIndicatorAchievement({ target, value, direction })).toBe(expected);
  });

  it.each([
    [-1, 5, 'An indicator target cannot be negative'],
    [10, -1, 'A realisation cannot be negative'],
  ])('refuses target %d with value %d', (target, value, message) => {
    expect(() => computeIndicatorAchievement({ target, value, direction: HIGHER })).toThrow(
      message,
    );
  });
});

describe('computePlanAchievement', () => {
  it.each([
    [[], null],
    [[100], 100],
    [[120, 80], 100],
    [[50, 100, 120], 90],
    [[100, 100, 33.33], 77.78],
  ])('mean of %j is %p', (achievements, expected) => {
    expect(computePlanAchievement({ achievements })).toBe(expected);
  });
});

describe('computeQualitativePeriodResult (KUALITATIF: judged, never a percentage)', () => {
  it.each([
    [Period.TW2, true],
    [Period.TW2, false],
    [Period.ANNUAL, true],
    [Period.ANNUAL, false],
  ])('%s with a narrative: %p', (period, narrated) => {
    expect(computeQualitativePeriodResult({ period, narrated })).toEqual({
      period,
      target: null,
      value: null,
      derivedValue: null,
      reportedValue: null,
      reported: narrated,
      achievement: null,
    });
  });
});
