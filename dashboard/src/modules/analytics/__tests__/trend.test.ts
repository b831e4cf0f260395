import type { TrendPoint } from '../types';
import { pointLabel, teamTrendRows, trendRows, whatChanged } from '../utils/trend';

const point = (
  cycleYear: number,
  period: TrendPoint['period'],
  predicateLevel: number,
  achievement: number | null = null,
): TrendPoint => ({
  __typename: 'TrendPoint',
  cycleYear,
  period,
  predicate: (['SANGAT_KURANG', 'KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'] as const)[
    predicateLevel - 1
  ],
  predicateLevel,
  resultRating: 'SESUAI_EKSPEKTASI',
  behaviorRating: 'SESUAI_EKSPEKTASI',
  achievement,
  productivity: achievement,
  qualityOfWork: null,
  professionalAttitude: 2,
  behaviorFeedback: [],
});

describe('trend rows', () => {
  test('labels like "2025 TW1"; the annual one in the caller’s words', () => {
    expect(pointLabel(2025, 'TW1')).toBe('2025 TW1');
    expect(pointLabel(2025, 'ANNUAL', 'Annual')).toBe('2025 Annual');
  });

  test('chronological order, cycle starts marked, values carried', () => {
    const rows = trendRows(
      [point(2025, 'TW2', 4, 101), point(2024, 'ANNUAL', 3, 88), point(2025, 'TW1', 5, 110)],
      'Tahunan',
    );
    expect(rows.map((row) => [row.label, row.cycleStart])).toEqual([
      ['2024 Tahunan', true],
      ['2025 TW1', true],
      ['2025 TW2', false],
    ]);
    expect(rows[2]).toMatchObject({
      key: '2025-TW2',
      predicate: 'BAIK',
      predicateLevel: 4,
      achievement: 101,
      productivity: 101,
      qualityOfWork: null,
      professionalAttitude: 2,
    });
  });

  test('team averages are rounded for the chart', () => {
    expect(
      teamTrendRows([
        {
          __typename: 'TeamTrendPoint',
          cycleYear: 2026,
          period: 'TW1',
          averagePredicateLevel: 3.6666,
          averageAchievement: 97.333,
          evaluated: 3,
        },
        {
          __typename: 'TeamTrendPoint',
          cycleYear: 2025,
          period: 'ANNUAL',
          averagePredicateLevel: 4,
          averageAchievement: null,
          evaluated: 2,
        },
      ]),
    ).toEqual([
      {
        key: '2025-ANNUAL',
        label: '2025 Tahunan',
        averagePredicateLevel: 4,
        averageAchievement: null,
        evaluated: 2,
      },
      {
        key: '2026-TW1',
        label: '2026 TW1',
        averagePredicateLevel: 3.67,
        averageAchievement: 97.3,
        evaluated: 3,
      },
    ]);
  });
});

describe('what changed since the last cycle', () => {
  test('nothing to compare without points or with a single cycle', () => {
    expect(whatChanged([])).toEqual({ kind: 'none' });
    expect(whatChanged([point(2025, 'TW1', 4), point(2025, 'TW2', 3)])).toEqual({
      kind: 'single',
      year: 2025,
    });
  });

  test('the latest cycle’s means against the previous cycle’s (older cycles ignored)', () => {
    const change = whatChanged([
      point(2023, 'ANNUAL', 1, 40),
      point(2024, 'TW1', 3, 80),
      point(2024, 'TW2', 4, 90),
      point(2025, 'TW1', 4, 100),
      point(2025, 'TW2', 5, 110),
    ]);
    expect(change).toEqual({
      kind: 'compare',
      year: 2025,
      previousYear: 2024,
      level: { previous: 3.5, latest: 4.5, delta: 1 },
      achievement: { previous: 85, latest: 105, delta: 20 },
      direction: 'up',
    });
  });

  test('down, and same with achievement breaking a tie', () => {
    expect(whatChanged([point(2024, 'TW1', 4, 100), point(2025, 'TW1', 3, 100)])).toMatchObject({
      direction: 'down',
      level: { delta: -1 },
    });
    // Same predicate level, lower achievement: the level's sentence says "same" (never "menurun"
    // beside 4 → 4); the achievement's own sentence carries the fall.
    expect(whatChanged([point(2024, 'TW1', 4, 100), point(2025, 'TW1', 4, 90)])).toMatchObject({
      direction: 'same',
      achievement: { previous: 100, latest: 90, delta: -10 },
    });
    expect(whatChanged([point(2024, 'TW1', 4, 100), point(2025, 'TW1', 4, 100.2)])).toMatchObject({
      direction: 'same',
    });
  });

  test('missing achievement leaves only the level compared', () => {
    const change = whatChanged([point(2024, 'TW1', 3), point(2025, 'TW1', 4, 99)]);
    expect(change).toMatchObject({ kind: 'compare', achievement: null, direction: 'up' });
  });
});
