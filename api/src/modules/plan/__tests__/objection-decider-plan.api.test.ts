import { createContext } from '../../../platform/graphql/context';
import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
  reportRealizations,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { CycleStatus, Period } from '../../cycle/cycle.enums';
import { Evaluation } from '../../evaluation/evaluation.entity';
import { Rating } from '../../evaluation/evaluation.enums';
import { Objection } from '../../evaluation/objection.entity';

// Issue #14: the atasan pejabat penilai deciding a keberatan reads the SKP evaluated (the parts the
// objection page shows), also from outside the employee's reporting line (a Plt, after a mutasi);
// no other SKP of the employee, and nothing once the objection is re-pointed away.
const FILE =
  'mutation ($id: ID!, $reason: String!) { fileObjection(evaluationId: $id, reason: $reason) { id } }';
const CREATE_ACTING = `mutation ($input: CreateActingAssignmentInput!) { createActingAssignment(input: $input) { id } }`;
const RESOLVE = `mutation ($id: ID!, $reason: String!) {
  resolveObjection(id: $id, decision: REJECTED, reason: $reason) { id status } }`;
const TO_DECIDE = '{ objectionsToDecide(first: 50) { totalCount } }';
// What the dashboard's objection page asks of the plan.
const PAGE = `query ($id: ID!) { objection(id: $id) { id evaluation { id resultRating
  plan { id status evaluator { id } workTargets { id description indicators { id description unit
    realization(period: TW4) { id value narrative evidenceUrl } achievement(period: TW4)
    realizations { id period value evidenceUrl note } } }
  behaviorExpectations { coreValue specificExpectation } } } } }`;
const PLAN = `query ($id: ID!) { performancePlan(id: $id) { id status workTargets { id description } } }`;
const PLANS_OF = `query ($employeeId: ID!) { performancePlans(filter: { employeeId: $employeeId }) {
  totalCount edges { node { id } } } }`;
const UNIT_PLANS = `query ($unitId: ID!, $first: Int!) {
  performancePlans(filter: { unitId: $unitId }, first: $first) { totalCount edges { node {
    id status workTargets { id description indicators { id description
      achievement(period: TW4) } } } } } }`;

const REASON = 'Keberatan ditolak: penilaian sesuai bukti dukung';
const EXTRA_STAFF = 6;

describe.each(DRIVERS)('the keberatan decider reads the SKP evaluated on %s', (kind) => {
  const t = useSmallOrg(kind, { extraStaffInA: EXTRA_STAFF });
  const p = () => t.org.people;
  const ds = () => t.db.dataSource;
  const staff = () => [p().staffA1, p().staffA2, ...t.org.extra];
  const plans = new Map<number, ApprovedPlan>();
  const objectionOf = new Map<number, string>();
  let earlierPlan: ApprovedPlan;
  const cycles = { earlier: 0, objected: 0 };

  const plan = (employeeId: number) => String(plans.get(employeeId)!.planId);
  const forbiddenFields = (result: { errors?: readonly { extensions?: { field?: unknown } }[] }) =>
    (result.errors ?? []).map((error) => error.extensions?.field);

  beforeAll(async () => {
    t.client.today = '2027-01-05';
    cycles.earlier = await createCycle(ds(), 2025, CycleStatus.CLOSED);
    earlierPlan = await createApprovedPlan(ds(), {
      employeeId: p().staffA1.id,
      cycleId: cycles.earlier,
    });
    const cycleId = (cycles.objected = await createCycle(ds(), 2026));
    await createApprovedPlan(ds(), { employeeId: p().kasiA.id, cycleId });
    // kasiA's annual evaluations of everyone in Seksi Pelayanan are FINAL since yesterday; all object.
    for (const person of staff()) {
      const approved = await createApprovedPlan(ds(), { employeeId: person.id, cycleId });
      plans.set(person.id, approved);
      await reportRealizations(ds(), approved, Period.TW4, [80, 70]);
      const evaluationId = await createFinalEvaluation(ds(), approved, {
        period: Period.ANNUAL,
        resultRating: Rating.DI_BAWAH_EKSPEKTASI,
        behaviorRating: Rating.SESUAI_EKSPEKTASI,
      });
      await ds()
        .getRepository(Evaluation)
        .update({ id: evaluationId }, { finalizedAt: new Date('2027-01-04T05:00:00Z') });
      const filed = await t.client.as(person.nip, FILE, {
        id: String(evaluationId),
        reason: 'Realisasi tahunan saya tidak dipertimbangkan',
      });
      expect(filed.errors).toBeUndefined();
      objectionOf.set(person.id, filed.data?.fileObjection.id);
    }
    // kasiB, outside Seksi Pelayanan's line, is Plt of the Camat's post for a week: every objection
    // against kasiA's evaluations is now theirs to decide.
    await t.client.on('2027-01-06', async () => {
      const created = await t.client.as('admin', CREATE_ACTING, {
        input: {
          kind: 'PLT',
          employeeId: String(p().kasiB.id),
          unitId: String(t.org.units.root.id),
          startsOn: '2027-01-06',
          endsOn: '2027-01-13',
          decreeNumber: 'SPT 800/1/436.11/2027',
        },
      });
      expect(created.errors).toBeUndefined();
    });
    const atasan = await ds()
      .getRepository(Objection)
      .findOneByOrFail({
        id: Number(objectionOf.get(p().staffA1.id)),
      });
    expect(atasan.atasanId).toBe(p().kasiB.id);
  });

  it('reads what the objection page shows of the SKP evaluated', async () => {
    const read = await t.client.as(p().kasiB.nip, PAGE, { id: objectionOf.get(p().staffA1.id) });
    expect(read.errors).toBeUndefined();
    const shown = read.data?.objection.evaluation.plan;
    expect(shown).toMatchObject({ id: plan(p().staffA1.id), status: 'APPROVED' });
    expect(shown.workTargets[0].indicators).toHaveLength(2);
    expect(shown.workTargets[0].indicators[0]).toMatchObject({
      realization: { value: 80 },
      achievement: 80,
      realizations: [{ period: 'TW4', value: 80, note: 'Rekap bulanan' }],
    });
    expect(shown.behaviorExpectations).toHaveLength(7);
    const direct = await t.client.as(p().kasiB.nip, PLAN, { id: plan(p().staffA1.id) });
    expect(direct.errors).toBeUndefined();
  });

  it('lists and counts only the SKP under keberatan, never another SKP of the employee', async () => {
    const listed = await t.client.as(p().kasiB.nip, PLANS_OF, {
      employeeId: String(p().staffA1.id),
    });
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.performancePlans.totalCount).toBe(1);
    expect(listed.data?.performancePlans.edges[0].node.id).toBe(plan(p().staffA1.id));
    const earlier = await t.client.as(p().kasiB.nip, PLAN, { id: String(earlierPlan.planId) });
    expect(codesOf(earlier)).toEqual(['NOT_FOUND']);
  });

  it('recaps the SKP under keberatan in its cycle only', async () => {
    const context = createContext({
      dataSource: ds(),
      viewer: await t.client.viewer(p().kasiB.nip),
      clientAddress: '127.0.0.1',
    });
    const recapped = async (cycleId: number) =>
      (
        await t.client.server.services.documents.recap(context, {
          cycleId: String(cycleId),
          unitId: String(t.org.units.unitA.id),
          period: 'ANNUAL',
        })
      ).model.rows.map((row) => row.employeeId);
    expect(await recapped(cycles.objected)).toContain(p().staffA1.id);
    expect(await recapped(cycles.earlier)).not.toContain(p().staffA1.id);
  });

  it('an employee with no part in the keberatan still reads nothing', async () => {
    const listed = await t.client.as(p().staffB1.nip, PLANS_OF, {
      employeeId: String(p().staffA1.id),
    });
    expect(listed.data?.performancePlans.totalCount).toBe(0);
    const page = await t.client.as(p().staffB1.nip, PAGE, { id: objectionOf.get(p().staffA1.id) });
    expect(codesOf(page)).toEqual(['NOT_FOUND']);
  });

  it('reads a list of objected SKP with as many SQL statements for 2 as for 9', async () => {
    const viewer = await t.client.viewer(p().kasiB.nip);
    const statements = async (first: number) => {
      t.db.queries.reset();
      const result = await t.client.run(viewer, UNIT_PLANS, {
        unitId: String(t.org.units.unitA.id),
        first,
      });
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.performancePlans.edges ?? [];
      expect(nodes).toHaveLength(first);
      for (const { node } of nodes) expect(node.workTargets[0].indicators).toHaveLength(2);
      // The SKP under keberatan, and kasiA's, which kasiB evaluates as Plt of the Camat's post.
      expect(result.data?.performancePlans.totalCount).toBe(3 + EXTRA_STAFF);
      return t.db.queries.count;
    };
    const two = await statements(2);
    expect(await statements(3 + EXTRA_STAFF)).toBe(two);
    // One batched read of who decides, for the rows the cheaper rules did not allow.
    const deciderReads = () =>
      t.db.queries.statements.filter((sql) => sql.includes('AS atasanId')).length;
    expect(deciderReads()).toBe(1);
  });

  it('never looks up deciders when the cheaper rules allow the read (the Camat)', async () => {
    const viewer = await t.client.viewer('camat');
    t.db.queries.reset();
    const result = await t.client.run(viewer, UNIT_PLANS, {
      unitId: String(t.org.units.unitA.id),
      first: 3 + EXTRA_STAFF,
    });
    expect(result.errors).toBeUndefined();
    expect(t.db.queries.statements.filter((sql) => sql.includes('AS atasanId'))).toEqual([]);
  });

  it('keeps the SKP of an objection they decided, for the record', async () => {
    await t.client.on('2027-01-12', async () => {
      const decided = await t.client.as(p().kasiB.nip, RESOLVE, {
        id: objectionOf.get(p().staffA2.id),
        reason: REASON,
      });
      expect(decided.errors).toBeUndefined();
    });
    await t.client.on('2027-01-14', async () => {
      const read = await t.client.as(p().kasiB.nip, PLAN, { id: plan(p().staffA2.id) });
      expect(read.errors).toBeUndefined();
    });
  });

  it('loses the SKP once the acting term ends and the objection goes back to the Camat', async () => {
    await t.client.on('2027-01-14', async () => {
      // The decision list re-reads the rule on the day and re-points the FILED objections.
      expect(
        (await t.client.as(p().kasiB.nip, TO_DECIDE)).data?.objectionsToDecide.totalCount,
      ).toBe(0);
      const page = await t.client.as(p().kasiB.nip, PAGE, { id: objectionOf.get(p().staffA1.id) });
      expect(codesOf(page)).toEqual(['NOT_FOUND']);
      const direct = await t.client.as(p().kasiB.nip, PLAN, { id: plan(p().staffA1.id) });
      expect(codesOf(direct)).toEqual(['NOT_FOUND']);
      const listed = await t.client.as(p().kasiB.nip, PLANS_OF, {
        employeeId: String(p().staffA1.id),
      });
      expect(listed.data?.performancePlans.totalCount).toBe(0);
      // The Camat reads it as ever, and the decided one stays with kasiB only.
      expect(
        forbiddenFields(await t.client.as('camat', PAGE, { id: objectionOf.get(p().staffA1.id) })),
      ).toEqual([]);
    });
  });
});
