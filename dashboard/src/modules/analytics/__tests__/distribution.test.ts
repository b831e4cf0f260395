import { groupRows, periodStackedRows, unitRows } from '../utils/distribution';

describe('distribution → stacked rows', () => {
  test('periods in order, every predicate present, totals summed', () => {
    const rows = periodStackedRows(
      [
        {
          period: 'ANNUAL',
          counts: [{ __typename: 'PredicateCount', predicate: 'BAIK', count: 4 }],
        },
        {
          period: 'TW1',
          counts: [
            { __typename: 'PredicateCount', predicate: 'SANGAT_BAIK', count: 1 },
            { __typename: 'PredicateCount', predicate: 'BAIK', count: 3 },
            { __typename: 'PredicateCount', predicate: 'KURANG', count: 1 },
          ],
        },
      ],
      (period) => (period === 'ANNUAL' ? 'Tahunan' : period),
    );
    expect(rows).toEqual([
      {
        key: 'TW1',
        label: 'TW1',
        SANGAT_BAIK: 1,
        BAIK: 3,
        BUTUH_PERBAIKAN: 0,
        KURANG: 1,
        SANGAT_KURANG: 0,
        total: 5,
      },
      {
        key: 'ANNUAL',
        label: 'Tahunan',
        SANGAT_BAIK: 0,
        BAIK: 4,
        BUTUH_PERBAIKAN: 0,
        KURANG: 0,
        SANGAT_KURANG: 0,
        total: 4,
      },
    ]);
  });

  test('suppressed groups keep their name but no numbers and stay out of the chart', () => {
    const { rows, chart, suppressed } = groupRows([
      {
        __typename: 'DistributionGroup',
        group: 'III/a',
        suppressed: false,
        total: 6,
        counts: [
          { __typename: 'PredicateCount', predicate: 'BAIK', count: 5 },
          { __typename: 'PredicateCount', predicate: 'SANGAT_BAIK', count: 1 },
        ],
      },
      {
        __typename: 'DistributionGroup',
        group: 'IV/b',
        suppressed: true,
        total: null,
        counts: null,
      },
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ label: 'III/a', suppressed: false, BAIK: 5, total: 6 });
    expect(rows[1]).toMatchObject({ label: 'IV/b', suppressed: true, BAIK: 0, total: 0 });
    expect(chart.map((row) => row.label)).toEqual(['III/a']);
    expect(suppressed).toEqual(['IV/b']);
  });

  test('unit summaries → rows rounded to one decimal, unit name or id', () => {
    expect(
      unitRows([
        {
          __typename: 'UnitSummary',
          unitId: '3',
          unit: null,
          members: 8,
          approvedPlans: 7,
          planCompletion: 87.5,
          evaluationsDone: 20,
          evaluationsExpected: 24,
          evaluationCompletion: 83.33333,
          averageAchievement: null,
          predicateCounts: [],
        },
      ]),
    ).toEqual([
      {
        key: '3',
        label: '3',
        members: 8,
        approvedPlans: 7,
        planCompletion: 87.5,
        evaluationsDone: 20,
        evaluationsExpected: 24,
        evaluationCompletion: 83.3,
        averageAchievement: null,
      },
    ]);
  });
});
