import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedCascade,
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
} from '../../../testing/plan-fixtures';
import { type SuiteHandle, useSmallOrg } from '../../../testing/suite';
import { CycleStatus, Period } from '../../cycle/cycle.enums';
import { EvaluationStatus, Rating } from '../../evaluation/evaluation.enums';

const BACKLOG = `query ($id: ID!, $evaluatorId: ID, $employeeId: ID) {
  cycle(id: $id) { evaluationBacklog(evaluatorId: $evaluatorId, employeeId: $employeeId) { period pending } } }`;

/** The backlog as { TW1: n, …, ANNUAL: n }, or the errors' codes when there is none. */
const backlogOf = (result: {
  data?: Record<string, any> | null;
  errors?: readonly { extensions?: Record<string, unknown> }[];
}) =>
  result.data?.cycle?.evaluationBacklog
    ? Object.fromEntries(
        (result.data.cycle.evaluationBacklog as { period: string; pending: number }[]).map(
          ({ period, pending }) => [period, pending],
        ),
      )
    : (result.errors ?? []).map((error) => error.extensions?.code);

const rated = { resultRating: Rating.SESUAI_EKSPEKTASI, behaviorRating: Rating.SESUAI_EKSPEKTASI };

describe.each(DRIVERS)('Cycle.evaluationBacklog on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  let plans: Record<string, ApprovedPlan>;

  beforeAll(async () => {
    const ds = t.db.dataSource;
    cycleId = await createCycle(ds, 2026);
    plans = await createApprovedCascade(ds, { cycleId, people: t.org.people });
    // kasiA's line: TW1 final for both; TW2 final for staffA1, a draft for staffA2; then nothing.
    for (const who of ['staffA1', 'staffA2'] as const)
      await createFinalEvaluation(ds, plans[who], { period: Period.TW1, ...rated });
    await createFinalEvaluation(ds, plans.staffA1, { period: Period.TW2, ...rated });
    await createFinalEvaluation(ds, plans.staffA2, {
      period: Period.TW2,
      ...rated,
      status: EvaluationStatus.DRAFT,
    });
    // The Camat's line: kasiA final in TW1 (acknowledged), kasiB nothing.
    await createFinalEvaluation(ds, plans.kasiA, {
      period: Period.TW1,
      ...rated,
      status: EvaluationStatus.ACKNOWLEDGED,
    });
  });

  const run = (who: string, variables: { evaluatorId?: string; employeeId?: string } = {}) =>
    t.client.as(who, BACKLOG, { id: String(cycleId), ...variables });
  const id = (who: keyof SuiteHandle['org']['people']) => String(t.org.people[who].id);

  it('counts, per period, the evaluator’s approved SKP without a final evaluation', async () => {
    expect(backlogOf(await run(t.org.people.kasiA.nip, { evaluatorId: id('kasiA') }))).toEqual({
      TW1: 0,
      TW2: 1,
      TW3: 2,
      TW4: 2,
      ANNUAL: 2,
    });
    expect(
      backlogOf(
        await run(t.org.people.kasiA.nip, { evaluatorId: id('kasiA'), employeeId: id('staffA1') }),
      ),
    ).toEqual({ TW1: 0, TW2: 0, TW3: 1, TW4: 1, ANNUAL: 1 });
    // The Camat (LEADER) evaluates the two kasi; the Camat's own SKP has no evaluator here.
    expect(backlogOf(await run('camat', { evaluatorId: id('camat') }))).toEqual({
      TW1: 1,
      TW2: 2,
      TW3: 2,
      TW4: 2,
      ANNUAL: 2,
    });
  });

  it('counts only SKP the viewer may read', async () => {
    // HR reads every SKP: the four with an evaluator.
    expect(backlogOf(await run('admin'))).toEqual({ TW1: 1, TW2: 3, TW3: 4, TW4: 4, ANNUAL: 4 });
    // A head sees nothing of another section; staff see their own SKP only.
    expect(backlogOf(await run(t.org.people.kasiB.nip, { evaluatorId: id('kasiA') }))).toEqual({
      TW1: 0,
      TW2: 0,
      TW3: 0,
      TW4: 0,
      ANNUAL: 0,
    });
    expect(backlogOf(await run(t.org.people.staffA2.nip, { evaluatorId: id('kasiA') }))).toEqual({
      TW1: 0,
      TW2: 1,
      TW3: 1,
      TW4: 1,
      ANNUAL: 1,
    });
  });

  it('reads every cycle’s backlog in one statement per narrowing, each its own', async () => {
    const ds = t.db.dataSource;
    // 2025: staffA1's SKP only, nothing evaluated.
    const earlier = await createCycle(ds, 2025, CycleStatus.CLOSED);
    const camat2025 = await createApprovedPlan(ds, {
      employeeId: t.org.people.camat.id,
      cycleId: earlier,
    });
    const kasiA2025 = await createApprovedPlan(ds, {
      employeeId: t.org.people.kasiA.id,
      cycleId: earlier,
      parentTargetId: camat2025.targetId,
    });
    await createApprovedPlan(ds, {
      employeeId: t.org.people.staffA1.id,
      cycleId: earlier,
      parentTargetId: kasiA2025.targetId,
    });
    const viewer = await t.client.viewer(t.org.people.kasiA.nip);
    t.db.queries.reset();
    const result = await t.client.run(
      viewer,
      `query ($evaluatorId: ID, $employeeId: ID) {
        cycles { year
          all: evaluationBacklog(evaluatorId: $evaluatorId) { period pending }
          one: evaluationBacklog(evaluatorId: $evaluatorId, employeeId: $employeeId) { period pending } }
      }`,
      { evaluatorId: id('kasiA'), employeeId: id('staffA2') },
    );
    expect(result.errors).toBeUndefined();
    const byYear = Object.fromEntries(
      (result.data?.cycles as Record<string, any>[]).map((cycle) => [
        cycle.year,
        [
          backlogOf({ data: { cycle: { evaluationBacklog: cycle.all } } }),
          backlogOf({ data: { cycle: { evaluationBacklog: cycle.one } } }),
        ],
      ]),
    );
    expect(byYear).toEqual({
      2025: [
        { TW1: 1, TW2: 1, TW3: 1, TW4: 1, ANNUAL: 1 },
        { TW1: 0, TW2: 0, TW3: 0, TW4: 0, ANNUAL: 0 },
      ],
      2026: [
        { TW1: 0, TW2: 1, TW3: 2, TW4: 2, ANNUAL: 2 },
        { TW1: 0, TW2: 1, TW3: 1, TW4: 1, ANNUAL: 1 },
      ],
    });
    // The cycles, then one backlog statement for each of the two narrowings, whatever the cycles.
    expect(t.db.queries.count).toBe(3);
  });

  it('counts each period on the SKP that covers it after a mutasi', async () => {
    const ds = t.db.dataSource;
    // 2028: staffB1 moved on 15 May; the closed SKP has TW1 final, the new one nothing yet.
    const year = await createCycle(ds, 2028);
    const staffB1 = t.org.people.staffB1.id;
    const closed = await createApprovedPlan(ds, {
      employeeId: staffB1,
      cycleId: year,
      span: { endsOn: '2028-05-14' },
    });
    const started = await createApprovedPlan(ds, {
      employeeId: staffB1,
      cycleId: year,
      span: { sequence: 2, startsOn: '2028-05-15' },
    });
    await createFinalEvaluation(ds, closed, { period: Period.TW1, ...rated });
    const result = await t.client.as('admin', BACKLOG, {
      id: String(year),
      employeeId: id('staffB1'),
    });
    // TW1 is the closed SKP's (done); TW2 onwards the new one's. Before: TW1 1, then 2 each.
    expect(backlogOf(result)).toEqual({ TW1: 0, TW2: 1, TW3: 1, TW4: 1, ANNUAL: 1 });
    // What Penilaian lists for a period: the SKP that covers it.
    const plansFor = async (period: Period) => {
      const plans = await t.client.as(
        'admin',
        `query ($c: ID!, $e: ID!, $p: Period!) { performancePlans(filter: { cycleId: $c, employeeId: $e, status: APPROVED, coversPeriod: $p }) { totalCount edges { node { id } } } }`,
        { c: String(year), e: id('staffB1'), p: period },
      );
      expect(plans.errors).toBeUndefined();
      const { totalCount, edges } = plans.data!.performancePlans;
      return [totalCount, edges.map((edge: { node: { id: string } }) => Number(edge.node.id))];
    };
    expect(await plansFor(Period.TW1)).toEqual([1, [closed.planId]]);
    expect(await plansFor(Period.TW2)).toEqual([1, [started.planId]]);
    expect(await plansFor(Period.ANNUAL)).toEqual([1, [started.planId]]);
    // What SKP Saya shows: the SKP in force; the closed one on asking for it.
    const plans = async (current: boolean) => {
      const result = await t.client.as(
        t.org.people.staffB1.nip,
        `query ($c: ID!, $e: ID!, $current: Boolean) { performancePlans(filter: { cycleId: $c, employeeId: $e, current: $current }) { edges { node { id } } } }`,
        { c: String(year), e: id('staffB1'), current },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.performancePlans.edges.map((edge: { node: { id: string } }) =>
        Number(edge.node.id),
      );
    };
    expect(await plans(true)).toEqual([started.planId]);
    expect(await plans(false)).toEqual([closed.planId]);
  });

  it('is not for analysts, and a bad id names its argument', async () => {
    expect(backlogOf(await run('analis'))).toEqual(['FORBIDDEN']);
    const bad = await run('admin', { evaluatorId: 'x' });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'evaluatorId', reason: 'INVALID_ID' }),
    ]);
  });
});

describe.each(DRIVERS)('Cycle.evaluationBacklog at scale on %s', (kind) => {
  const small = useSmallOrg(kind, { extraStaffInA: 3 });
  const large = useSmallOrg(kind, { extraStaffInA: 248 });

  const build = async (t: SuiteHandle) => {
    const ds = t.db.dataSource;
    const cycleId = await createCycle(ds, 2026);
    const camat = await createApprovedPlan(ds, { employeeId: t.org.people.camat.id, cycleId });
    const kasiA = await createApprovedPlan(ds, {
      employeeId: t.org.people.kasiA.id,
      cycleId,
      parentTargetId: camat.targetId,
    });
    const staff = [t.org.people.staffA1, t.org.people.staffA2, ...t.org.extra];
    for (const [index, person] of staff.entries()) {
      const plan = await createApprovedPlan(ds, {
        employeeId: person.id,
        cycleId,
        parentTargetId: kasiA.targetId,
      });
      // Everyone final in TW1 but the last one.
      if (index < staff.length - 1)
        await createFinalEvaluation(ds, plan, { period: Period.TW1, ...rated });
    }
    return cycleId;
  };

  it('answers for 5 and for 250 members in the same two statements, past the 200 page cap', async () => {
    const measure = async (t: SuiteHandle) => {
      const cycleId = await build(t);
      const viewer = await t.client.viewer(t.org.people.kasiA.nip);
      t.db.queries.reset();
      const result = await t.client.run(viewer, BACKLOG, {
        id: String(cycleId),
        evaluatorId: String(t.org.people.kasiA.id),
      });
      return { backlog: backlogOf(result), statements: t.db.queries.count };
    };
    const five = await measure(small);
    const many = await measure(large);
    expect(five).toEqual({
      backlog: { TW1: 1, TW2: 5, TW3: 5, TW4: 5, ANNUAL: 5 },
      // The cycle, then the backlog.
      statements: 2,
    });
    expect(many).toEqual({
      backlog: { TW1: 1, TW2: 250, TW3: 250, TW4: 250, ANNUAL: 250 },
      statements: 2,
    });
  }, 240_000);
});
