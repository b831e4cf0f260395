import { thresholdProblems } from '../thresholds.util';

describe('thresholdProblems', () => {
  it.each([
    ['the defaults', 90, 110],
    ['the lowest bounds', 50, 100.01],
    ['the highest bounds', 100, 120],
    ['two decimals', 87.25, 112.75],
  ])('accepts %s', (_case, meetsThreshold, exceedsThreshold) => {
    expect(thresholdProblems({ meetsThreshold, exceedsThreshold })).toEqual([]);
  });

  it.each([
    ['meets below 50', 49.99, 110, [['meetsThreshold', 'MEETS_THRESHOLD_RANGE']]],
    ['meets above 100', 100.5, 110, [['meetsThreshold', 'MEETS_THRESHOLD_RANGE']]],
    ['meets not a number', NaN, 110, [['meetsThreshold', 'MEETS_THRESHOLD_RANGE']]],
    ['exceeds below 100', 90, 99, [['exceedsThreshold', 'EXCEEDS_THRESHOLD_RANGE']]],
    ['exceeds above 120', 90, 121, [['exceedsThreshold', 'EXCEEDS_THRESHOLD_RANGE']]],
    ['exceeds infinite', 90, Infinity, [['exceedsThreshold', 'EXCEEDS_THRESHOLD_RANGE']]],
    ['equal thresholds', 100, 100, [['exceedsThreshold', 'THRESHOLD_ORDER']]],
    [
      'three decimals',
      90.001,
      110.0001,
      [
        ['meetsThreshold', 'THRESHOLD_PRECISION'],
        ['exceedsThreshold', 'THRESHOLD_PRECISION'],
      ],
    ],
    [
      'both out of range',
      0,
      200,
      [
        ['meetsThreshold', 'MEETS_THRESHOLD_RANGE'],
        ['exceedsThreshold', 'EXCEEDS_THRESHOLD_RANGE'],
      ],
    ],
  ])('refuses %s, naming the field', (_case, meetsThreshold, exceedsThreshold, expected) => {
    expect(
      thresholdProblems({ meetsThreshold, exceedsThreshold }).map((p) => [p.field, p.reason]),
    ).toEqual(expected);
  });

  it('says the order in words with the lower threshold as its parameter', () => {
    expect(thresholdProblems({ meetsThreshold: 100, exceedsThreshold: 100 })).toEqual([
      {
        field: 'exceedsThreshold',
        reason: 'THRESHOLD_ORDER',
        message: 'must be above meetsThreshold',
        params: { meetsThreshold: 100 },
      },
    ]);
  });
});
