import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { createApprovedPlan, createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Evaluation } from '../../evaluation/evaluation.entity';
import { Objection } from '../../evaluation/objection.entity';

// Issue #14: an evaluation signed by a Plt/Plh speaks for the post acted for, so its keberatan goes
// to the pejabat penilai of that post (the head above it), not to the acting official's own.
const CREATE_ACTING = `mutation ($input: CreateActingAssignmentInput!) { createActingAssignment(input: $input) { id } }`;
const SAVE = `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { id version } }`;
const FINALIZE = `mutation ($id: ID!, $version: Int!, $reason: String) {
  finalizeEvaluation(id: $id, version: $version, reason: $reason) { id status evaluatorCapacity evaluator { id } } }`;
const FILE =
  'mutation ($id: ID!, $reason: String!) { fileObjection(evaluationId: $id, reason: $reason) { id } }';
const RESOLVE = `mutation ($id: ID!, $reason: String!) {
  resolveObjection(id: $id, decision: REJECTED, reason: $reason) { id status decider { id } } }`;
const TO_DECIDE = '{ objectionsToDecide(first: 10) { totalCount edges { node { id } } } }';

const reasonOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.reason;
const REASON = 'Keberatan ditolak: penilaian sesuai bukti dukung';

describe.each(DRIVERS)('keberatan against a Plh-signed evaluation on %s', (kind) => {
  const t = useSmallOrg(kind);
  const p = () => t.org.people;
  const ds = () => t.db.dataSource;
  let evaluationId = '';
  let objectionId = '';

  beforeAll(async () => {
    const cycleId = await createCycle(ds(), 2026);
    const plan = await createApprovedPlan(ds(), { employeeId: p().staffA1.id, cycleId });
    // kasiA is away: staffB1 (whose own pejabat penilai is kasiB) is Plh of Seksi Pelayanan.
    await t.client.on('2027-01-02', async () => {
      const created = await t.client.as('admin', CREATE_ACTING, {
        input: {
          kind: 'PLH',
          employeeId: String(p().staffB1.id),
          unitId: String(t.org.units.unitA.id),
          startsOn: '2027-01-02',
          endsOn: '2027-01-04',
          decreeNumber: 'SPT 800/2/436.11/2027',
        },
      });
      expect(created.errors).toBeUndefined();
    });
    await t.client.on('2027-01-04', async () => {
      const saved = await t.client.as(p().staffB1.nip, SAVE, {
        input: {
          planId: String(plan.planId),
          period: 'ANNUAL',
          resultRating: 'DI_BAWAH_EKSPEKTASI',
          behaviorRating: 'SESUAI_EKSPEKTASI',
        },
      });
      expect(saved.errors).toBeUndefined();
      const { id, version } = saved.data?.saveEvaluation ?? {};
      const final = await t.client.as(p().staffB1.nip, FINALIZE, {
        id,
        version,
        reason: 'Laporan tahunan diserahkan di luar aplikasi',
      });
      expect(final.errors).toBeUndefined();
      expect(final.data?.finalizeEvaluation).toMatchObject({
        status: 'FINAL',
        evaluatorCapacity: 'PLH',
        evaluator: { id: String(p().staffB1.id) },
      });
      evaluationId = id as string;
    });
    await t.client.on('2027-01-05', async () => {
      const filed = await t.client.as(p().staffA1.nip, FILE, {
        id: evaluationId,
        reason: 'Realisasi tahunan saya tidak dipertimbangkan',
      });
      expect(filed.errors).toBeUndefined();
      objectionId = filed.data?.fileObjection.id;
    });
  });

  it('records the post the Plh signed for', async () => {
    const row = await ds()
      .getRepository(Evaluation)
      .findOneByOrFail({ id: Number(evaluationId) });
    expect(row.evaluatorActingUnitId).toBe(t.org.units.unitA.id);
  });

  it('sends the keberatan to the head above the acted-for post, not to the Plh’s own superior', async () => {
    const objection = await ds()
      .getRepository(Objection)
      .findOneByOrFail({ id: Number(objectionId) });
    expect(objection.atasanId).toBe(p().camat.id);
    await t.client.on('2027-01-12', async () => {
      // The list re-reads the rule on the day: still the head above Seksi Pelayanan.
      expect((await t.client.as('camat', TO_DECIDE)).data?.objectionsToDecide.totalCount).toBe(1);
      expect(
        (await t.client.as(p().kasiB.nip, TO_DECIDE)).data?.objectionsToDecide.totalCount,
      ).toBe(0);
      const ownSuperior = await t.client.as(p().kasiB.nip, RESOLVE, {
        id: objectionId,
        reason: REASON,
      });
      expect(codesOf(ownSuperior)).toEqual(['FORBIDDEN']);
      expect(reasonOf(ownSuperior)).toBe('OBJECTION_DECIDE_FORBIDDEN');
      const decided = await t.client.as('camat', RESOLVE, { id: objectionId, reason: REASON });
      expect(decided.errors).toBeUndefined();
      expect(decided.data?.resolveObjection).toMatchObject({
        status: 'REJECTED',
        decider: { id: String(p().camat.id) },
      });
    });
  });
});
