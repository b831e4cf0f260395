import { Period } from '../../../cycle/cycle.enums';
import { Predicate } from '../../../evaluation/evaluation.enums';
import { PlanStatus } from '../../../plan/plan.enums';
import type { PendingAction } from '../../analytics.types';
import {
  type FinalEvaluationRow,
  shapeTeamDashboard,
  type TeamMemberRow,
} from '../team-dashboard.util';

const CYCLE = 7;
const EARLIER_CYCLE = 6;
const ME = 100;

const member = (
  employeeId: number,
  status: PlanStatus | null,
  evaluatorId: number | null = ME,
  startsOn: string | null = null,
): TeamMemberRow => ({
  employeeId,
  plan: status === null ? null : { id: employeeId * 10, status, evaluatorId, startsOn },
  jp: { done: 0, belowTarget: true },
});

const final = (
  employeeId: number,
  period: Period,
  predicate: Predicate,
  achievement: number | null,
  { cycleId = CYCLE, cycleYear = 2026 } = {},
): FinalEvaluationRow => ({
  employeeId,
  cycleId,
  cycleYear,
  period,
  predicate,
  achievement,
});

const objection: PendingAction = {
  kind: 'DECIDE_OBJECTION',
  employeeId: 3,
  planId: 30,
  period: Period.ANNUAL,
  objectionId: 9,
};

function shape(
  overrides: Partial<Parameters<typeof shapeTeamDashboard>[0]> = {},
): ReturnType<typeof shapeTeamDashboard> {
  return shapeTeamDashboard({
    unitId: 1,
    cycleId: CYCLE,
    year: 2026,
    members: [],
    finals: [],
    missingReports: [],
    endedPeriods: [],
    viewerEmployeeId: ME,
    objectionsToDecide: [],
    ...overrides,
  });
}

describe('shapeTeamDashboard', () => {
  it('gives an empty team every period of the year with zero counts and nothing else', () => {
    const dashboard = shape();
    expect(dashboard).toMatchObject({ unitId: 1, cycleId: CYCLE, members: [], averageTrend: [] });
    expect(dashboard.pendingActions).toEqual([]);
    expect(dashboard.predicateDistribution.map((row) => row.period)).toEqual([
      Period.TW1,
      Period.TW2,
      Period.TW3,
      Period.TW4,
      Period.ANNUAL,
    ]);
    for (const row of dashboard.predicateDistribution) {
      expect(row.counts.map((count) => count.predicate)).toEqual(Object.values(Predicate));
      expect(row.counts.every((count) => count.count === 0)).toBe(true);
    }
  });

  // Two quarters have ended; TW1 is evaluated, TW2 is not.
  it.each([
    ['no plan', member(1, null), null, 0, []],
    ['a DRAFT', member(1, PlanStatus.DRAFT), PlanStatus.DRAFT, 0, []],
    ['a RETURNED plan', member(1, PlanStatus.RETURNED), PlanStatus.RETURNED, 0, []],
    [
      'a SUBMITTED plan',
      member(1, PlanStatus.SUBMITTED),
      PlanStatus.SUBMITTED,
      0,
      ['APPROVE_PLAN'],
    ],
    ['an APPROVED plan', member(1, PlanStatus.APPROVED), PlanStatus.APPROVED, 1, ['EVALUATE:TW2']],
    [
      'an APPROVED plan evaluated by someone else',
      member(1, PlanStatus.APPROVED, 55),
      PlanStatus.APPROVED,
      1,
      [],
    ],
    [
      'the Camat’s APPROVED plan (no evaluator here)',
      member(1, PlanStatus.APPROVED, null),
      PlanStatus.APPROVED,
      0,
      [],
    ],
  ])(
    'a member with %s: plan status, overdue evaluations and the viewer’s actions',
    (_case, row, planStatus, overdueEvaluations, actions) => {
      const dashboard = shape({
        members: [row],
        finals: [final(1, Period.TW1, Predicate.BAIK, 100)],
        endedPeriods: [Period.TW1, Period.TW2],
      });
      expect(dashboard.members[0]).toMatchObject({ employeeId: 1, planStatus, overdueEvaluations });
      expect(
        dashboard.pendingActions.map((action) =>
          action.period ? `${action.kind}:${action.period}` : action.kind,
        ),
      ).toEqual(actions);
    },
  );

  it.each([
    // The SKP from the start of the year owes every ended period not evaluated.
    [null, 2, ['EVALUATE:TW2', 'EVALUATE:TW3']],
    // A mutasi on 15 May: TW1 (ended 31 March) is the closed SKP's, TW2 onwards the new one's.
    ['2026-05-15', 2, ['EVALUATE:TW2', 'EVALUATE:TW3']],
    // A mutasi on 1 July: TW2 (ended 30 June) is the closed SKP's too.
    ['2026-07-01', 1, ['EVALUATE:TW3']],
    // A mutasi on 2 November: no period that has ended is the new SKP's to evaluate.
    ['2026-11-02', 0, []],
  ])(
    'after a mutasi the current SKP (from %p) owes only the periods it covers',
    (startsOn, overdueEvaluations, actions) => {
      const dashboard = shape({
        members: [member(1, PlanStatus.APPROVED, ME, startsOn)],
        finals: [final(1, Period.TW1, Predicate.BAIK, 100)],
        endedPeriods: [Period.TW1, Period.TW2, Period.TW3],
      });
      expect(dashboard.members[0].overdueEvaluations).toBe(overdueEvaluations);
      expect(dashboard.pendingActions.map((action) => `${action.kind}:${action.period}`)).toEqual(
        actions,
      );
    },
  );

  it('names the plan and period of each pending action, the viewer’s own first, objections last', () => {
    const dashboard = shape({
      members: [member(1, PlanStatus.APPROVED), member(2, PlanStatus.SUBMITTED)],
      endedPeriods: [Period.TW1, Period.TW2],
      objectionsToDecide: [objection],
    });
    expect(dashboard.pendingActions).toEqual([
      { kind: 'APPROVE_PLAN', employeeId: 2, planId: 20, period: null, objectionId: null },
      { kind: 'EVALUATE', employeeId: 1, planId: 10, period: Period.TW1, objectionId: null },
      { kind: 'EVALUATE', employeeId: 1, planId: 10, period: Period.TW2, objectionId: null },
      objection,
    ]);
  });

  it('gives a viewer without an employee record only the objections', () => {
    const dashboard = shape({
      members: [member(1, PlanStatus.SUBMITTED), member(2, PlanStatus.APPROVED)],
      endedPeriods: [Period.TW1],
      viewerEmployeeId: null,
      objectionsToDecide: [objection],
    });
    expect(dashboard.pendingActions).toEqual([objection]);
  });

  it.each([
    ['missing reports counted', [{ employeeId: 1, missing: 4 }], 4],
    ['someone else’s missing reports', [{ employeeId: 2, missing: 4 }], 0],
    ['none missing', [], 0],
  ])('overdue realisations: %s', (_case, missingReports, overdueRealizations) => {
    const dashboard = shape({ members: [member(1, PlanStatus.APPROVED)], missingReports });
    expect(dashboard.members[0].overdueRealizations).toBe(overdueRealizations);
  });

  it('takes the latest final of the cycle as the member’s latest, and every final for the levels', () => {
    const dashboard = shape({
      members: [member(1, PlanStatus.APPROVED), member(2, PlanStatus.APPROVED)],
      finals: [
        final(1, Period.ANNUAL, Predicate.SANGAT_BAIK, 115, {
          cycleId: EARLIER_CYCLE,
          cycleYear: 2025,
        }),
        final(2, Period.ANNUAL, Predicate.KURANG, 60, { cycleId: EARLIER_CYCLE, cycleYear: 2025 }),
        final(1, Period.TW1, Predicate.BAIK, 98.456),
        final(1, Period.TW2, Predicate.BUTUH_PERBAIKAN, null),
      ],
    });
    expect(dashboard.members).toEqual([
      expect.objectContaining({
        employeeId: 1,
        latestPredicate: Predicate.BUTUH_PERBAIKAN,
        latestPeriod: Period.TW2,
        latestAchievement: null,
        predicateLevels: [5, 4, 3],
      }),
      // Only an earlier cycle's evaluation: nothing latest in this one.
      expect.objectContaining({
        employeeId: 2,
        latestPredicate: null,
        latestPeriod: null,
        latestAchievement: null,
        predicateLevels: [2],
      }),
    ]);
  });

  it('carries JP when it was read and leaves it out when it was not', () => {
    const read = shape({ members: [{ ...member(1, null), jp: { done: 24, belowTarget: false } }] });
    expect(read.members[0]).toMatchObject({ jpDone: 24, belowJpTarget: false });
    const skipped = shape({ members: [{ ...member(1, null), jp: null }] });
    expect(skipped.members[0]).not.toHaveProperty('jpDone');
    expect(skipped.members[0]).not.toHaveProperty('belowJpTarget');
  });

  it('rounds the latest achievement to two decimals', () => {
    const dashboard = shape({
      members: [member(1, PlanStatus.APPROVED)],
      finals: [final(1, Period.TW1, Predicate.BAIK, 98.456)],
    });
    expect(dashboard.members[0].latestAchievement).toBe(98.46);
  });

  it('counts the predicates per period of this cycle only', () => {
    const dashboard = shape({
      members: [member(1, PlanStatus.APPROVED), member(2, PlanStatus.APPROVED)],
      finals: [
        final(1, Period.TW1, Predicate.KURANG, 50, { cycleId: EARLIER_CYCLE, cycleYear: 2025 }),
        final(1, Period.TW1, Predicate.BAIK, 100),
        final(2, Period.TW1, Predicate.BAIK, 95),
        final(2, Period.TW2, Predicate.SANGAT_BAIK, 115),
      ],
    });
    const countsOf = (period: Period) =>
      Object.fromEntries(
        dashboard.predicateDistribution
          .find((row) => row.period === period)!
          .counts.filter((count) => count.count > 0)
          .map((count) => [count.predicate, count.count]),
      );
    expect(countsOf(Period.TW1)).toEqual({ BAIK: 2 });
    expect(countsOf(Period.TW2)).toEqual({ SANGAT_BAIK: 1 });
    expect(countsOf(Period.TW3)).toEqual({});
  });

  // The read does not sort: rows arrive in index order (per member, ANNUAL before TW1 by name).
  const inTimeOrder = [
    final(1, Period.TW4, Predicate.KURANG, 61, { cycleId: 5, cycleYear: 2024 }),
    final(2, Period.ANNUAL, Predicate.BAIK, 99, { cycleId: 5, cycleYear: 2024 }),
    final(1, Period.TW1, Predicate.SANGAT_KURANG, 20, { cycleId: EARLIER_CYCLE, cycleYear: 2025 }),
    final(1, Period.TW3, Predicate.BAIK, 101, { cycleId: EARLIER_CYCLE, cycleYear: 2025 }),
    final(1, Period.ANNUAL, Predicate.SANGAT_BAIK, 115, {
      cycleId: EARLIER_CYCLE,
      cycleYear: 2025,
    }),
    final(2, Period.ANNUAL, Predicate.BUTUH_PERBAIKAN, 80, {
      cycleId: EARLIER_CYCLE,
      cycleYear: 2025,
    }),
    final(2, Period.TW1, Predicate.BAIK, 97),
    final(1, Period.TW2, Predicate.BAIK, 98.5),
    final(2, Period.TW2, Predicate.KURANG, 55),
    final(1, Period.ANNUAL, Predicate.BUTUH_PERBAIKAN, null),
  ];
  it.each([
    ['in time order', inTimeOrder],
    ['newest first', [...inTimeOrder].reverse()],
    [
      'per member, periods by name',
      [...inTimeOrder].sort(
        (a, b) =>
          a.employeeId - b.employeeId ||
          a.cycleYear - b.cycleYear ||
          a.period.localeCompare(b.period),
      ),
    ],
    [
      'interleaved',
      inTimeOrder.filter((_, i) => i % 2).concat(inTimeOrder.filter((_, i) => !(i % 2))),
    ],
  ])('gives the same dashboard whatever the order of the finals: %s', (_order, finals) => {
    const dashboard = shape({
      members: [member(1, PlanStatus.APPROVED), member(2, PlanStatus.APPROVED)],
      finals,
      endedPeriods: [Period.TW1, Period.TW2, Period.TW3],
    });
    expect(dashboard.members).toEqual([
      expect.objectContaining({
        employeeId: 1,
        latestPredicate: Predicate.BUTUH_PERBAIKAN,
        latestPeriod: Period.ANNUAL,
        latestAchievement: null,
        predicateLevels: [2, 1, 4, 5, 4, 3],
        overdueEvaluations: 2,
      }),
      expect.objectContaining({
        employeeId: 2,
        latestPredicate: Predicate.KURANG,
        latestPeriod: Period.TW2,
        latestAchievement: 55,
        predicateLevels: [4, 3, 4, 2],
        overdueEvaluations: 1,
      }),
    ]);
    expect(
      dashboard.averageTrend.map(({ cycleYear, period, evaluated }) => [
        cycleYear,
        period,
        evaluated,
      ]),
    ).toEqual([
      [2024, Period.TW4, 1],
      [2024, Period.ANNUAL, 1],
      [2025, Period.TW1, 1],
      [2025, Period.TW3, 1],
      [2025, Period.ANNUAL, 2],
      [2026, Period.TW1, 1],
      [2026, Period.TW2, 2],
      [2026, Period.ANNUAL, 1],
    ]);
    expect(dashboard.averageTrend.at(-2)).toMatchObject({
      averagePredicateLevel: 3,
      averageAchievement: 76.75,
    });
  });

  it('averages the trend per evaluated period, oldest first, over reported achievements only', () => {
    const dashboard = shape({
      members: [member(1, PlanStatus.APPROVED), member(2, PlanStatus.APPROVED)],
      finals: [
        final(1, Period.ANNUAL, Predicate.SANGAT_BAIK, null, {
          cycleId: EARLIER_CYCLE,
          cycleYear: 2025,
        }),
        final(2, Period.ANNUAL, Predicate.BAIK, null, { cycleId: EARLIER_CYCLE, cycleYear: 2025 }),
        final(1, Period.TW1, Predicate.BAIK, 100),
        final(2, Period.TW1, Predicate.BUTUH_PERBAIKAN, 80.333),
        final(2, Period.TW2, Predicate.BAIK, null),
      ],
    });
    expect(dashboard.averageTrend).toEqual([
      {
        cycleYear: 2025,
        period: Period.ANNUAL,
        averagePredicateLevel: 4.5,
        averageAchievement: null,
        evaluated: 2,
      },
      {
        cycleYear: 2026,
        period: Period.TW1,
        averagePredicateLevel: 3.5,
        averageAchievement: 90.17,
        evaluated: 2,
      },
      {
        cycleYear: 2026,
        period: Period.TW2,
        averagePredicateLevel: 4,
        averageAchievement: null,
        evaluated: 1,
      },
    ]);
  });

  it('reads achievements given as MariaDB gives a DECIMAL (text) as it reads numbers, and leaves the rows unchanged', () => {
    const rows = (achievement: (value: number) => number | string) => [
      final(1, Period.TW1, Predicate.BAIK, null),
      { ...final(1, Period.TW2, Predicate.SANGAT_BAIK, null), achievement: achievement(92.5) },
      { ...final(2, Period.TW1, Predicate.KURANG, null), achievement: achievement(61.25) },
      { ...final(2, Period.TW2, Predicate.BAIK, null), achievement: achievement(80.5) },
      {
        ...final(2, Period.ANNUAL, Predicate.BAIK, null, {
          cycleId: EARLIER_CYCLE,
          cycleYear: 2025,
        }),
        achievement: achievement(80),
      },
    ];
    const members = [member(1, PlanStatus.APPROVED), member(2, PlanStatus.APPROVED)];
    const asText = rows((value) => value.toFixed(2));
    const copy = JSON.parse(JSON.stringify(asText));
    const fromText = shape({ members, finals: asText });
    expect(fromText).toEqual(shape({ members, finals: rows((value) => value) }));
    expect(fromText.members.map((row) => row.latestAchievement)).toEqual([92.5, 80.5]);
    // TW2 averages two achievements given as text.
    expect(fromText.averageTrend.map((point) => point.averageAchievement)).toEqual([
      80, 61.25, 86.5,
    ]);
    expect(asText).toEqual(copy);
  });
});
