import type { TeamMember, TrendPoint, UnitSummary } from '../../analytics/types';
import {
  acknowledgeLink,
  countUnacknowledged,
  membersNeedingAttention,
  pickSettledCycle,
  summarizeTrend,
  totalCompletion,
} from '../utils/landing';

const point = (cycleYear: number, period: TrendPoint['period'], level: number): TrendPoint => ({
  __typename: 'TrendPoint',
  cycleYear,
  period,
  predicate: 'BAIK',
  predicateLevel: level,
  resultRating: 'SESUAI_EKSPEKTASI',
  behaviorRating: 'SESUAI_EKSPEKTASI',
  achievement: 100,
  productivity: null,
  qualityOfWork: null,
  professionalAttitude: 3,
  behaviorFeedback: [],
});

const member = (id: string, overrides: Partial<TeamMember> = {}): TeamMember => ({
  __typename: 'TeamMember',
  employeeId: id,
  employee: { __typename: 'Employee', id, name: `Person ${id}`, position: null },
  planStatus: 'APPROVED',
  latestPredicate: 'BAIK',
  latestPeriod: 'TW1',
  latestAchievement: 100,
  overdueRealizations: 0,
  overdueEvaluations: 0,
  predicateLevels: [4],
  ...overrides,
});

const unit = (members: number, approvedPlans: number, done: number, expected: number) =>
  ({
    __typename: 'UnitSummary',
    unitId: 'u',
    unit: null,
    members,
    approvedPlans,
    planCompletion: 0,
    evaluationsDone: done,
    evaluationsExpected: expected,
    evaluationCompletion: null,
    averageAchievement: null,
    predicateCounts: [],
  }) satisfies UnitSummary;

describe('landing utils', () => {
  test.each([
    [[], null],
    [[{ year: 2026, status: 'ACTIVE' as const }], null],
    [
      [
        { year: 2026, status: 'ACTIVE' as const },
        { year: 2024, status: 'CLOSED' as const },
        { year: 2025, status: 'CALIBRATION' as const },
      ],
      2025,
    ],
    [[{ year: 2023, status: 'CLOSED' as const }], 2023],
  ])('pickSettledCycle(%j) → %p', (cycles, year) => {
    expect(pickSettledCycle(cycles)?.year ?? null).toBe(year);
  });

  test('summarizeTrend: latest point, last levels and the change', () => {
    expect(summarizeTrend({ points: [] })).toBeNull();
    expect(summarizeTrend({ points: [point(2025, 'TW1', 3)] })?.change).toBeNull();
    const summary = summarizeTrend({
      points: [point(2025, 'TW1', 3), point(2025, 'TW2', 4), point(2025, 'TW3', 3)],
      lastCount: 2,
    });
    expect(summary?.latest.period).toBe('TW3');
    expect(summary?.levels).toEqual([4, 3]);
    expect(summary?.change).toBe('down');
    expect(summarizeTrend({ points: [point(2025, 'TW1', 3), point(2025, 'TW2', 4)] })?.change).toBe(
      'up',
    );
    expect(summarizeTrend({ points: [point(2025, 'TW1', 4), point(2025, 'TW2', 4)] })?.change).toBe(
      'same',
    );
  });

  test('membersNeedingAttention: overdue work or a weak predicate, most reasons first', () => {
    const result = membersNeedingAttention({
      members: [
        member('1'),
        member('2', { latestPredicate: 'BUTUH_PERBAIKAN' }),
        member('3', { overdueRealizations: 2, overdueEvaluations: 1 }),
        member('4', { latestPredicate: null }),
      ],
    });
    expect(result.map((entry) => [entry.member.employeeId, entry.reasons])).toEqual([
      ['3', ['overdueRealizations', 'overdueEvaluations']],
      ['2', ['weakPredicate']],
    ]);
  });

  test('totalCompletion adds counts up rather than averaging percentages', () => {
    expect(totalCompletion({ units: [unit(10, 9, 4, 8), unit(30, 15, 0, 0)] })).toEqual({
      members: 40,
      approvedPlans: 24,
      planCompletion: 60,
      evaluationsDone: 4,
      evaluationsExpected: 8,
      evaluationCompletion: 50,
    });
    expect(totalCompletion({ units: [] }).planCompletion).toBeNull();
  });

  test('countUnacknowledged counts FINAL only', () => {
    expect(
      countUnacknowledged([{ status: 'FINAL' }, { status: 'ACKNOWLEDGED' }, { status: 'FINAL' }]),
    ).toBe(2);
  });
});

describe('acknowledgeLink', () => {
  const evaluation = (
    id: string,
    status: 'FINAL' | 'ACKNOWLEDGED',
    year: number,
    period: 'TW1' | 'TW2' | 'ANNUAL',
  ) => ({
    id,
    status,
    period,
    cycle: { year },
  });

  it('opens the oldest evaluation still to acknowledge', () => {
    expect(
      acknowledgeLink([
        evaluation('9', 'FINAL', 2026, 'TW2'),
        evaluation('3', 'ACKNOWLEDGED', 2025, 'TW1'),
        evaluation('7', 'FINAL', 2026, 'TW1'),
        evaluation('8', 'FINAL', 2025, 'ANNUAL'),
      ]),
    ).toBe('/penilaian-saya?evaluasi=8');
  });

  it('opens the page itself when nothing waits', () => {
    expect(acknowledgeLink([evaluation('3', 'ACKNOWLEDGED', 2025, 'TW1')])).toBe('/penilaian-saya');
  });
});
