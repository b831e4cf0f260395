import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  reportRealizations,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { Evaluation } from '../evaluation.entity';

const SAVE = `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) {
  id version status predicate predicateLevel achievement suggestedResultRating differsFromSuggestion } }`;
const FINALIZE =
  'mutation ($id: ID!, $version: Int!) { finalizeEvaluation(id: $id, version: $version) { id status version } }';
const FINALIZE_WITH_REASON = `mutation ($id: ID!, $version: Int!, $reason: String) {
  finalizeEvaluation(id: $id, version: $version, reason: $reason) { id status finalizationReason } }`;
const ANNUAL_REASON = 'Laporan tahunan diserahkan di luar aplikasi';
const OBJECT =
  'mutation ($id: ID!, $reason: String!) { fileObjection(evaluationId: $id, reason: $reason) { id status } }';
const RESOLVE = `mutation ($id: ID!, $decision: ObjectionDecision!, $reason: String!, $result: Rating, $behavior: Rating) {
  resolveObjection(id: $id, decision: $decision, reason: $reason, resultRating: $result, behaviorRating: $behavior) { id status revisedEvaluation { id predicate revisionOf { id predicate supersededAt } } } }`;
const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
const ratings = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'] as const;
// After the 2026 year has ended: every period may be drafted and finalised (timing: deadlines.api.test.ts).
const TODAY = '2027-01-05';
const DAY_MS = 24 * 3600 * 1000;

describe.each(DRIVERS)('evaluations on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  const plans: Record<string, ApprovedPlan> = {};
  const input = (
    who: string,
    period: string,
    result: string,
    behavior: string,
    extra: Record<string, unknown> = {},
  ) => ({
    input: {
      planId: String(plans[who].planId),
      period,
      resultRating: result,
      behaviorRating: behavior,
      ...extra,
    },
  });
  const nip = (who: 'kasiA' | 'kasiB' | 'staffA1' | 'staffA2' | 'staffB1') => t.org.people[who].nip;

  beforeAll(async () => {
    t.client.today = TODAY;
    const ds = t.db.dataSource;
    cycleId = await createCycle(ds, 2026);
    const p = t.org.people;
    plans.camat = await createApprovedPlan(ds, { employeeId: p.camat.id, cycleId });
    plans.kasiA = await createApprovedPlan(ds, {
      employeeId: p.kasiA.id,
      cycleId,
      parentTargetId: plans.camat.targetId,
    });
    plans.kasiB = await createApprovedPlan(ds, {
      employeeId: p.kasiB.id,
      cycleId,
      parentTargetId: plans.camat.targetId,
    });
    for (const who of ['staffA1', 'staffA2'] as const)
      plans[who] = await createApprovedPlan(ds, {
        employeeId: p[who].id,
        cycleId,
        parentTargetId: plans.kasiA.targetId,
      });
    plans.staffB1 = await createApprovedPlan(ds, {
      employeeId: p.staffB1.id,
      cycleId,
      parentTargetId: plans.kasiB.targetId,
    });
    await reportRealizations(ds, plans.staffA1, Period.TW1, [100, 100]);
    await reportRealizations(ds, plans.staffA1, Period.ANNUAL, [130, 80]);
  });

  it('lets only the direct supervisor evaluate, and nobody else in the chain, HR or peers', async () => {
    for (const viewer of [
      'camat',
      'admin',
      'analis',
      nip('staffA2'),
      nip('kasiB'),
      nip('staffA1'),
    ]) {
      expect({
        viewer,
        codes: codesOf(
          await t.client.as(
            viewer,
            SAVE,
            input('staffA1', 'TW1', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'),
          ),
        ),
      }).toEqual({ viewer, codes: ['FORBIDDEN'] });
    }
    expect(await t.db.dataSource.getRepository(Evaluation).count()).toBe(0);
    const camatOnKasi = await t.client.as(
      'camat',
      SAVE,
      input('kasiA', 'TW1', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'),
    );
    expect(camatOnKasi.errors).toBeUndefined();
  });

  it('derives achievement, the suggested rating and whether the evaluator differed from it', async () => {
    const saved = await t.client.as(
      nip('kasiA'),
      SAVE,
      input('staffA1', 'TW1', 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', {
        summary: 'Kinerja stabil',
      }),
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveEvaluation).toMatchObject({
      status: 'DRAFT',
      version: 1,
      achievement: 100,
      suggestedResultRating: 'SESUAI_EKSPEKTASI',
      differsFromSuggestion: true,
      predicate: 'BAIK',
    });
    const asInput = await t.client.as(
      nip('kasiA'),
      'mutation { saveEvaluation(input: { planId: "1", period: TW1, resultRating: SESUAI_EKSPEKTASI, behaviorRating: SESUAI_EKSPEKTASI, predicate: SANGAT_BAIK }) { id } }',
    );
    expect(codesOf(asInput)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('walks all nine matrix cells end to end, each update carrying its version', async () => {
    const expected: Record<string, string> = {
      'DI_ATAS_EKSPEKTASI/DI_BAWAH_EKSPEKTASI': 'KURANG',
      'DI_ATAS_EKSPEKTASI/SESUAI_EKSPEKTASI': 'BAIK',
      'DI_ATAS_EKSPEKTASI/DI_ATAS_EKSPEKTASI': 'SANGAT_BAIK',
      'SESUAI_EKSPEKTASI/DI_BAWAH_EKSPEKTASI': 'KURANG',
      'SESUAI_EKSPEKTASI/SESUAI_EKSPEKTASI': 'BAIK',
      'SESUAI_EKSPEKTASI/DI_ATAS_EKSPEKTASI': 'BAIK',
      'DI_BAWAH_EKSPEKTASI/DI_BAWAH_EKSPEKTASI': 'SANGAT_KURANG',
      'DI_BAWAH_EKSPEKTASI/SESUAI_EKSPEKTASI': 'BUTUH_PERBAIKAN',
      'DI_BAWAH_EKSPEKTASI/DI_ATAS_EKSPEKTASI': 'BUTUH_PERBAIKAN',
    };
    let version = (
      await t.db.dataSource
        .getRepository(Evaluation)
        .findOneByOrFail({ planId: plans.staffA1.planId, period: Period.TW1 })
    ).version;
    for (const result of ratings) {
      for (const behavior of ratings) {
        const saved = await t.client.as(
          nip('kasiA'),
          SAVE,
          input('staffA1', 'TW1', result, behavior, { version }),
        );
        expect({
          cell: `${result}/${behavior}`,
          predicate: saved.data?.saveEvaluation.predicate,
        }).toEqual({ cell: `${result}/${behavior}`, predicate: expected[`${result}/${behavior}`] });
        version = saved.data?.saveEvaluation.version;
      }
    }
    const LEVELS = () =>
      `{ evaluations(filter: { period: TW1, employeeId: ${t.org.people.staffA1.id} }) { edges { node { predicate predicateLevel } } } }`;
    // A draft stays with the evaluator's chain: the employee sees nothing until it is final.
    expect((await t.client.as(nip('staffA1'), LEVELS())).data?.evaluations.edges).toEqual([]);
    const levels = await t.client.as(nip('kasiA'), LEVELS());
    expect(levels.data?.evaluations.edges[0].node).toEqual({
      predicate: 'SANGAT_BAIK',
      predicateLevel: 5,
    }); // the last cell saved
  });

  it('refuses a stale or missing version with CONFLICT and changes nothing', async () => {
    const current = await t.db.dataSource
      .getRepository(Evaluation)
      .findOneByOrFail({ planId: plans.staffA1.planId, period: Period.TW1 });
    const stale = await t.client.as(
      nip('kasiA'),
      SAVE,
      input('staffA1', 'TW1', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', {
        version: current.version - 1,
      }),
    );
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    const missing = await t.client.as(
      nip('kasiA'),
      SAVE,
      input('staffA1', 'TW1', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'),
    );
    expect(codesOf(missing)).toEqual(['CONFLICT']);
    expect(missing.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    expect(
      await t.db.dataSource.getRepository(Evaluation).findOneByOrFail({ id: current.id }),
    ).toMatchObject({ version: current.version, predicate: current.predicate });
  });

  it('refuses a version for an evaluation never saved with a STALE_VERSION CONFLICT, creating nothing', async () => {
    const rows = async () => ({
      evaluations: await t.db.dataSource.getRepository(Evaluation).count(),
      audit: await t.db.dataSource.getRepository(AuditLog).count(),
    });
    const before = await rows();
    for (const version of [1, 7]) {
      const result = await t.client.as(
        nip('kasiA'),
        SAVE,
        input('staffA2', 'TW3', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', {
          version,
          valueFeedback: [{ coreValue: 'AKUNTABEL', text: 'Laporan tepat waktu' }],
        }),
      );
      expect(codesOf(result)).toEqual(['CONFLICT']);
      expect(result.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
      expect(result.data?.saveEvaluation ?? null).toBeNull();
    }
    expect(await rows()).toEqual(before);
  });

  it('lets exactly one of two concurrent saves with the same version win', async () => {
    const current = await t.db.dataSource
      .getRepository(Evaluation)
      .findOneByOrFail({ planId: plans.staffA1.planId, period: Period.TW1 });
    const viewer = await t.client.viewer(nip('kasiA'));
    const results = await Promise.all([
      t.client.run(
        viewer,
        SAVE,
        input('staffA1', 'TW1', 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', {
          version: current.version,
        }),
      ),
      t.client.run(
        viewer,
        SAVE,
        input('staffA1', 'TW1', 'DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', {
          version: current.version,
        }),
      ),
    ]);
    const outcomes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data?.saveEvaluation;
    expect(
      await t.db.dataSource.getRepository(Evaluation).findOneByOrFail({ id: current.id }),
    ).toMatchObject({ version: current.version + 1, predicate: winner.predicate });
    // Two concurrent first saves of a new plan and period: one creates, the other conflicts.
    const kasiB = await t.client.viewer('camat');
    const firsts = await Promise.all(
      [1, 2].map(() =>
        t.client.run(kasiB, SAVE, input('kasiB', 'TW2', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI')),
      ),
    );
    expect(firsts.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort()).toEqual([
      'CONFLICT',
      'OK',
    ]);
    // SQLite queues the two: the second sees the first (STALE_VERSION); MariaDB may let both
    // insert, and the unique key refuses one (DUPLICATE).
    expect(['STALE_VERSION', 'DUPLICATE']).toContain(
      firsts.find((r) => r.errors)?.errors?.[0].extensions?.reason,
    );
    expect(
      await t.db.dataSource
        .getRepository(Evaluation)
        .countBy({ planId: plans.kasiB.planId, period: Period.TW2 }),
    ).toBe(1);
  });

  it('freezes a FINAL evaluation; the employee acknowledges it', async () => {
    const current = await t.db.dataSource
      .getRepository(Evaluation)
      .findOneByOrFail({ planId: plans.staffA1.planId, period: Period.TW1 });
    expect(
      codesOf(
        await t.client.as(nip('kasiA'), FINALIZE, { id: current.id, version: current.version - 1 }),
      ),
    ).toEqual(['CONFLICT']);
    const final = await t.client.as(nip('kasiA'), FINALIZE, {
      id: current.id,
      version: current.version,
    });
    expect(final.data?.finalizeEvaluation.status).toBe('FINAL');
    expect(
      codesOf(
        await t.client.as(
          nip('kasiA'),
          SAVE,
          input('staffA1', 'TW1', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', {
            version: current.version + 1,
          }),
        ),
      ),
    ).toEqual(['CONFLICT']);
    expect(
      codesOf(
        await t.client.as(
          nip('kasiA'),
          'mutation ($id: ID!) { acknowledgeEvaluation(id: $id) { id } }',
          { id: current.id },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const ack = await t.client.as(
      nip('staffA1'),
      'mutation ($id: ID!) { acknowledgeEvaluation(id: $id) { status acknowledgedAt } }',
      { id: current.id },
    );
    expect(ack.data?.acknowledgeEvaluation.status).toBe('ACKNOWLEDGED');
    expect(
      codesOf(
        await t.client.as(nip('staffA1'), OBJECT, {
          id: current.id,
          reason: 'Saya keberatan dengan nilai triwulan ini',
        }),
      ),
    ).toEqual(['CONFLICT']);
  });

  it('asks for a written reason to finalise with unreported indicators or an achievement far from the rating, and keeps it', async () => {
    const repo = t.db.dataSource.getRepository(Evaluation);
    await reportRealizations(t.db.dataSource, plans.staffA1, Period.TW2, [110, 110]);
    const cases = [
      // Nothing reported for Staff B1, rated BAIK anyway: the "Baik at 0 %".
      {
        who: 'staffB1',
        evaluator: nip('kasiB'),
        result: 'SESUAI_EKSPEKTASI',
        cause: 'UNREPORTED_INDICATORS',
      },
      // Everything reported at 110 %, rated below expectations: 20 points above its band (< 90 %).
      {
        who: 'staffA1',
        evaluator: nip('kasiA'),
        result: 'DI_BAWAH_EKSPEKTASI',
        cause: 'ACHIEVEMENT_FAR_FROM_RATING',
      },
    ] as const;
    for (const { who, evaluator, result, cause } of cases) {
      const saved = await t.client.as(
        evaluator,
        SAVE,
        input(who, 'TW2', result, 'SESUAI_EKSPEKTASI'),
      );
      const { id, version } = saved.data?.saveEvaluation ?? {};
      for (const reason of [undefined, null, '   ']) {
        const refused = await t.client.as(evaluator, FINALIZE_WITH_REASON, { id, version, reason });
        expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
        const [problem] = refused.errors?.[0]?.extensions?.fields as Record<string, unknown>[];
        expect(problem).toMatchObject({ field: 'reason', reason: 'FINALIZATION_REASON_REQUIRED' });
        expect(problem.params).toMatchObject({ causes: cause, resultRating: result });
      }
      expect((await repo.findOneByOrFail({ id: Number(id) })).status).toBe('DRAFT');
      const text = `  Alasan penilaian ${who} sudah dibahas bersama  `;
      const final = await t.client.as(evaluator, FINALIZE_WITH_REASON, {
        id,
        version,
        reason: text,
      });
      expect(final.errors).toBeUndefined();
      expect(final.data?.finalizeEvaluation).toEqual({
        id,
        status: 'FINAL',
        finalizationReason: text.trim(),
      });
      const audit = await t.db.dataSource
        .getRepository(AuditLog)
        .findOneByOrFail({ action: 'evaluation.finalize', entityId: String(id) });
      expect(audit.reason).toBe(text.trim());
    }
    // Read where the evaluation is read: the employee, the chain, the Camat and HR; not analysts.
    const READ = `{ evaluations(filter: { period: TW2, employeeId: ${t.org.people.staffB1.id} }) { edges { node { finalizationReason } } } }`;
    for (const viewer of [nip('staffB1'), nip('kasiB'), 'camat', 'admin'])
      expect({
        viewer,
        reason: (await t.client.as(viewer, READ)).data?.evaluations.edges[0]?.node
          .finalizationReason,
      }).toEqual({ viewer, reason: 'Alasan penilaian staffB1 sudah dibahas bersama' });
    for (const viewer of [nip('staffA2'), 'analis'])
      expect({ viewer, edges: (await t.client.as(viewer, READ)).data?.evaluations.edges }).toEqual({
        viewer,
        edges: [],
      });
  });

  async function finalAnnual(
    who: 'staffA1' | 'staffA2' | 'staffB1',
    evaluator: string,
    result = 'DI_BAWAH_EKSPEKTASI',
  ) {
    const saved = await t.client.as(
      evaluator,
      SAVE,
      input(who, 'ANNUAL', result, 'SESUAI_EKSPEKTASI'),
    );
    const { id, version } = saved.data?.saveEvaluation ?? {};
    // Nothing is reported for most of these plans: finalising asks for the evaluator's reason.
    await t.client.as(evaluator, FINALIZE_WITH_REASON, { id, version, reason: ANNUAL_REASON });
    return id as string;
  }

  it('takes one objection per annual evaluation within 14 days; the evaluator’s supervisor upholds it with a revision', async () => {
    const annualId = await finalAnnual('staffA1', nip('kasiA'));
    expect(
      fieldsOf(await t.client.as(nip('staffA1'), OBJECT, { id: annualId, reason: 'pendek' })),
    ).toEqual(['reason']);
    expect(
      codesOf(
        await t.client.as(nip('staffA2'), OBJECT, {
          id: annualId,
          reason: 'Bukan penilaian saya sendiri',
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const filed = await t.client.as(nip('staffA1'), OBJECT, {
      id: annualId,
      reason: 'Realisasi kuantitas 130 % tidak dipertimbangkan',
    });
    expect(filed.data?.fileObjection.status).toBe('FILED');
    expect(
      codesOf(
        await t.client.as(nip('staffA1'), OBJECT, {
          id: annualId,
          reason: 'Mengajukan lagi keberatan yang sama',
        }),
      ),
    ).toEqual(['CONFLICT']);
    const objectionId = filed.data?.fileObjection.id;
    // The atasan decides after the pejabat penilai's response (objection.api.test.ts).
    await t.client.as(
      nip('kasiA'),
      'mutation ($id: ID!) { respondToObjection(id: $id, response: "Penilaian sudah berdasarkan bukti", version: 1) { id } }',
      { id: objectionId },
    );
    for (const viewer of [nip('kasiA'), nip('staffA1'), 'admin', nip('kasiB')]) {
      expect(
        codesOf(
          await t.client.as(viewer, RESOLVE, {
            id: objectionId,
            decision: 'REJECTED',
            reason: 'Bukan wewenang saya',
          }),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    expect(
      fieldsOf(
        await t.client.as('camat', RESOLVE, {
          id: objectionId,
          decision: 'UPHELD',
          reason: 'Bukti realisasi valid',
        }),
      ),
    ).toEqual(['resultRating', 'behaviorRating']);
    const upheld = await t.client.as('camat', RESOLVE, {
      id: objectionId,
      decision: 'UPHELD',
      reason: 'Bukti realisasi valid',
      result: 'SESUAI_EKSPEKTASI',
      behavior: 'SESUAI_EKSPEKTASI',
    });
    expect(upheld.errors).toBeUndefined();
    expect(upheld.data?.resolveObjection).toMatchObject({
      status: 'UPHELD',
      revisedEvaluation: {
        predicate: 'BAIK',
        revisionOf: { id: annualId, predicate: 'BUTUH_PERBAIKAN' },
      },
    });
    expect(upheld.data?.resolveObjection.revisedEvaluation.revisionOf.supersededAt).not.toBeNull();
    expect(
      codesOf(
        await t.client.as('camat', RESOLVE, {
          id: objectionId,
          decision: 'REJECTED',
          reason: 'Dua kali diputuskan',
        }),
      ),
    ).toEqual(['CONFLICT']);
    const inbox = await t.client.as(nip('staffA1'), '{ notifications { kind message } }');
    expect(inbox.data?.notifications[0]).toMatchObject({ kind: 'objection.upheld' });
    const current = await t.client.as(
      nip('staffA1'),
      '{ evaluations(filter: { period: ANNUAL }) { totalCount edges { node { predicate revision } } } }',
    );
    expect(current.data?.evaluations).toMatchObject({
      totalCount: 1,
      edges: [{ node: { predicate: 'BAIK', revision: 1 } }],
    });
    const audit = await t.db.dataSource
      .getRepository(AuditLog)
      .findOneByOrFail({ action: 'objection.uphold' });
    expect(audit.reason).toBe('Bukti realisasi valid');
  });

  it('rejects an objection with a notification, and refuses late objections', async () => {
    const annualB = await finalAnnual('staffB1', nip('kasiB'));
    const filed = await t.client.as(nip('staffB1'), OBJECT, {
      id: annualB,
      reason: 'Perilaku kerja saya sesuai ekspektasi',
    });
    await t.client.as(
      nip('kasiB'),
      'mutation ($id: ID!) { respondToObjection(id: $id, response: "Penilaian sudah berdasarkan bukti", version: 1) { id } }',
      {
        id: filed.data?.fileObjection.id,
      },
    );
    const rejected = await t.client.as('camat', RESOLVE, {
      id: filed.data?.fileObjection.id,
      decision: 'REJECTED',
      reason: 'Penilaian sudah sesuai bukti',
    });
    expect(rejected.data?.resolveObjection).toMatchObject({
      status: 'REJECTED',
      revisedEvaluation: null,
    });
    expect(
      (await t.client.as(nip('staffB1'), '{ notifications { kind } }')).data?.notifications[0].kind,
    ).toBe('objection.rejected');
    const lateId = await finalAnnual('staffA2', nip('kasiA'));
    await t.db.dataSource.getRepository(Evaluation).update(Number(lateId), {
      finalizedAt: new Date(Date.parse(`${TODAY}T05:00:00Z`) - 15 * DAY_MS),
    });
    expect(
      codesOf(
        await t.client.as(nip('staffA2'), OBJECT, {
          id: lateId,
          reason: 'Terlambat mengajukan keberatan',
        }),
      ),
    ).toEqual(['CONFLICT']);
  });

  // What analysts read of an evaluation they may read: analyst-deidentification.api.test.ts.
  it('shows evaluations to the employee, the chain, the Camat and HR; analysts none of people alone in their set; colleagues nothing', async () => {
    const q =
      '{ evaluations(filter: { period: TW1 }) { totalCount edges { node { id predicate summary evaluator { id } } } } }';
    const count = async (viewer: string) =>
      (await t.client.as(viewer, q)).data?.evaluations.totalCount;
    expect(await count(nip('staffA1'))).toBe(1);
    expect(await count(nip('staffA2'))).toBe(0);
    expect(await count(nip('staffB1'))).toBe(0);
    expect(await count(nip('kasiA'))).toBe(1); // Staff A1's; their own (by the Camat) is still a draft
    expect(await count(nip('kasiB'))).toBe(0);
    for (const viewer of ['camat', 'admin']) expect(await count(viewer)).toBe(2);
    expect(await count('analis')).toBe(0);
  });

  it('shows a unit head’s evaluation the organisation predicate of their unit', async () => {
    await t.client.as(
      'camat',
      'mutation ($u: ID!, $c: ID!) { setOrganizationPredicate(unitId: $u, cycleId: $c, predicate: BAIK) { id } }',
      { u: String(t.org.units.unitA.id), c: String(cycleId) },
    );
    const result = await t.client.as(
      'camat',
      '{ evaluations(filter: { period: TW1 }) { edges { node { employee { name } organizationPredicate { predicate unit { name } } } } } }',
    );
    const kasi = result.data?.evaluations.edges.find(
      (e: { node: { employee: { name: string } } }) => e.node.employee.name === 'Siti Kasi',
    );
    expect(kasi.node.organizationPredicate).toEqual({
      predicate: 'BAIK',
      unit: { name: 'Seksi Pelayanan' },
    });
  });
});
