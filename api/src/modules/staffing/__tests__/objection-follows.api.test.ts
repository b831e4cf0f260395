import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { Evaluation } from '../../evaluation/evaluation.entity';
import { Rating } from '../../evaluation/evaluation.enums';
import { Objection } from '../../evaluation/objection.entity';
import { Notification } from '../../feedback/notification.entity';
import { Employee } from '../../org/employee.entity';

// Issue #14: the atasan pejabat penilai of a keberatan follows the one pejabat penilai rule
// (acting officials in term, mutasi), and FILED objections are re-pointed in the same transaction.
const FILE =
  'mutation ($id: ID!, $reason: String!) { fileObjection(evaluationId: $id, reason: $reason) { id status } }';
const RESOLVE = `mutation ($id: ID!, $reason: String!) {
  resolveObjection(id: $id, decision: REJECTED, reason: $reason) { id status decider { id } } }`;
const TO_DECIDE = `{ objectionsToDecide(first: 10) { totalCount edges { node {
  id decidedOutside viewerCanDecide } } } }`;
const CREATE_ACTING = `mutation ($input: CreateActingAssignmentInput!) { createActingAssignment(input: $input) { id } }`;
const ONE = `query ($id: ID!) { objection(id: $id) { id status evaluation { resultRating predicate } } }`;
const TREND = `query ($id: ID!) { performanceTrend(employeeId: $id) { cycleYear period predicate } }`;
const MOVE = `mutation ($input: MoveEmployeeInput!) { moveEmployee(input: $input) { supervisor { id } } }`;

const reasonOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.reason;
const REASON = 'Keberatan ditolak: penilaian sesuai bukti dukung';

describe.each(DRIVERS)('keberatan follow acting officials and mutasi on %s', (kind) => {
  const t = useSmallOrg(kind);
  const p = () => t.org.people;
  const ds = () => t.db.dataSource;
  const plans: Record<string, ApprovedPlan> = {};
  const objectionIds: Record<'staffA1' | 'staffA2', string> = { staffA1: '', staffA2: '' };
  const atasanOf = async (id: string) =>
    (
      await ds()
        .getRepository(Objection)
        .findOneByOrFail({ id: Number(id) })
    ).atasanId;
  const waitingFor = async (viewer: string) =>
    (await t.client.as(viewer, TO_DECIDE)).data?.objectionsToDecide;

  beforeAll(async () => {
    t.client.today = '2027-01-05';
    const cycleId = await createCycle(ds(), 2026);
    for (const who of ['camat', 'kasiA', 'kasiB', 'staffA1', 'staffA2'] as const)
      plans[who] = await createApprovedPlan(ds(), { employeeId: p()[who].id, cycleId });
    // kasiA's annual evaluations of both staff are FINAL since yesterday; both object today.
    for (const who of ['staffA1', 'staffA2'] as const) {
      const evaluationId = await createFinalEvaluation(ds(), plans[who], {
        period: Period.ANNUAL,
        resultRating: Rating.DI_BAWAH_EKSPEKTASI,
        behaviorRating: Rating.SESUAI_EKSPEKTASI,
      });
      await ds()
        .getRepository(Evaluation)
        .update({ id: evaluationId }, { finalizedAt: new Date('2027-01-04T05:00:00Z') });
      const filed = await t.client.as(p()[who].nip, FILE, {
        id: String(evaluationId),
        reason: 'Realisasi tahunan saya tidak dipertimbangkan',
      });
      expect(filed.errors).toBeUndefined();
      objectionIds[who] = filed.data?.fileObjection.id;
    }
  });

  it('files each objection with the evaluator’s own pejabat penilai as its atasan', async () => {
    expect(await atasanOf(objectionIds.staffA1)).toBe(p().camat.id);
    expect(await atasanOf(objectionIds.staffA2)).toBe(p().camat.id);
    expect((await waitingFor('camat'))?.totalCount).toBe(2);
  });

  it('a Plt over the atasan’s post decides during the term, and the definitive atasan cannot', async () => {
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
    // Re-pointed in the term's own transaction, with a notice and an audit row.
    expect(await atasanOf(objectionIds.staffA1)).toBe(p().kasiB.id);
    expect(await atasanOf(objectionIds.staffA2)).toBe(p().kasiB.id);
    const notices = await ds()
      .getRepository(Notification)
      .findBy({ kind: 'objection.reassigned', recipientId: p().kasiB.id });
    expect(notices.map((notice) => notice.entityId).sort()).toEqual(
      [objectionIds.staffA1, objectionIds.staffA2].sort(),
    );
    expect(await ds().getRepository(AuditLog).countBy({ action: 'objection.reassignAtasan' })).toBe(
      2,
    );

    await t.client.on('2027-01-12', async () => {
      expect((await waitingFor('camat'))?.totalCount).toBe(0);
      const plt = await waitingFor(p().kasiB.nip);
      expect(plt?.totalCount).toBe(2);
      expect(plt?.edges[0].node).toMatchObject({ decidedOutside: false, viewerCanDecide: true });
      const camat = await t.client.as('camat', RESOLVE, {
        id: objectionIds.staffA2,
        reason: REASON,
      });
      expect(codesOf(camat)).toEqual(['FORBIDDEN']);
      expect(reasonOf(camat)).toBe('OBJECTION_DECIDE_FORBIDDEN');
      const decided = await t.client.as(p().kasiB.nip, RESOLVE, {
        id: objectionIds.staffA2,
        reason: REASON,
      });
      expect(decided.errors).toBeUndefined();
      expect(decided.data?.resolveObjection).toMatchObject({
        status: 'REJECTED',
        decider: { id: String(p().kasiB.id) },
      });
    });
  });

  it('after the term the Plt no longer decides; the definitive atasan does again', async () => {
    await t.client.on('2027-01-14', async () => {
      const plt = await t.client.as(p().kasiB.nip, RESOLVE, {
        id: objectionIds.staffA1,
        reason: REASON,
      });
      expect(reasonOf(plt)).toBe('OBJECTION_DECIDE_FORBIDDEN');
      // The list re-reads the rule on the day (the refused decision changed nothing).
      expect((await waitingFor(p().kasiB.nip))?.totalCount).toBe(0);
      expect(await atasanOf(objectionIds.staffA1)).toBe(p().camat.id);
      const camat = await waitingFor('camat');
      expect(camat?.totalCount).toBe(1);
      expect(camat?.edges[0].node).toMatchObject({
        id: objectionIds.staffA1,
        viewerCanDecide: true,
      });
    });
    expect(
      (
        await ds()
          .getRepository(Objection)
          .findOneByOrFail({ id: Number(objectionIds.staffA1) })
      ).status,
    ).toBe('FILED');
  });

  it('a mutasi of the pejabat penilai re-points the FILED objection: the new atasan decides, the old one cannot', async () => {
    await t.client.on('2027-01-15', async () => {
      const { version } = await ds().getRepository(Employee).findOneByOrFail({ id: p().kasiA.id });
      const moved = await t.client.as('admin', MOVE, {
        input: {
          employeeId: String(p().kasiA.id),
          version,
          tmt: '2027-01-15',
          decreeNumber: 'SK 800/7/436.11/2027',
          unitId: String(t.org.units.unitB.id),
        },
      });
      expect(moved.errors).toBeUndefined();
      expect(moved.data?.moveEmployee.supervisor).toEqual({ id: String(p().kasiB.id) });
      // In the mutasi's own transaction.
      expect(await atasanOf(objectionIds.staffA1)).toBe(p().kasiB.id);
      const old = await t.client.as('camat', RESOLVE, { id: objectionIds.staffA1, reason: REASON });
      expect(reasonOf(old)).toBe('OBJECTION_DECIDE_FORBIDDEN');
      expect((await waitingFor('camat'))?.totalCount).toBe(0);
      // The new atasan, outside staffA1's line, reads the objection and the evaluation it decides on.
      const read = await t.client.as(p().kasiB.nip, ONE, { id: objectionIds.staffA1 });
      expect(read.errors).toBeUndefined();
      expect(read.data?.objection).toMatchObject({
        status: 'FILED',
        evaluation: { resultRating: 'DI_BAWAH_EKSPEKTASI', predicate: 'BUTUH_PERBAIKAN' },
      });
      // And, in the employee's trend, that evaluation (the keberatan condition in the trend's SQL).
      const trend = await t.client.as(p().kasiB.nip, TREND, { id: String(p().staffA1.id) });
      expect(trend.errors).toBeUndefined();
      expect(trend.data?.performanceTrend).toEqual([
        { cycleYear: 2026, period: 'ANNUAL', predicate: 'BUTUH_PERBAIKAN' },
      ]);
      const decided = await t.client.as(p().kasiB.nip, RESOLVE, {
        id: objectionIds.staffA1,
        reason: REASON,
      });
      expect(decided.errors).toBeUndefined();
      expect(decided.data?.resolveObjection.decider).toEqual({ id: String(p().kasiB.id) });
    });
  });
});
