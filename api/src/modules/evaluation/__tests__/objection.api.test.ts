import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  keptAndFreshPredicateCounts,
  keptAndFreshResultTotals,
  reportRealizations,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { DevelopmentActivity } from '../../development/development-activity.entity';
import { Notification } from '../../feedback/notification.entity';

// Issue #15: the pejabat penilai responds, the atasan pejabat penilai decides (or HR records the
// decision of an atasan outside the kecamatan), versioned, once, with notices written once each.
const SAVE = `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { id version } }`;
const FINALIZE =
  'mutation ($id: ID!, $version: Int!) { finalizeEvaluation(id: $id, version: $version, reason: "Tanpa laporan realisasi: dinilai dari rapat evaluasi") { id predicate } }';
const FILE =
  'mutation ($id: ID!, $reason: String!) { fileObjection(evaluationId: $id, reason: $reason) { id version status } }';
const RESPOND = `mutation ($id: ID!, $response: String!, $version: Int!) {
  respondToObjection(id: $id, response: $response, version: $version) { id version response respondedAt canDecideFrom } }`;
const RESOLVE = `mutation ($id: ID!, $decision: ObjectionDecision!, $reason: String!, $result: Rating, $behavior: Rating, $version: Int) {
  resolveObjection(id: $id, decision: $decision, reason: $reason, resultRating: $result, behaviorRating: $behavior, version: $version) {
    id status version decider { name } revisedEvaluation { id predicate revision revisionOf { id supersededAt } } } }`;
const EXTERNAL = `mutation ($id: ID!, $input: ExternalObjectionDecisionInput!, $version: Int!) {
  recordExternalObjectionDecision(id: $id, input: $input, version: $version) {
    id status decider { id } externalDecider externalReferenceNumber externalDecisionDate decisionReason revisedEvaluation { predicate } } }`;
const TO_DECIDE = `{ objectionsToDecide(first: 10) { totalCount edges { node {
  id daysWaiting decidedOutside viewerCanDecide viewerCanRecordExternal viewerCanRespond employee { name } } } } }`;
const TO_RESPOND = '{ objectionsToRespond { totalCount edges { node { id viewerCanRespond } } } }';
const DECIDED = `{ objectionsDecided(first: 10) { totalCount edges { node { status employee { name } } } } }`;
const DECIDED_ROWS = `query ($first: Int!) { objectionsDecided(first: $first) { edges { node {
  id status decidedAt externalDecider decider { name } employee { name } evaluation { cycle { year } } } } } }`;
/** The decided objections a viewer lists, newest first: whose, and how it ended. */
const decidedFor = async (
  client: { as: (viewer: string, query: string) => Promise<GraphQLResult> },
  viewer: string,
) => {
  const result = await client.as(viewer, DECIDED);
  expect(result.errors).toBeUndefined();
  const { totalCount, edges } = result.data!.objectionsDecided as {
    totalCount: number;
    edges: { node: { status: string; employee: { name: string } } }[];
  };
  return { totalCount, rows: edges.map(({ node }) => `${node.employee.name}: ${node.status}`) };
};
const ONE = `query ($id: ID!) { objection(id: $id) { id status response respondedAt version
  externalDecider externalReferenceNumber externalDecisionDate decisionReason } }`;

const WINDOW = 'query ($id: ID!) { objection(id: $id) { decideBy decisionDaysLeft } }';

const reasonOf = (result: GraphQLResult) =>
  (result.errors ?? []).map((error) => error.extensions?.reason);
const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
const TODAY = '2027-01-05';

describe.each(DRIVERS)('objections decided where they are filed on %s', (kind) => {
  const t = useSmallOrg(kind);
  const plans: Record<string, ApprovedPlan> = {};
  const nip = (who: 'kasiA' | 'kasiB' | 'staffA1' | 'staffA2') => t.org.people[who].nip;
  const notices = async (recipientId: number, entityId: string) =>
    (
      await t.db.dataSource
        .getRepository(Notification)
        .find({ where: { recipientId, entity: 'Objection', entityId }, order: { id: 'ASC' } })
    ).map((notice) => notice.kind);

  async function finalAnnual(who: 'kasiA' | 'staffA1', evaluator: string) {
    const saved = await t.client.as(evaluator, SAVE, {
      input: {
        planId: String(plans[who].planId),
        period: 'ANNUAL',
        resultRating: 'DI_BAWAH_EKSPEKTASI',
        behaviorRating: 'SESUAI_EKSPEKTASI',
      },
    });
    expect(saved.errors).toBeUndefined();
    const { id, version } = saved.data!.saveEvaluation;
    const final = await t.client.as(evaluator, FINALIZE, { id, version });
    expect(final.data?.finalizeEvaluation.predicate).toBe('BUTUH_PERBAIKAN');
    return id as string;
  }

  beforeAll(async () => {
    t.client.today = TODAY;
    const ds = t.db.dataSource;
    const cycleId = await createCycle(ds, 2026);
    // The next year's cycle exists: a low annual predicate requires pembinaan in it.
    await createCycle(ds, 2027);
    const p = t.org.people;
    plans.camat = await createApprovedPlan(ds, { employeeId: p.camat.id, cycleId });
    plans.kasiA = await createApprovedPlan(ds, {
      employeeId: p.kasiA.id,
      cycleId,
      parentTargetId: plans.camat.targetId,
    });
    plans.staffA1 = await createApprovedPlan(ds, {
      employeeId: p.staffA1.id,
      cycleId,
      parentTargetId: plans.kasiA.targetId,
    });
    await reportRealizations(ds, plans.staffA1, Period.ANNUAL, [80, 80]);
  });

  it('the pejabat penilai responds, then only the atasan decides, once and on the version read; the upheld revision re-derives the predicate and relinks the required pembinaan', async () => {
    const p = t.org.people;
    const annualId = await finalAnnual('staffA1', nip('kasiA'));
    const coaching = await t.db.dataSource
      .getRepository(DevelopmentActivity)
      .findOneByOrFail({ employeeId: p.staffA1.id, required: true });
    expect(coaching.reasonEvaluationId).toBe(Number(annualId));
    const filed = await t.client.as(nip('staffA1'), FILE, {
      id: annualId,
      reason: 'Realisasi tahunan saya tidak dipertimbangkan',
    });
    expect(filed.data?.fileObjection).toMatchObject({ status: 'FILED', version: 1 });
    const id = filed.data!.fileObjection.id as string;

    // Filed, it waits: the history of decided ones does not list it.
    expect(await decidedFor(t.client, 'camat')).toEqual({ totalCount: 0, rows: [] });

    // Who sees it waiting: the pejabat penilai to respond, the atasan to decide.
    const toRespond = async (viewer: string) =>
      (await t.client.as(viewer, TO_RESPOND)).data?.objectionsToRespond.totalCount;
    expect(await toRespond(nip('kasiA'))).toBe(1);
    for (const viewer of ['camat', 'admin', nip('staffA1'), nip('kasiB'), 'analis'])
      expect(await toRespond(viewer)).toBe(0);
    const toDecide = async (viewer: string) => (await t.client.as(viewer, TO_DECIDE)).data;
    expect((await toDecide('camat'))?.objectionsToDecide).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            id,
            daysWaiting: 0,
            decidedOutside: false,
            viewerCanDecide: true,
            viewerCanRecordExternal: false,
            viewerCanRespond: false,
            employee: { name: p.staffA1.name },
          },
        },
      ],
    });
    for (const viewer of [nip('kasiA'), 'admin', nip('staffA1'), nip('kasiB'), 'analis'])
      expect((await toDecide(viewer))?.objectionsToDecide.totalCount).toBe(0);

    // The atasan waits for the response (or 7 days).
    const early = await t.client.as('camat', RESOLVE, {
      id,
      decision: 'REJECTED',
      reason: 'Penilaian sudah sesuai bukti',
    });
    expect(codesOf(early)).toEqual(['CONFLICT']);
    expect(reasonOf(early)).toEqual(['AWAITING_RESPONSE']);

    // Only the pejabat penilai responds, 10–4000 characters, on the version read.
    const response = 'Realisasi 80 % sudah dihitung dalam penilaian tahunan';
    for (const viewer of ['camat', nip('staffA1'), 'admin', nip('kasiB')])
      expect(codesOf(await t.client.as(viewer, RESPOND, { id, response, version: 1 }))).toEqual([
        'FORBIDDEN',
      ]);
    expect(
      fieldsOf(await t.client.as(nip('kasiA'), RESPOND, { id, response: 'pendek', version: 1 })),
    ).toEqual(['response']);
    const staleResponse = await t.client.as(nip('kasiA'), RESPOND, { id, response, version: 2 });
    expect(reasonOf(staleResponse)).toEqual(['STALE_VERSION']);
    const responded = await t.client.as(nip('kasiA'), RESPOND, { id, response, version: 1 });
    expect(responded.errors).toBeUndefined();
    expect(responded.data?.respondToObjection).toMatchObject({ version: 2, response });
    expect(responded.data?.respondToObjection.canDecideFrom).toBe(
      responded.data?.respondToObjection.respondedAt,
    );
    expect(await notices(p.staffA1.id, id)).toEqual(['objection.responded']);
    expect(await notices(p.camat.id, id)).toEqual(['objection.responded']);

    // The atasan has 14 days from the response; a decision after that is refused, changing nothing.
    const window = await t.client.as('camat', WINDOW, { id });
    expect(window.data?.objection).toEqual({ decideBy: '2027-01-19', decisionDaysLeft: 14 });
    const late = await t.client.on('2027-01-20', () =>
      t.client.as('camat', RESOLVE, {
        id,
        decision: 'REJECTED',
        reason: 'Penilaian sudah sesuai bukti',
        version: 2,
      }),
    );
    expect(codesOf(late)).toEqual(['CONFLICT']);
    expect(reasonOf(late)).toEqual(['DECISION_WINDOW_CLOSED']);
    expect((await t.client.as('camat', ONE, { id })).data?.objection).toMatchObject({
      status: 'FILED',
      version: 2,
    });

    // Only the atasan pejabat penilai decides; a stale version is refused.
    for (const viewer of [nip('kasiA'), nip('staffA1'), 'admin', nip('kasiB')])
      expect(
        codesOf(
          await t.client.as(viewer, RESOLVE, {
            id,
            decision: 'REJECTED',
            reason: 'Bukan wewenang saya',
            version: 2,
          }),
        ),
      ).toEqual(['FORBIDDEN']);
    expect(
      codesOf(
        await t.client.as('admin', EXTERNAL, {
          id,
          version: 2,
          input: {
            decision: 'REJECTED',
            reason: 'Atasan ada di dalam sistem',
            decidedBy: 'Sekretaris Daerah',
            referenceNumber: '800/1/2027',
            decisionDate: TODAY,
          },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const stale = await t.client.as('camat', RESOLVE, {
      id,
      decision: 'REJECTED',
      reason: 'Penilaian sudah sesuai bukti',
      version: 1,
    });
    expect(reasonOf(stale)).toEqual(['STALE_VERSION']);
    const upheld = await t.client.as('camat', RESOLVE, {
      id,
      decision: 'UPHELD',
      reason: 'Perilaku kerja ternyata di bawah ekspektasi juga',
      result: 'DI_BAWAH_EKSPEKTASI',
      behavior: 'DI_BAWAH_EKSPEKTASI',
      version: 2,
    });
    expect(upheld.errors).toBeUndefined();
    const decided = upheld.data!.resolveObjection;
    // The predicate comes from the matrix, never entered.
    expect(decided).toMatchObject({
      status: 'UPHELD',
      version: 3,
      decider: { name: p.camat.name },
      revisedEvaluation: { predicate: 'SANGAT_KURANG', revision: 1, revisionOf: { id: annualId } },
    });
    expect(decided.revisedEvaluation.revisionOf.supersededAt).not.toBeNull();
    // The unit's calibration counts follow: the revision's predicate, not the superseded one.
    const counts = await keptAndFreshPredicateCounts(t.db.dataSource);
    expect(counts.kept).toEqual(counts.fresh);
    expect(counts.kept.filter((line) => line.includes('|SANGAT_KURANG|'))).toHaveLength(1);
    // So do the kecamatan summary's result totals: the revision in force, the original not.
    const totals = await keptAndFreshResultTotals(t.db.dataSource);
    expect(totals.kept).toEqual(totals.fresh);
    expect(totals.kept.filter((line) => line.includes('|ANNUAL|SANGAT_KURANG|'))).toHaveLength(1);
    // The required pembinaan follows the revision (still low): relinked, not duplicated.
    const relinked = await t.db.dataSource
      .getRepository(DevelopmentActivity)
      .findBy({ employeeId: p.staffA1.id, required: true });
    expect(relinked.map((activity) => activity.reasonEvaluationId)).toEqual([
      Number(decided.revisedEvaluation.id),
    ]);

    // Deciding twice is refused with its reason, whatever version is sent.
    for (const version of [3, undefined]) {
      const twice = await t.client.as('camat', RESOLVE, {
        id,
        decision: 'REJECTED',
        reason: 'Diputuskan untuk kedua kalinya',
        version,
      });
      expect(reasonOf(twice)).toEqual(['ALREADY_DECIDED']);
    }
    expect(
      reasonOf(await t.client.as(nip('kasiA'), RESPOND, { id, response, version: 3 })),
    ).toEqual(['ALREADY_DECIDED']);
    expect(await notices(p.staffA1.id, id)).toEqual(['objection.responded', 'objection.upheld']);
    expect(await notices(p.kasiA.id, id)).toEqual(['objection.filed', 'objection.upheld']);
    expect(await toRespond(nip('kasiA'))).toBe(0);
    expect((await toDecide('camat'))?.objectionsToDecide.totalCount).toBe(0);
    // The employee reads the response as part of the record; analysts read no objection.
    expect((await t.client.as(nip('staffA1'), ONE, { id })).data?.objection).toMatchObject({
      status: 'UPHELD',
      response,
    });
    expect(codesOf(await t.client.as('analis', ONE, { id }))).toEqual(['NOT_FOUND']);
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .findBy({ entity: 'Objection', entityId: id });
    expect(audit.map((row) => row.action).sort()).toEqual([
      'objection.file',
      'objection.respond',
      'objection.uphold',
    ]);
  });

  it('HR records the decision of an atasan outside the kecamatan for the Camat’s evaluatees, and nobody else decides those', async () => {
    const p = t.org.people;
    const annualId = await finalAnnual('kasiA', 'camat');
    const filed = await t.client.as(nip('kasiA'), FILE, {
      id: annualId,
      reason: 'Capaian seksi saya tidak dipertimbangkan',
    });
    const id = filed.data!.fileObjection.id as string;
    expect((await t.client.as('camat', TO_RESPOND)).data?.objectionsToRespond.totalCount).toBe(1);
    expect((await t.client.as('admin', TO_DECIDE)).data?.objectionsToDecide).toMatchObject({
      totalCount: 1,
      edges: [
        {
          node: { id, decidedOutside: true, viewerCanDecide: false, viewerCanRecordExternal: true },
        },
      ],
    });
    expect((await t.client.as('camat', TO_DECIDE)).data?.objectionsToDecide.totalCount).toBe(0);
    const responded = await t.client.as('camat', RESPOND, {
      id,
      response: 'Capaian seksi sudah dinilai sesuai bukti',
      version: 1,
    });
    expect(responded.errors).toBeUndefined();
    // Without an atasan in the system only the camat's evaluatee is notified of the response.
    expect(await notices(p.kasiA.id, id)).toEqual(['objection.responded']);

    const input = {
      decision: 'REJECTED',
      reason: 'Penilaian pejabat penilai sudah sesuai bukti',
      decidedBy: 'Drs. Hadi, Sekretaris Daerah Kota',
      referenceNumber: '800/123/436.1/2027',
      decisionDate: TODAY,
    };
    for (const viewer of ['camat', nip('kasiA'), nip('staffA1')])
      expect(codesOf(await t.client.as(viewer, EXTERNAL, { id, input, version: 2 }))).toEqual([
        'FORBIDDEN',
      ]);
    for (const viewer of ['camat', 'admin'])
      expect(
        codesOf(
          await t.client.as(viewer, RESOLVE, {
            id,
            decision: 'REJECTED',
            reason: 'Diputuskan di dalam sistem',
          }),
        ),
      ).toEqual(['FORBIDDEN']);
    expect(
      fieldsOf(
        await t.client.as('admin', EXTERNAL, {
          id,
          version: 2,
          input: { ...input, decision: 'UPHELD', decidedBy: ' ', referenceNumber: 'x'.repeat(101) },
        }),
      ),
    ).toEqual(['decidedBy', 'referenceNumber', 'resultRating', 'behaviorRating']);
    for (const decisionDate of ['2027-01-06', '2027-01-04', '2027-02-30'])
      expect(
        fieldsOf(
          await t.client.as('admin', EXTERNAL, {
            id,
            version: 2,
            input: { ...input, decisionDate },
          }),
        ),
      ).toEqual(['decisionDate']);
    expect(reasonOf(await t.client.as('admin', EXTERNAL, { id, input, version: 1 }))).toEqual([
      'STALE_VERSION',
    ]);
    const recorded = await t.client.as('admin', EXTERNAL, { id, input, version: 2 });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordExternalObjectionDecision).toEqual({
      id,
      status: 'REJECTED',
      decider: null,
      externalDecider: 'Drs. Hadi, Sekretaris Daerah Kota',
      externalReferenceNumber: '800/123/436.1/2027',
      externalDecisionDate: TODAY,
      decisionReason: 'Penilaian pejabat penilai sudah sesuai bukti',
      revisedEvaluation: null,
    });
    expect(reasonOf(await t.client.as('admin', EXTERNAL, { id, input, version: 3 }))).toEqual([
      'ALREADY_DECIDED',
    ]);
    expect((await t.client.as(nip('kasiA'), ONE, { id })).data?.objection).toMatchObject({
      externalDecider: 'Drs. Hadi, Sekretaris Daerah Kota',
      externalDecisionDate: TODAY,
    });
    expect(await notices(p.kasiA.id, id)).toEqual(['objection.responded', 'objection.rejected']);
    expect(await notices(p.camat.id, id)).toEqual(['objection.filed', 'objection.rejected']);
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .findOneByOrFail({ entity: 'Objection', entityId: id, action: 'objection.reject' });
    expect(audit.reason).toBe('Penilaian pejabat penilai sudah sesuai bukti');
  });

  it('lists the two objections decided above to whoever may read them, the latest filed first; nobody else sees or counts them', async () => {
    const p = t.org.people;
    const both = {
      totalCount: 2,
      rows: [`${p.kasiA.name}: REJECTED`, `${p.staffA1.name}: UPHELD`],
    };
    // The Camat and HR read every objection; the kasi their own and their staff's.
    for (const viewer of ['camat', 'admin', nip('kasiA')])
      expect(await decidedFor(t.client, viewer)).toEqual(both);
    expect(await decidedFor(t.client, nip('staffA1'))).toEqual({
      totalCount: 1,
      rows: [`${p.staffA1.name}: UPHELD`],
    });
    for (const viewer of [nip('kasiB'), nip('staffA2'), 'analis'])
      expect(await decidedFor(t.client, viewer)).toEqual({ totalCount: 0, rows: [] });
    // What the Keberatan page shows of each row costs as many statements for one row as for two.
    const statements = async (first: number) => {
      t.db.queries.reset();
      const result = await t.client.as('camat', DECIDED_ROWS, { first });
      expect(result.data?.objectionsDecided.edges).toHaveLength(first);
      return t.db.queries.count;
    };
    expect(await statements(2)).toBe(await statements(1));
  });
});
