import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { Notification } from '../../feedback/notification.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { createApprovedCascade, createCycle } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { PerformancePlan } from '../performance-plan.entity';
import { PlanStatus } from '../plan.enums';
import { Realization } from '../realization.entity';
import { WorkTarget } from '../work-target.entity';

const CREATE_PLAN =
  'mutation ($cycleId: ID!) { createPerformancePlan(input: { cycleId: $cycleId }) { id status evaluator { id } behaviorExpectations { coreValue name guides } } }';
const ADD_TARGET = `mutation ($input: AddWorkTargetInput!) { addWorkTarget(input: $input) { id kind parentTarget { id } indicators { id aspect direction target } } }`;
const SUBMIT = 'mutation ($id: ID!) { submitPerformancePlan(id: $id) { id status } }';
const APPROVE = 'mutation ($id: ID!) { approvePerformancePlan(id: $id) { id status } }';
const RETURN =
  'mutation ($id: ID!, $reason: String!) { returnPerformancePlan(id: $id, reason: $reason) { id status returnReason } }';
const REALIZE =
  'mutation ($input: SubmitRealizationInput!) { submitRealization(input: $input) { id value achievement } }';

const indicators = [
  {
    aspect: 'KUANTITAS',
    description: 'Dokumen kependudukan terlayani',
    target: 200,
    unit: 'dokumen',
  },
  { aspect: 'WAKTU', description: 'Rata-rata waktu layanan', target: 3, unit: 'hari' },
];
const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);

describe.each(DRIVERS)('SKP flow on %s', (kind) => {
  const t = useSmallOrg(kind);
  const plans: Record<string, string> = {};
  const targets: Record<string, string> = {};
  let cycleId: string;
  const planStatus = async (who: string) =>
    (
      await t.db.dataSource
        .getRepository(PerformancePlan)
        .findOneByOrFail({ id: Number(plans[who]) })
    ).status;

  beforeAll(async () => {
    // In TW2 of 2026: TW1 may still be reported (until 30 April).
    t.client.today = '2026-04-20';
    cycleId = (await t.client.as('admin', 'mutation { createCycle(input: { year: 2026 }) { id } }'))
      .data?.createCycle.id;
    await t.client.as(
      'admin',
      'mutation ($id: ID!) { setCycleStatus(id: $id, status: ACTIVE) { id } }',
      { id: cycleId },
    );
  });

  it('creates a plan with the supervisor as evaluator and all seven BerAKHLAK values with their guides', async () => {
    const created = await t.client.as(t.org.people.kasiA.nip, CREATE_PLAN, { cycleId });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPerformancePlan).toMatchObject({
      status: 'DRAFT',
      evaluator: { id: String(t.org.people.camat.id) },
    });
    const values = created.data?.createPerformancePlan.behaviorExpectations;
    expect(values.map((v: { coreValue: string }) => v.coreValue)).toEqual([
      'BERORIENTASI_PELAYANAN',
      'AKUNTABEL',
      'KOMPETEN',
      'HARMONIS',
      'LOYAL',
      'ADAPTIF',
      'KOLABORATIF',
    ]);
    expect(values[0]).toMatchObject({
      name: 'Berorientasi Pelayanan',
      guides: expect.arrayContaining(['Ramah, cekatan, solutif, dan dapat diandalkan']),
    });
    plans.kasiA = created.data?.createPerformancePlan.id;
    expect(codesOf(await t.client.as(t.org.people.kasiA.nip, CREATE_PLAN, { cycleId }))).toEqual([
      'CONFLICT',
    ]);
    for (const who of ['camat', 'kasiB', 'staffA1', 'staffA2'] as const) {
      const username = who === 'camat' ? 'camat' : t.org.people[who].nip;
      plans[who] = (await t.client.as(username, CREATE_PLAN, { cycleId })).data
        ?.createPerformancePlan.id;
    }
    expect(codesOf(await t.client.as('admin', CREATE_PLAN, { cycleId }))).toEqual(['FORBIDDEN']);
  });

  it('lets the Camat’s UTAMA targets stand alone but makes everyone else name a supervisor RHK', async () => {
    const camatTarget = await t.client.as('camat', ADD_TARGET, {
      input: {
        planId: plans.camat,
        kind: 'UTAMA',
        description: 'Meningkatnya kualitas pelayanan publik kecamatan',
        indicators,
      },
    });
    expect(camatTarget.errors).toBeUndefined();
    expect(
      camatTarget.data?.addWorkTarget.indicators.map((i: { direction: string }) => i.direction),
    ).toEqual(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']);
    targets.camat = camatTarget.data?.addWorkTarget.id;
    const kasiBTarget = await t.client.as(t.org.people.kasiB.nip, ADD_TARGET, {
      input: {
        planId: plans.kasiB,
        kind: 'UTAMA',
        description: 'Ketertiban umum terjaga di wilayah',
        parentTargetId: targets.camat,
        indicators,
      },
    });
    targets.kasiB = kasiBTarget.data?.addWorkTarget.id;

    const before = await t.db.dataSource.getRepository(WorkTarget).count();
    const orphan = await t.client.as(t.org.people.kasiA.nip, ADD_TARGET, {
      input: {
        planId: plans.kasiA,
        kind: 'UTAMA',
        description: 'Layanan administrasi kependudukan',
        indicators,
      },
    });
    expect(fieldsOf(orphan)).toEqual(['parentTargetId']);
    const wrongParent = await t.client.as(t.org.people.kasiA.nip, ADD_TARGET, {
      input: {
        planId: plans.kasiA,
        kind: 'UTAMA',
        description: 'Layanan administrasi kependudukan',
        parentTargetId: targets.kasiB,
        indicators,
      },
    });
    expect(fieldsOf(wrongParent)).toEqual(['parentTargetId']);
    const noIndicators = await t.client.as(t.org.people.kasiA.nip, ADD_TARGET, {
      input: {
        planId: plans.kasiA,
        kind: 'TAMBAHAN',
        description: 'Piket layanan akhir pekan',
        indicators: [],
      },
    });
    expect(fieldsOf(noIndicators)).toEqual(['indicators']);
    const badIndicator = await t.client.as(t.org.people.kasiA.nip, ADD_TARGET, {
      input: {
        planId: plans.kasiA,
        kind: 'UTAMA',
        parentTargetId: targets.camat,
        description: 'x',
        indicators: [{ ...indicators[0], target: 0 }],
      },
    });
    expect(fieldsOf(badIndicator)).toEqual(['description', 'indicators[0].target']);
    const someoneElse = await t.client.as(t.org.people.staffA1.nip, ADD_TARGET, {
      input: {
        planId: plans.kasiA,
        kind: 'UTAMA',
        description: 'Menyusup ke SKP atasan',
        parentTargetId: targets.camat,
        indicators,
      },
    });
    expect(codesOf(someoneElse)).toEqual(['FORBIDDEN']);
    expect(await t.db.dataSource.getRepository(WorkTarget).count()).toBe(before);

    const good = await t.client.as(t.org.people.kasiA.nip, ADD_TARGET, {
      input: {
        planId: plans.kasiA,
        kind: 'UTAMA',
        description: 'Layanan administrasi kependudukan tepat waktu',
        parentTargetId: targets.camat,
        indicators,
      },
    });
    expect(good.data?.addWorkTarget.parentTarget).toEqual({ id: targets.camat });
    targets.kasiA = good.data?.addWorkTarget.id;
  });

  it('refuses to submit before the supervisor’s plan is approved; the root head’s plan is approved on submission', async () => {
    expect(codesOf(await t.client.as(t.org.people.kasiA.nip, SUBMIT, { id: plans.kasiA }))).toEqual(
      ['CONFLICT'],
    );
    expect(await planStatus('kasiA')).toBe('DRAFT');
    const camat = await t.client.as('camat', SUBMIT, { id: plans.camat });
    expect(camat.data?.submitPerformancePlan.status).toBe('APPROVED');
    expect(
      (await t.client.as(t.org.people.kasiA.nip, SUBMIT, { id: plans.kasiA })).data
        ?.submitPerformancePlan.status,
    ).toBe('SUBMITTED');
    // The pejabat penilai is told there is an SKP to approve: once, for this submission only; the
    // Camat's own plan (approved on submission) notifies nobody.
    const notices = await t.db.dataSource.getRepository(Notification).find({
      where: { kind: 'plan.submitted' },
    });
    expect(notices.map((n) => [n.recipientId, n.entity, n.entityId])).toEqual([
      [t.org.people.camat.id, 'PerformancePlan', String(plans.kasiA)],
    ]);
  });

  it('freezes a submitted plan for its owner and lets only the direct supervisor approve or return it', async () => {
    const edit = await t.client.as(t.org.people.kasiA.nip, ADD_TARGET, {
      input: { planId: plans.kasiA, kind: 'TAMBAHAN', description: 'Tugas tambahan', indicators },
    });
    expect(codesOf(edit)).toEqual(['CONFLICT']);
    for (const viewer of [
      'admin',
      'analis',
      t.org.people.kasiB.nip,
      t.org.people.staffA1.nip,
      t.org.people.kasiA.nip,
    ]) {
      expect(codesOf(await t.client.as(viewer, APPROVE, { id: plans.kasiA }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(fieldsOf(await t.client.as('camat', RETURN, { id: plans.kasiA, reason: '  ' }))).toEqual(
      ['reason'],
    );
    const returned = await t.client.as('camat', RETURN, {
      id: plans.kasiA,
      reason: 'Tambahkan indikator kualitas layanan',
    });
    expect(returned.data?.returnPerformancePlan).toMatchObject({
      status: 'RETURNED',
      returnReason: 'Tambahkan indikator kualitas layanan',
    });
    const seenByOwner = await t.client.as(
      t.org.people.kasiA.nip,
      `{ performancePlan(id: ${plans.kasiA}) { status returnReason } }`,
    );
    expect(seenByOwner.data?.performancePlan).toEqual({
      status: 'RETURNED',
      returnReason: 'Tambahkan indikator kualitas layanan',
    });
    expect(codesOf(await t.client.as('camat', APPROVE, { id: plans.kasiA }))).toEqual(['CONFLICT']);
  });

  it('turns a returned plan back into a draft on edit, then approves and freezes it', async () => {
    const edit = await t.client.as(
      t.org.people.kasiA.nip,
      'mutation ($id: ID!, $input: UpdateWorkTargetInput!) { updateWorkTarget(id: $id, input: $input) { id indicators { aspect } } }',
      {
        id: targets.kasiA,
        input: {
          indicators: [
            ...indicators,
            {
              aspect: 'KUALITAS',
              description: 'Indeks kepuasan masyarakat',
              target: 85,
              unit: '%',
            },
          ],
        },
      },
    );
    expect(edit.data?.updateWorkTarget.indicators.map((i: { aspect: string }) => i.aspect)).toEqual(
      ['KUANTITAS', 'WAKTU', 'KUALITAS'],
    );
    expect(await planStatus('kasiA')).toBe('DRAFT');
    await t.client.as(t.org.people.kasiA.nip, SUBMIT, { id: plans.kasiA });
    expect(
      (await t.client.as('camat', APPROVE, { id: plans.kasiA })).data?.approvePerformancePlan
        .status,
    ).toBe('APPROVED');
    const frozen = await t.client.as(
      t.org.people.kasiA.nip,
      'mutation ($id: ID!) { removeWorkTarget(id: $id) }',
      { id: targets.kasiA },
    );
    expect(codesOf(frozen)).toEqual(['CONFLICT']);
    const actions = (
      await t.db.dataSource
        .getRepository(AuditLog)
        .find({ where: { entity: 'PerformancePlan', entityId: plans.kasiA }, order: { id: 'ASC' } })
    ).map((row) => row.action);
    expect(actions).toEqual([
      'plan.create',
      'plan.submit',
      'plan.return',
      'plan.submit',
      'plan.approve',
    ]);
  });

  it('lets only the pejabat penilai set specific expectations', async () => {
    const SET =
      'mutation ($planId: ID!, $text: String) { setBehaviorExpectation(planId: $planId, coreValue: BERORIENTASI_PELAYANAN, specificExpectation: $text) { coreValue specificExpectation } }';
    const bySupervisor = await t.client.as(t.org.people.kasiA.nip, SET, {
      planId: plans.staffA1,
      text: 'Menjawab setiap aduan warga dalam 1 hari kerja',
    });
    expect(bySupervisor.data?.setBehaviorExpectation.specificExpectation).toBe(
      'Menjawab setiap aduan warga dalam 1 hari kerja',
    );
    expect(
      codesOf(
        await t.client.as(t.org.people.staffA1.nip, SET, {
          planId: plans.staffA1,
          text: 'Saya sendiri',
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codesOf(await t.client.as('camat', SET, { planId: plans.staffA1, text: 'Lompat jalur' })),
    ).toEqual(['FORBIDDEN']);
  });

  it('takes realisations on an approved plan only, with evidence, keeping history', async () => {
    const staff = t.org.people.staffA1.nip;
    const target = await t.client.as(staff, ADD_TARGET, {
      input: {
        planId: plans.staffA1,
        kind: 'UTAMA',
        description: 'Verifikasi berkas KTP-el warga',
        parentTargetId: targets.kasiA,
        indicators,
      },
    });
    const [quantity, time] = target.data?.addWorkTarget.indicators as { id: string }[];
    const early = await t.client.as(staff, REALIZE, {
      input: { indicatorId: quantity.id, period: 'TW1', value: 50, note: 'Rekap' },
    });
    expect(codesOf(early)).toEqual(['CONFLICT']);
    await t.client.as(staff, SUBMIT, { id: plans.staffA1 });
    await t.client.as(t.org.people.kasiA.nip, APPROVE, { id: plans.staffA1 });

    const before = await t.db.dataSource.getRepository(Realization).count();
    const bad = await t.client.as(staff, REALIZE, {
      input: {
        indicatorId: quantity.id,
        period: 'TW1',
        value: -1,
        evidenceUrl: 'javascript:alert(1)',
      },
    });
    expect(fieldsOf(bad)).toEqual(['value', 'evidenceUrl']);
    expect(
      fieldsOf(
        await t.client.as(staff, REALIZE, {
          input: { indicatorId: quantity.id, period: 'TW1', value: 10 },
        }),
      ),
    ).toEqual(['evidenceUrl', 'note']);
    expect(
      codesOf(
        await t.client.as(t.org.people.staffA2.nip, REALIZE, {
          input: { indicatorId: quantity.id, period: 'TW1', value: 10, note: 'bukan milik saya' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codesOf(
        await t.client.as(t.org.people.kasiA.nip, REALIZE, {
          input: { indicatorId: quantity.id, period: 'TW1', value: 10, note: 'atasan' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await t.db.dataSource.getRepository(Realization).count()).toBe(before);

    const first = await t.client.as(staff, REALIZE, {
      input: {
        indicatorId: quantity.id,
        period: 'TW1',
        value: 30,
        evidenceUrl: 'https://arsip.surabaya.go.id/ktp-tw1.pdf',
      },
    });
    // Against TW1's own target: 200 a year split evenly is 50 a quarter.
    expect(first.data?.submitRealization).toMatchObject({ value: 30, achievement: 60 });
    const corrected = await t.client.as(staff, REALIZE, {
      input: {
        indicatorId: quantity.id,
        period: 'TW1',
        value: 260,
        evidenceUrl: 'https://arsip.surabaya.go.id/ktp-tw1-rev.pdf',
        note: 'Data susulan',
      },
    });
    expect(corrected.data?.submitRealization).toMatchObject({ value: 260, achievement: 120 });
    await t.client.as(staff, REALIZE, {
      input: {
        indicatorId: time.id,
        period: 'TW1',
        value: 4,
        note: 'Rata-rata dari register layanan',
      },
    });

    const read = await t.client.as(
      staff,
      `{ performancePlan(id: ${plans.staffA1}) { achievement(period: TW1) tw2: achievement(period: TW2)
      workTargets { indicators { achievement(period: TW1) realization(period: TW1) { value } realizationHistory(period: TW1) { value replacedAt } } } } }`,
    );
    expect(read.errors).toBeUndefined();
    const [q, w] = read.data?.performancePlan.workTargets[0].indicators ?? [];
    expect(q.realization.value).toBe(260);
    expect(
      q.realizationHistory.map((r: { value: number; replacedAt: string | null }) => [
        r.value,
        r.replacedAt === null,
      ]),
    ).toEqual([
      [260, true],
      [30, false],
    ]);
    expect(w.achievement).toBe(75);
    expect(read.data?.performancePlan.achievement).toBe(97.5);
    expect(read.data?.performancePlan.tw2).toBeNull(); // belum dilaporkan, not 0 %
  });

  const PLAN_QUERY = (
    id: string,
  ) => `{ performancePlan(id: ${id}) { id status approach returnReason evaluator { id }
    behaviorExpectations { specificExpectation }
    workTargets { description indicators { target realization(period: TW1) { value evidenceUrl note } } } } }`;

  it('hides plans from colleagues and other teams, in single reads and in counts', async () => {
    for (const viewer of [
      t.org.people.staffA2.nip,
      t.org.people.kasiB.nip,
      t.org.people.staffB1.nip,
    ]) {
      expect(codesOf(await t.client.as(viewer, PLAN_QUERY(plans.staffA1)))).toEqual(['NOT_FOUND']);
    }
    const count = async (viewer: string) =>
      (
        await t.client.as(
          viewer,
          `{ performancePlans(filter: { cycleId: ${cycleId} }) { totalCount } }`,
        )
      ).data?.performancePlans.totalCount;
    expect(await count(t.org.people.staffA2.nip)).toBe(3); // own + the Kasi's and Camat's above (cascade)
    expect(await count(t.org.people.staffA1.nip)).toBe(3);
    expect(await count(t.org.people.kasiA.nip)).toBe(4); // own, two staff, the Camat's
    expect(await count(t.org.people.staffB1.nip)).toBe(2); // no plan of their own: Kasi B's and the Camat's, none of A's
    for (const viewer of ['camat', 'admin']) expect(await count(viewer)).toBe(5);
    // Everyone here is alone in their anonymity set: analysts get aggregates only.
    expect(await count('analis')).toBe(0);
  });

  // What analysts read of a plan they may read: analyst-deidentification.api.test.ts.
  it('shows the owner, supervisor chain, Camat and HR everything; analysts nothing of someone alone in their set', async () => {
    for (const viewer of [t.org.people.staffA1.nip, t.org.people.kasiA.nip, 'camat', 'admin']) {
      const result = await t.client.as(viewer, PLAN_QUERY(plans.staffA1));
      expect({ viewer, errors: result.errors }).toEqual({ viewer, errors: undefined });
      expect(
        result.data?.performancePlan.workTargets[0].indicators[0].realization.evidenceUrl,
      ).toMatch(/^https:/);
    }
    expect(codesOf(await t.client.as('analis', PLAN_QUERY(plans.staffA1)))).toEqual(['NOT_FOUND']);
  });

  it('shows a subordinate the RHK above them but not their supervisor’s indicators or expectations', async () => {
    const result = await t.client.as(
      t.org.people.staffA1.nip,
      `{ performancePlan(id: ${plans.kasiA}) { status approach workTargets { description indicators { target } } } }`,
    );
    expect(result.data?.performancePlan.status).toBe('APPROVED');
    expect(result.data?.performancePlan.workTargets[0].description).toBe(
      'Layanan administrasi kependudukan tepat waktu',
    );
    expect(result.data?.performancePlan.approach).toBeNull();
    expect(result.data?.performancePlan.workTargets[0].indicators).toBeNull();
    expect(codesOf(result)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('builds the cascade for a unit: its people plus the heads above', async () => {
    const result = await t.client.as(
      t.org.people.kasiA.nip,
      `{ planCascade(cycleId: ${cycleId}, unitId: ${t.org.units.unitA.id}) { employee { name } workTargets { id parentTarget { id } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const names = result.data?.planCascade
      .map((plan: { employee: { name: string } }) => plan.employee.name)
      .sort();
    expect(names).toEqual(['Bambang Camat', 'Dewi Staf', 'Eko Staf', 'Siti Kasi']);
  });
});

// From CALIBRATION on, SKP are frozen, as the Camat's confirmation of that step says: no
// submission, approval, return or specific expectation; each refused changes nothing.
describe.each(DRIVERS)('SKP once the cycle is in calibration, on %s', (kind) => {
  const t = useSmallOrg(kind);

  it('refuses every step, changing nothing', async () => {
    const ds = t.db.dataSource;
    const p = t.org.people;
    const cycleId = await createCycle(ds, 2026);
    const cascade = await createApprovedCascade(ds, { cycleId, people: p, staff: ['staffA1'] });
    await ds
      .getRepository(PerformancePlan)
      .update(cascade.kasiA.planId, { status: PlanStatus.SUBMITTED });
    await ds
      .getRepository(PerformancePlan)
      .update(cascade.staffA1.planId, { status: PlanStatus.DRAFT });
    const moved = await t.client.as(
      'camat',
      'mutation ($id: ID!) { setCycleStatus(id: $id, status: CALIBRATION) { status } }',
      { id: String(cycleId) },
    );
    expect(moved.errors).toBeUndefined();
    const written = async () => ({
      plans: await ds.getRepository(PerformancePlan).find({ order: { id: 'ASC' } }),
      audit: await ds.getRepository(AuditLog).count(),
    });
    const before = await written();
    const kasiA = String(cascade.kasiA.planId);
    const staffA1 = String(cascade.staffA1.planId);
    for (const [viewer, query, variables] of [
      ['camat', APPROVE, { id: kasiA }],
      ['camat', RETURN, { id: kasiA, reason: 'Tambahkan indikator kualitas layanan' }],
      [p.staffA1.nip, SUBMIT, { id: staffA1 }],
      [
        p.kasiA.nip,
        'mutation ($id: ID!) { setBehaviorExpectation(planId: $id, coreValue: AKUNTABEL, specificExpectation: "Laporan tepat waktu") { coreValue } }',
        { id: staffA1 },
      ],
    ] as const) {
      const refused = await t.client.as(viewer, query, variables);
      expect([query, refused.errors?.[0].extensions?.reason]).toEqual([query, 'CYCLE_NOT_OPEN']);
    }
    expect(await written()).toEqual(before);
  });
});
