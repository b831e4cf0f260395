import { Period } from '../cycle.enums';
import { Rating } from '../../evaluation/evaluation.enums';
import { Employee } from '../../org/employee.entity';
import { PerformancePlan } from '../../plan/performance-plan.entity';
import { PlanStatus } from '../../plan/plan.enums';
import { DRIVERS } from '../../../testing/databases';
import type { GraphQLResult } from '../../../testing/graphql-client';
import {
  addUtamaTarget,
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';

const MOVE = `mutation ($input: MoveEmployeeInput!) { moveEmployee(input: $input) { startedPlans { id } } }`;
const OVERDUE = `query ($c: ID!) { overdueItems(cycleId: $c) {
  items { kind period dueOn daysLate employee { id } responsible { id } } } }`;
const PLAN_OVERDUE = `query ($id: ID!) { performancePlan(id: $id) { approvalDueOn overdue { kind period dueOn daysLate } } }`;
const TEAM = `query ($u: ID!, $c: ID!) { teamDashboard(unitId: $u, cycleId: $c) {
  members { employeeId overdueRealizations overdueEvaluations }
  pendingActions { kind employeeId planId period } } }`;

/**
 * After a mutasi each period belongs to the SKP in force on its last day (DESIGN §2): what is
 * overdue follows that, and the new SKP is due as many days after its TMT as the cycle gives from
 * 1 January, not since 31 January.
 */
describe.each(DRIVERS)('overdue after a mutasi on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  let closed: ApprovedPlan;
  let startedId: number;
  const p = () => t.org.people;

  beforeAll(async () => {
    t.client.today = '2026-05-20';
    cycleId = await createCycle(t.db.dataSource, 2026);
    for (const who of ['camat', 'kasiA', 'kasiB', 'staffA2', 'staffB1'] as const)
      await createApprovedPlan(t.db.dataSource, { employeeId: p()[who].id, cycleId });
    // staffA1's first SKP: TW1 evaluated FINAL by kasiA, no realisation reported for TW1.
    closed = await createApprovedPlan(t.db.dataSource, { employeeId: p().staffA1.id, cycleId });
    await createFinalEvaluation(t.db.dataSource, closed, {
      period: Period.TW1,
      resultRating: Rating.SESUAI_EKSPEKTASI,
      behaviorRating: Rating.SESUAI_EKSPEKTASI,
    });
    const { version } = await t.db.dataSource
      .getRepository(Employee)
      .findOneByOrFail({ id: p().staffA1.id });
    const moved = await t.client.as('admin', MOVE, {
      input: {
        employeeId: String(p().staffA1.id),
        tmt: '2026-05-15',
        decreeNumber: 'SK 800/123/436.11/2026',
        unitId: String(t.org.units.unitB.id),
        version,
      },
    });
    expect(moved.errors).toBeUndefined();
    startedId = Number(moved.data?.moveEmployee.startedPlans[0].id);
  });

  const itemsOfStaffA1 = (result: GraphQLResult) => {
    expect(result.errors).toBeUndefined();
    return (
      result.data?.overdueItems.items as {
        kind: string;
        period: string | null;
        dueOn: string;
        daysLate: number;
        employee: { id: string };
        responsible: { id: string };
      }[]
    )
      .filter((item) => item.employee.id === String(p().staffA1.id))
      .map((item) => [
        item.kind,
        item.period,
        item.dueOn,
        item.daysLate,
        Number(item.responsible.id),
      ])
      .sort((a, b) => String(a).localeCompare(String(b)));
  };
  const overdueOn = (today: string) =>
    t.client.on(today, () => t.client.as('admin', OVERDUE, { c: String(cycleId) }));
  const planOverdueOn = (today: string, planId: number) =>
    t.client.on(today, () => t.client.as('admin', PLAN_OVERDUE, { id: String(planId) }));

  it('gives the new SKP 30 days from the TMT to be approved, and keeps TW1 on the closed SKP', async () => {
    // 14 June is 30 days after the TMT: not late yet (it had been 134 days late since 31 January).
    expect(itemsOfStaffA1(await overdueOn('2026-06-14'))).toEqual([
      ['REALIZATION_MISSING', 'TW1', '2026-04-10', 65, p().staffA1.id],
    ]);
    expect(itemsOfStaffA1(await overdueOn('2026-06-15'))).toEqual([
      ['REALIZATION_MISSING', 'TW1', '2026-04-10', 66, p().staffA1.id],
      ['SKP_NOT_APPROVED', null, '2026-06-14', 1, p().staffA1.id],
    ]);
    const started = await planOverdueOn('2026-06-15', startedId);
    expect(started.data?.performancePlan).toEqual({
      approvalDueOn: '2026-06-14',
      overdue: { kind: 'SKP_NOT_APPROVED', period: null, dueOn: '2026-06-14', daysLate: 1 },
    });
    // The closed SKP owes its own TW1 reports, and nothing of the quarters after the TMT.
    const old = await planOverdueOn('2026-10-20', closed.planId);
    expect(old.data?.performancePlan.approvalDueOn).toBe('2026-01-31');
    expect(old.data?.performancePlan.overdue).toEqual({
      kind: 'REALIZATION_MISSING',
      period: 'TW1',
      dueOn: '2026-04-10',
      daysLate: 193,
    });
  });

  it('once the new SKP is approved, it owes TW2 onwards; TW1 stays with the closed SKP and its pejabat penilai', async () => {
    await approveWithTwoIndicators(startedId);
    expect(itemsOfStaffA1(await overdueOn('2026-10-20'))).toEqual([
      ['EVALUATION_NOT_FINAL', 'TW2', '2026-07-15', 97, p().kasiB.id],
      ['EVALUATION_NOT_FINAL', 'TW3', '2026-10-15', 5, p().kasiB.id],
      ['REALIZATION_MISSING', 'TW1', '2026-04-10', 193, p().staffA1.id],
      ['REALIZATION_MISSING', 'TW2', '2026-07-10', 102, p().staffA1.id],
      ['REALIZATION_MISSING', 'TW3', '2026-10-10', 10, p().staffA1.id],
    ]);

    // The new pejabat penilai's team dashboard: two indicators × TW2 and TW3 unreported, TW2 and
    // TW3 to evaluate; TW1 is neither late on the new SKP nor an action for kasiB.
    const team = await t.client.on('2026-10-20', () =>
      t.client.as(p().kasiB.nip, TEAM, { u: String(t.org.units.unitB.id), c: String(cycleId) }),
    );
    expect(team.errors).toBeUndefined();
    const dashboard = team.data?.teamDashboard as {
      members: { employeeId: string; overdueRealizations: number; overdueEvaluations: number }[];
      pendingActions: { kind: string; employeeId: string; planId: string; period: string }[];
    };
    expect(
      dashboard.members.find((member) => member.employeeId === String(p().staffA1.id)),
    ).toEqual({
      employeeId: String(p().staffA1.id),
      overdueRealizations: 4,
      overdueEvaluations: 2,
    });
    expect(
      dashboard.pendingActions
        .filter((action) => action.employeeId === String(p().staffA1.id))
        .map((action) => [action.kind, Number(action.planId), action.period]),
    ).toEqual([
      ['EVALUATE', startedId, 'TW2'],
      ['EVALUATE', startedId, 'TW3'],
    ]);
  });

  /** The new SKP approved, with one target of two indicators (the approval flow is tested elsewhere). */
  async function approveWithTwoIndicators(planId: number) {
    await t.db.dataSource
      .getRepository(PerformancePlan)
      .update({ id: planId }, { status: PlanStatus.APPROVED, approvedAt: new Date() });
    await addUtamaTarget(t.db.dataSource, { planId, description: 'RHK utama di unit baru' });
  }
});
