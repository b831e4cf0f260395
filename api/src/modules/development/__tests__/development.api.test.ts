import { DistributionGroupBy } from '../../analytics/analytics.types';
import { Employee } from '../../org/employee.entity';
import { EmploymentType } from '../../org/org.enums';
import { CycleStatus, Period } from '../../cycle/cycle.enums';
import { EvaluationFeedback } from '../../evaluation/evaluation-feedback.entity';
import { EvaluationStatus, Rating } from '../../evaluation/evaluation.enums';
import { Notification } from '../../feedback/notification.entity';
import { CoreValue } from '../../plan/plan.enums';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
  reportRealizations,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { DevelopmentActivity } from '../development-activity.entity';
import { DevelopmentPlan } from '../development-plan.entity';
import { ActivityKind, ActivityStatus } from '../development.enums';
import { refreshTrainingEffects } from '../training-effects';
import { TrainingProgram } from '../training-program.entity';

const { DI_BAWAH_EKSPEKTASI: BELOW, SESUAI_EKSPEKTASI: MEETS } = Rating;
const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);

const CREATE_PROGRAM = `mutation ($input: TrainingProgramInput!) {
  createTrainingProgram(input: $input) { id code title hours mode version retiredAt competencies { coreValues aspects } }
}`;
const PROGRAMS = `query ($filter: TrainingProgramFilter) {
  trainingPrograms(filter: $filter) { totalCount edges { node { code } } }
}`;
const RECOMMEND = `query ($employeeId: ID!, $cycleId: ID!) {
  recommendTrainings(employeeId: $employeeId, cycleId: $cycleId) {
    program { code } score
    reasons { kind evaluationId cycleYear period coreValue ratedBelowExpectation improvementFeedbackCount indicatorId indicatorDescription aspect achievement predicate weight }
  }
}`;
const PLAN = `query ($employeeId: ID!, $cycleId: ID!) {
  developmentPlan(employeeId: $employeeId, cycleId: $cycleId) {
    id employee { id } jp { planned done target belowTarget }
    activities { id kind title reason status jp required cancelReason completedOn evidenceUrl outcome version program { code } reasonEvaluation { id } reasonCoreValue }
  }
}`;
const ADD = `mutation ($input: AddDevelopmentActivityInput!) {
  addDevelopmentActivity(input: $input) { id kind title jp status version reasonAspect createdBy { id } }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateDevelopmentActivityInput!) {
  updateDevelopmentActivity(id: $id, input: $input) { id status version completedOn outcome evidenceUrl cancelReason jp }
}`;
const HOURS = `query ($cycleId: ID!, $unitId: ID, $belowTargetOnly: Boolean, $limit: Int, $search: String) {
  developmentHours(cycleId: $cycleId, unitId: $unitId, belowTargetOnly: $belowTargetOnly, search: $search) {
    year totals { employees pns jpPlanned jpDone pnsBelowTarget }
    memberPage(limit: $limit) { totalCount members { employeeId employee { name unit { name } } jp { planned done target belowTarget } } }
  }
}`;
const BY_GROUP = `query ($cycleId: ID!) {
  developmentHoursByGroup(cycleId: $cycleId, groupBy: UNIT) { group suppressed employees jpPlanned jpDone pnsBelowTarget }
}`;
const EFFECTS = `query ($programId: ID) {
  trainingEffects(programId: $programId) { program { code } measure coreValue completions measured improved unchanged declined belowBefore belowToMeets enoughData }
}`;

const programInput = (code: string, extra: Record<string, unknown> = {}) => ({
  input: {
    code,
    title: `Pelatihan ${code}`,
    description: 'Pelatihan untuk ASN Kecamatan Gayungan.',
    competencies: { coreValues: ['BERORIENTASI_PELAYANAN'], aspects: [] },
    hours: 8,
    provider: 'BPSDM Provinsi Jawa Timur',
    mode: 'CLASSROOM',
    ...extra,
  },
});

describe.each(DRIVERS)('development plans on %s', (kind) => {
  const t = useSmallOrg(kind, { extraStaffInA: 3 });
  const cycles = { y2024: 0, y2025: 0, y2026: 0 };
  let staffA1Plan2025: ApprovedPlan;
  let staffA1Annual: number;
  let staffA2Annual: number;
  const programs: Record<string, string> = {};
  const ids = () => ({
    staffA1: String(t.org.people.staffA1.id),
    staffA2: String(t.org.people.staffA2.id),
    staffB1: String(t.org.people.staffB1.id),
  });
  const dataSource = () => t.db.dataSource;

  beforeAll(async () => {
    const p = t.org.people;
    cycles.y2024 = await createCycle(dataSource(), 2024, CycleStatus.CLOSED);
    cycles.y2025 = await createCycle(dataSource(), 2025, CycleStatus.CALIBRATION);
    cycles.y2026 = await createCycle(dataSource(), 2026, CycleStatus.ACTIVE);
    // staffA1, 2025: an annual evaluation with Berorientasi Pelayanan below expectation and an
    // indicator at 60 % (KUANTITAS); the other at 100 % (KUALITAS).
    staffA1Plan2025 = await createApprovedPlan(dataSource(), {
      employeeId: p.staffA1.id,
      cycleId: cycles.y2025,
    });
    await reportRealizations(dataSource(), staffA1Plan2025, Period.ANNUAL, [60, 100]);
    staffA1Annual = await createFinalEvaluation(dataSource(), staffA1Plan2025, {
      period: Period.ANNUAL,
      resultRating: MEETS,
      behaviorRating: MEETS,
    });
    await dataSource()
      .getRepository(EvaluationFeedback)
      .insert([
        {
          evaluationId: staffA1Annual,
          workTargetId: null,
          coreValue: CoreValue.BERORIENTASI_PELAYANAN,
          rating: BELOW,
          text: 'Sering terlambat merespons warga di loket',
        },
        {
          evaluationId: staffA1Annual,
          workTargetId: null,
          coreValue: CoreValue.AKUNTABEL,
          rating: MEETS,
          text: 'Laporan tepat waktu',
        },
      ]);
    // staffA2, 2025: a DRAFT annual evaluation whose predicate will be BUTUH_PERBAIKAN.
    const staffA2Plan = await createApprovedPlan(dataSource(), {
      employeeId: p.staffA2.id,
      cycleId: cycles.y2025,
    });
    staffA2Annual = await createFinalEvaluation(dataSource(), staffA2Plan, {
      period: Period.ANNUAL,
      resultRating: BELOW,
      behaviorRating: MEETS,
      status: EvaluationStatus.DRAFT,
    });
    for (const [code, extra] of [
      ['PLY-01', {}],
      [
        'KOM-01',
        { competencies: { coreValues: ['BERORIENTASI_PELAYANAN', 'KOLABORATIF'], aspects: [] } },
      ],
      ['KUA-01', { competencies: { coreValues: [], aspects: ['KUANTITAS'] }, hours: 4 }],
      ['ARS-01', { competencies: { coreValues: ['AKUNTABEL'], aspects: [] } }],
      ['PMB-01', { competencies: { coreValues: ['KOMPETEN'], aspects: [] }, mode: 'COACHING' }],
    ] as const) {
      const created = await t.client.as('admin', CREATE_PROGRAM, programInput(code, extra));
      expect(created.errors).toBeUndefined();
      programs[code] = created.data!.createTrainingProgram.id;
    }
  }, 60_000);

  describe('catalogue', () => {
    it('is managed by HR only and read by everyone', async () => {
      for (const user of [t.org.people.kasiA.nip, 'camat', 'analis']) {
        const denied = await t.client.as(user, CREATE_PROGRAM, programInput('XXX-01'));
        expect(codesOf(denied)).toEqual(['FORBIDDEN']);
      }
      for (const user of [t.org.people.staffA1.nip, 'analis', 'admin']) {
        const list = await t.client.as(user, PROGRAMS);
        expect(list.data?.trainingPrograms.totalCount).toBe(5);
      }
      expect(await dataSource().getRepository(TrainingProgram).countBy({ code: 'XXX-01' })).toBe(0);
    });

    it('rejects bad programmes naming each field, and duplicate codes, changing nothing', async () => {
      const bad = await t.client.as(
        'admin',
        CREATE_PROGRAM,
        programInput('bad code', {
          hours: 0,
          competencies: { coreValues: [], aspects: [] },
          title: 'x',
        }),
      );
      expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(bad).sort()).toEqual(['code', 'competencies', 'hours', 'title']);
      const duplicate = await t.client.as('admin', CREATE_PROGRAM, programInput('PLY-01'));
      expect(codesOf(duplicate)).toEqual(['CONFLICT']);
      expect(await dataSource().getRepository(TrainingProgram).count()).toBe(5);
    });

    it('edits with the version read, filters by competency, and retires programmes', async () => {
      const created = await t.client.as('admin', CREATE_PROGRAM, programInput('OLD-01'));
      const id = created.data!.createTrainingProgram.id;
      const update = `mutation ($id: ID!, $input: TrainingProgramUpdate!) { updateTrainingProgram(id: $id, input: $input) { hours version } }`;
      const first = await t.client.as('admin', update, { id, input: { version: 1, hours: 12 } });
      expect(first.data?.updateTrainingProgram).toEqual({ hours: 12, version: 2 });
      const stale = await t.client.as('admin', update, { id, input: { version: 1, hours: 16 } });
      expect(codesOf(stale)).toEqual(['CONFLICT']);
      const byValue = await t.client.as('analis', PROGRAMS, {
        filter: { coreValue: 'KOLABORATIF' },
      });
      expect(byValue.data?.trainingPrograms.edges.map((e: any) => e.node.code)).toEqual(['KOM-01']);
      const byAspect = await t.client.as('analis', PROGRAMS, { filter: { aspect: 'KUANTITAS' } });
      expect(byAspect.data?.trainingPrograms.edges.map((e: any) => e.node.code)).toEqual([
        'KUA-01',
      ]);
      const retire = `mutation ($id: ID!, $version: Int!) { retireTrainingProgram(id: $id, version: $version) { retiredAt } }`;
      expect(
        codesOf(await t.client.as(t.org.people.kasiA.nip, retire, { id, version: 2 })),
      ).toEqual(['FORBIDDEN']);
      const retired = await t.client.as('admin', retire, { id, version: 2 });
      expect(retired.data?.retireTrainingProgram.retiredAt).toEqual(expect.any(String));
      const offered = await t.client.as('admin', PROGRAMS);
      expect(offered.data?.trainingPrograms.edges.map((e: any) => e.node.code)).not.toContain(
        'OLD-01',
      );
      const all = await t.client.as('admin', PROGRAMS, { filter: { includeRetired: true } });
      expect(all.data?.trainingPrograms.edges.map((e: any) => e.node.code)).toContain('OLD-01');
      const adding = await t.client.as(t.org.people.kasiA.nip, ADD, {
        input: {
          employeeId: ids().staffA1,
          cycleId: String(cycles.y2026),
          kind: 'TRAINING',
          programId: id,
          reason: 'Pelatihan lama yang sudah tidak ditawarkan',
        },
      });
      expect(fieldsOf(adding)).toEqual(['programId']);
    });

    it('tells whoever may retire a programme how many people it touches, before they do', async () => {
      const created = await t.client.as('admin', CREATE_PROGRAM, programInput('RET-01'));
      const programId = Number(created.data!.createTrainingProgram.id);
      const preview = `query ($id: ID!) { trainingProgramRetirement(id: $id) { programId openActivities openEmployees completedEmployees } }`;
      const p = t.org.people;
      const plans = dataSource().getRepository(DevelopmentPlan);
      const createdPlans: number[] = [];
      const planOf = async (employeeId: number) => {
        const existing = await plans.findOneBy({ employeeId, cycleId: cycles.y2025 });
        if (existing) return existing;
        const plan = await plans.save({ employeeId, cycleId: cycles.y2025 });
        createdPlans.push(plan.id);
        return plan;
      };
      // staffA1: two open (one person); staffB1: one open; kasiA: done; staffA2: cancelled.
      const inserted: number[] = [];
      for (const [employeeId, status] of [
        [p.staffA1.id, ActivityStatus.PLANNED],
        [p.staffA1.id, ActivityStatus.IN_PROGRESS],
        [p.staffB1.id, ActivityStatus.PLANNED],
        [p.kasiA.id, ActivityStatus.DONE],
        [p.staffA2.id, ActivityStatus.CANCELLED],
      ] as const) {
        const result = await dataSource()
          .getRepository(DevelopmentActivity)
          .insert({
            planId: (await planOf(employeeId)).id,
            employeeId,
            kind: ActivityKind.TRAINING,
            programId,
            title: 'Pelatihan RET-01',
            reason: 'Uji penghentian program',
            jp: 8,
            status,
            completedOn: status === ActivityStatus.DONE ? '2025-05-01' : null,
            cancelReason: status === ActivityStatus.CANCELLED ? 'Batal' : null,
          });
        inserted.push(Number(result.identifiers[0].id));
      }
      const hr = await t.client.as('admin', preview, { id: String(programId) });
      expect(hr.errors).toBeUndefined();
      expect(hr.data?.trainingProgramRetirement).toEqual({
        programId: String(programId),
        openActivities: 3,
        openEmployees: 2,
        completedEmployees: 1,
      });
      // Only those who may retire see it; an unknown programme is not found.
      for (const viewer of [p.kasiA.nip, 'camat', 'analis'])
        expect(codesOf(await t.client.as(viewer, preview, { id: String(programId) }))).toEqual([
          'FORBIDDEN',
        ]);
      expect(codesOf(await t.client.as('admin', preview, { id: '999999' }))).toEqual(['NOT_FOUND']);
      // A programme nobody took touches nobody.
      const fresh = await t.client.as('admin', CREATE_PROGRAM, programInput('RET-02'));
      const none = await t.client.as('admin', preview, {
        id: fresh.data!.createTrainingProgram.id,
      });
      expect(none.data?.trainingProgramRetirement).toMatchObject({
        openActivities: 0,
        openEmployees: 0,
        completedEmployees: 0,
      });
      // Leave the later tests' data as it was: no activities, and both programmes retired.
      await dataSource().getRepository(DevelopmentActivity).delete(inserted);
      if (createdPlans.length) await plans.delete(createdPlans);
      const retire = `mutation ($id: ID!) { retireTrainingProgram(id: $id, version: 1) { retiredAt } }`;
      for (const id of [String(programId), fresh.data!.createTrainingProgram.id])
        expect((await t.client.as('admin', retire, { id })).errors).toBeUndefined();
    });
  });

  describe('recommendations', () => {
    it('rank programmes by the weaknesses of the latest evaluation, with their reasons', async () => {
      const result = await t.client.as(t.org.people.kasiA.nip, RECOMMEND, {
        employeeId: ids().staffA1,
        cycleId: String(cycles.y2026),
      });
      expect(result.errors).toBeUndefined();
      const list = result.data!.recommendTrainings;
      // Berorientasi Pelayanan below expectation weighs 3; the KUANTITAS indicator at 60 % weighs 1.8.
      expect(list.map((r: any) => [r.program.code, r.score])).toEqual([
        ['KOM-01', 3],
        ['PLY-01', 3],
        ['KUA-01', 1.8],
      ]);
      expect(list[0].reasons).toEqual([
        expect.objectContaining({
          kind: 'CORE_VALUE',
          evaluationId: String(staffA1Annual),
          cycleYear: 2025,
          period: 'ANNUAL',
          coreValue: 'BERORIENTASI_PELAYANAN',
          ratedBelowExpectation: true,
          weight: 3,
        }),
      ]);
      expect(list[2].reasons).toEqual([
        expect.objectContaining({
          kind: 'INDICATOR',
          indicatorId: String(staffA1Plan2025.indicatorIds[0]),
          aspect: 'KUANTITAS',
          achievement: 60,
          weight: 1.8,
        }),
      ]);
    });

    it('are read by the employee and the people above them, never by colleagues or analysts', async () => {
      const vars = { employeeId: ids().staffA1, cycleId: String(cycles.y2026) };
      for (const user of [t.org.people.staffA1.nip, 'camat', 'admin'])
        expect((await t.client.as(user, RECOMMEND, vars)).errors).toBeUndefined();
      for (const user of [t.org.people.staffA2.nip, t.org.people.kasiB.nip, 'analis'])
        expect(codesOf(await t.client.as(user, RECOMMEND, vars))).toEqual(['FORBIDDEN']);
    });
  });

  describe('plans', () => {
    let activityId: string;

    it('are built by the supervisor chain from a recommendation, and leave it out afterwards', async () => {
      const input = {
        employeeId: ids().staffA1,
        cycleId: String(cycles.y2026),
        kind: 'TRAINING',
        programId: programs['KOM-01'],
        reason: 'Berorientasi Pelayanan di bawah ekspektasi pada penilaian tahunan 2025',
        reasonEvaluationId: String(staffA1Annual),
        reasonCoreValue: 'BERORIENTASI_PELAYANAN',
        dueDate: '2026-12-15',
      };
      for (const user of [
        t.org.people.staffA1.nip,
        t.org.people.staffA2.nip,
        t.org.people.kasiB.nip,
        'admin',
        'analis',
      ])
        expect(codesOf(await t.client.as(user, ADD, { input }))).toEqual(['FORBIDDEN']);
      const added = await t.client.as(t.org.people.kasiA.nip, ADD, { input });
      expect(added.errors).toBeUndefined();
      expect(added.data?.addDevelopmentActivity).toMatchObject({
        kind: 'TRAINING',
        title: 'Pelatihan KOM-01',
        jp: 8,
        status: 'PLANNED',
        version: 1,
        createdBy: { id: String(t.org.people.kasiA.id) },
      });
      activityId = added.data!.addDevelopmentActivity.id;
      const again = await t.client.as('camat', ADD, { input });
      expect(codesOf(again)).toEqual(['CONFLICT']);
      const rec = await t.client.as(t.org.people.kasiA.nip, RECOMMEND, {
        employeeId: ids().staffA1,
        cycleId: String(cycles.y2026),
      });
      expect(rec.data?.recommendTrainings.map((r: any) => r.program.code)).toEqual([
        'PLY-01',
        'KUA-01',
      ]);
      // The camat, higher in the chain, adds free-form mentoring linked to the indicator.
      const mentoring = await t.client.as('camat', ADD, {
        input: {
          employeeId: ids().staffA1,
          cycleId: String(cycles.y2026),
          kind: 'MENTORING',
          title: 'Mentoring penyusunan rekap layanan',
          reason: 'Indikator kuantitas layanan hanya 60 % pada 2025',
          reasonIndicatorId: String(staffA1Plan2025.indicatorIds[0]),
          jp: 6,
        },
      });
      expect(mentoring.data?.addDevelopmentActivity).toMatchObject({
        kind: 'MENTORING',
        jp: 6,
        reasonAspect: 'KUANTITAS',
      });
    });

    it('rejects bad activities naming each field, changing nothing', async () => {
      const before = await dataSource().getRepository(DevelopmentActivity).count();
      const bad = await t.client.as(t.org.people.kasiA.nip, ADD, {
        input: {
          employeeId: ids().staffA1,
          cycleId: String(cycles.y2026),
          kind: 'COACHING',
          programId: programs['PLY-01'],
          title: 'ab',
          reason: 'short',
          reasonEvaluationId: String(staffA2Annual),
          dueDate: '2026-02-30',
        },
      });
      expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(bad).sort()).toEqual([
        'dueDate',
        'jp',
        'programId',
        'reason',
        'reasonEvaluationId',
        'title',
      ]);
      const closed = await t.client.as(t.org.people.kasiA.nip, ADD, {
        input: {
          employeeId: ids().staffA1,
          cycleId: String(cycles.y2024),
          kind: 'COACHING',
          title: 'Pembinaan',
          reason: 'Terlambat merespons warga',
          jp: 2,
        },
      });
      expect(codesOf(closed)).toEqual(['CONFLICT']);
      expect(await dataSource().getRepository(DevelopmentActivity).count()).toBe(before);
    });

    it('are read by the employee, the chain, HR and the camat; not by colleagues or analysts', async () => {
      const vars = { employeeId: ids().staffA1, cycleId: String(cycles.y2026) };
      for (const user of [t.org.people.staffA1.nip, t.org.people.kasiA.nip, 'camat', 'admin']) {
        const result = await t.client.as(user, PLAN, vars);
        expect(result.errors).toBeUndefined();
        expect(result.data?.developmentPlan.activities).toHaveLength(2);
        expect(result.data?.developmentPlan.jp).toEqual({
          planned: 14,
          done: 0,
          target: 20,
          belowTarget: true,
        });
      }
      for (const user of [t.org.people.staffA2.nip, t.org.people.kasiB.nip, 'analis'])
        expect(codesOf(await t.client.as(user, PLAN, vars))).toEqual(['FORBIDDEN']);
      const none = await t.client.as('admin', PLAN, {
        employeeId: ids().staffB1,
        cycleId: String(cycles.y2026),
      });
      expect(none.errors).toBeUndefined();
      expect(none.data?.developmentPlan).toBeNull();
    });

    it('take progress, outcome and evidence from the employee; anything else only from the chain', async () => {
      const me = t.org.people.staffA1.nip;
      const started = await t.client.as(me, UPDATE, {
        id: activityId,
        input: { version: 1, status: 'IN_PROGRESS' },
      });
      expect(started.data?.updateDevelopmentActivity).toMatchObject({
        status: 'IN_PROGRESS',
        version: 2,
      });
      const jp = await t.client.as(me, UPDATE, { id: activityId, input: { version: 2, jp: 40 } });
      expect(codesOf(jp)).toEqual(['FORBIDDEN']);
      expect(jp.errors?.[0].extensions?.fields).toEqual(['jp']);
      const cancel = await t.client.as(me, UPDATE, {
        id: activityId,
        input: { version: 2, status: 'CANCELLED' },
      });
      expect(codesOf(cancel)).toEqual(['FORBIDDEN']);
      const colleague = await t.client.as(t.org.people.staffA2.nip, UPDATE, {
        id: activityId,
        input: { version: 2, status: 'DONE' },
      });
      expect(codesOf(colleague)).toEqual(['NOT_FOUND']);
      const badUrl = await t.client.as(me, UPDATE, {
        id: activityId,
        input: { version: 2, status: 'DONE', evidenceUrl: 'javascript:alert(1)' },
      });
      expect(fieldsOf(badUrl)).toEqual(['evidenceUrl']);
      const stale = await t.client.as(me, UPDATE, {
        id: activityId,
        input: { version: 1, status: 'DONE' },
      });
      expect(codesOf(stale)).toEqual(['CONFLICT']);
      const done = await t.client.as(me, UPDATE, {
        id: activityId,
        input: {
          version: 2,
          status: 'DONE',
          outcome: 'Lulus dengan nilai 86; menerapkan SOP sapa warga',
          evidenceUrl: 'https://arsip.gayungan.surabaya.go.id/sertifikat/kom-01.pdf',
        },
      });
      expect(done.errors).toBeUndefined();
      expect(done.data?.updateDevelopmentActivity).toMatchObject({
        status: 'DONE',
        version: 3,
        completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      const reopen = await t.client.as(t.org.people.kasiA.nip, UPDATE, {
        id: activityId,
        input: { version: 3, status: 'PLANNED' },
      });
      expect(codesOf(reopen)).toEqual(['CONFLICT']);
      const plan = await t.client.as(me, PLAN, {
        employeeId: ids().staffA1,
        cycleId: String(cycles.y2026),
      });
      expect(plan.data?.developmentPlan.jp).toMatchObject({ planned: 14, done: 8 });
    });

    it('keep a closed year’s activities as they stand, for the employee and the chain alike', async () => {
      const plans = dataSource().getRepository(DevelopmentPlan);
      const employeeId = t.org.people.staffA1.id;
      const plan =
        (await plans.findOneBy({ employeeId, cycleId: cycles.y2024 })) ??
        (await plans.save({ employeeId, cycleId: cycles.y2024 }));
      const inserted = await dataSource().getRepository(DevelopmentActivity).insert({
        planId: plan.id,
        employeeId,
        kind: ActivityKind.COACHING,
        title: 'Pembinaan pelayanan loket',
        reason: 'Terlambat merespons warga di loket',
        jp: 2,
        status: ActivityStatus.IN_PROGRESS,
      });
      const id = String(inserted.identifiers[0].id);
      const before = await dataSource()
        .getRepository(DevelopmentActivity)
        .findOneByOrFail({
          id: Number(id),
        });
      for (const [viewer, input] of [
        [t.org.people.staffA1.nip, { version: before.version, status: 'DONE' }],
        [t.org.people.kasiA.nip, { version: before.version, jp: 4 }],
      ] as const) {
        const refused = await t.client.as(viewer, UPDATE, { id, input });
        expect([viewer, refused.errors?.[0].extensions?.reason]).toEqual([viewer, 'CYCLE_CLOSED']);
      }
      expect(
        await dataSource()
          .getRepository(DevelopmentActivity)
          .findOneByOrFail({ id: Number(id) }),
      ).toEqual(before);
    });
  });

  describe('required pembinaan', () => {
    let coachingId: number;

    it('is created in the next plan when a FINAL annual predicate is BUTUH_PERBAIKAN, with notices', async () => {
      const finalize = await t.client.as(
        t.org.people.kasiA.nip,
        'mutation ($id: ID!) { finalizeEvaluation(id: $id, version: 1) { predicate } }',
        { id: String(staffA2Annual) },
      );
      expect(finalize.data?.finalizeEvaluation.predicate).toBe('BUTUH_PERBAIKAN');
      const plan = await t.client.as(t.org.people.staffA2.nip, PLAN, {
        employeeId: ids().staffA2,
        cycleId: String(cycles.y2026),
      });
      expect(plan.data?.developmentPlan.activities).toEqual([
        expect.objectContaining({
          kind: 'COACHING',
          required: true,
          status: 'PLANNED',
          reasonEvaluation: { id: String(staffA2Annual) },
        }),
      ]);
      coachingId = Number(plan.data!.developmentPlan.activities[0].id);
      const notices = await dataSource()
        .getRepository(Notification)
        .findBy({ kind: 'development.pembinaan', entityId: String(coachingId) });
      expect(notices.map((n) => n.recipientId).sort()).toEqual(
        [t.org.people.staffA2.id, t.org.people.kasiA.id].sort(),
      );
    });

    it('cannot be cancelled without a reason, and is cancelled when an objection lifts the predicate', async () => {
      const noReason = await t.client.as(t.org.people.kasiA.nip, UPDATE, {
        id: String(coachingId),
        input: { version: 1, status: 'CANCELLED' },
      });
      expect(fieldsOf(noReason)).toEqual(['cancelReason']);
      const row = await dataSource()
        .getRepository(DevelopmentActivity)
        .findOneByOrFail({ id: coachingId });
      expect(row.status).toBe(ActivityStatus.PLANNED);
      const filed = await t.client.as(
        t.org.people.staffA2.nip,
        'mutation ($id: ID!) { fileObjection(evaluationId: $id, reason: "Realisasi triwulan IV belum dihitung") { id } }',
        { id: String(staffA2Annual) },
      );
      expect(filed.errors).toBeUndefined();
      await t.client.as(
        t.org.people.kasiA.nip,
        'mutation ($id: ID!) { respondToObjection(id: $id, response: "Penilaian sudah berdasarkan bukti", version: 1) { id } }',
        {
          id: filed.data!.fileObjection.id,
        },
      );
      const upheld = await t.client.as(
        'camat',
        'mutation ($id: ID!) { resolveObjection(id: $id, decision: UPHELD, reason: "Realisasi triwulan IV terbukti lengkap", resultRating: SESUAI_EKSPEKTASI, behaviorRating: SESUAI_EKSPEKTASI) { status } }',
        { id: filed.data!.fileObjection.id },
      );
      expect(upheld.errors).toBeUndefined();
      const after = await dataSource()
        .getRepository(DevelopmentActivity)
        .findOneByOrFail({ id: coachingId });
      expect(after.status).toBe(ActivityStatus.CANCELLED);
      expect(after.cancelReason).toMatch(/direvisi menjadi Baik/);
    });

    it('is created for the year before when HR opens a new cycle, and cancelled only with a reason', async () => {
      const plan = await createApprovedPlan(dataSource(), {
        employeeId: t.org.people.staffB1.id,
        cycleId: cycles.y2026,
      });
      await createFinalEvaluation(dataSource(), plan, {
        period: Period.ANNUAL,
        resultRating: MEETS,
        behaviorRating: BELOW,
      });
      const created = await t.client.as(
        'admin',
        'mutation { createCycle(input: { year: 2027 }) { id } }',
      );
      expect(created.errors).toBeUndefined();
      const cycleId = created.data!.createCycle.id;
      const result = await t.client.as(t.org.people.kasiB.nip, PLAN, {
        employeeId: ids().staffB1,
        cycleId,
      });
      const [coaching] = result.data!.developmentPlan.activities;
      expect(coaching).toMatchObject({ required: true, kind: 'COACHING', status: 'PLANNED' });
      const employee = await t.client.as(t.org.people.staffB1.nip, UPDATE, {
        id: coaching.id,
        input: { version: 1, status: 'CANCELLED', cancelReason: 'Saya tidak mau ikut' },
      });
      expect(codesOf(employee)).toEqual(['FORBIDDEN']);
      // Its reason is the predicate's (worded by each client in its language): not rewritten.
      const reworded = await t.client.as(t.org.people.kasiB.nip, UPDATE, {
        id: coaching.id,
        input: { version: 1, reason: 'Kurang disiplin dalam pelaporan realisasi' },
      });
      expect(codesOf(reworded)).toEqual(['BAD_USER_INPUT']);
      expect(reworded.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({ field: 'reason', reason: 'REQUIRED_REASON_FIXED' }),
      ]);
      const kept = await dataSource()
        .getRepository(DevelopmentActivity)
        .findOneByOrFail({ id: Number(coaching.id) });
      expect([kept.reason, kept.version]).toEqual([coaching.reason, 1]);
      const cancelled = await t.client.as(t.org.people.kasiB.nip, UPDATE, {
        id: coaching.id,
        input: {
          version: 1,
          status: 'CANCELLED',
          cancelReason: 'Pegawai mutasi ke kecamatan lain per 1 Januari',
        },
      });
      expect(cancelled.data?.updateDevelopmentActivity).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'Pegawai mutasi ke kecamatan lain per 1 Januari',
      });
    });
  });

  describe('JP', () => {
    it('sums per employee and for the viewer’s line or the kecamatan', async () => {
      // staffA1 has 14 JP planned (8 done) in 2026; nobody else has JP in 2026.
      const cycleId = String(cycles.y2026);
      const team = await t.client.as(t.org.people.kasiA.nip, HOURS, { cycleId });
      // kasiA reads their own and their five staff members'.
      expect(team.data?.developmentHours.totals).toEqual({
        employees: 6,
        pns: 6,
        jpPlanned: 14,
        jpDone: 8,
        pnsBelowTarget: 6,
      });
      const kecamatan = await t.client.as('admin', HOURS, { cycleId });
      expect(kecamatan.data?.developmentHours.totals).toMatchObject({
        employees: 9,
        jpPlanned: 14,
        jpDone: 8,
        pnsBelowTarget: 9,
      });
      const unitB = await t.client.as('camat', HOURS, {
        cycleId,
        unitId: String(t.org.units.unitB.id),
      });
      expect(unitB.data?.developmentHours.totals.employees).toBe(2);
      const self = await t.client.as(t.org.people.staffA1.nip, HOURS, { cycleId });
      expect(self.data?.developmentHours.memberPage.members).toEqual([
        expect.objectContaining({
          employeeId: ids().staffA1,
          jp: { planned: 14, done: 8, target: 20, belowTarget: true },
        }),
      ]);
      const analyst = await t.client.as('analis', HOURS, { cycleId });
      expect(analyst.data?.developmentHours.totals.employees).toBe(0);
      expect(analyst.data?.developmentHours.memberPage.members).toEqual([]);
    });

    it('searches the list by part of a name or the start of a NIP, within the viewer’s line only', async () => {
      const cycleId = String(cycles.y2026);
      const { staffA1, staffB1, kasiA } = t.org.people;
      const listed = async (viewer: string, search: string) => {
        const result = await t.client.as(viewer, HOURS, { cycleId, search });
        expect(result.errors).toBeUndefined();
        return result.data!.developmentHours;
      };
      // A name fragment in another case, and a NIP prefix, both find staffA1.
      const byName = await listed('admin', `  ${staffA1.name.slice(2, 8).toUpperCase()} `);
      expect(byName.memberPage.members.map((member: any) => member.employeeId)).toContain(
        String(staffA1.id),
      );
      const byNip = await listed('admin', staffA1.nip.slice(0, 14));
      expect(byNip.memberPage.members.map((member: any) => member.employeeId)).toContain(
        String(staffA1.id),
      );
      // The search narrows the list, not the totals.
      const narrow = await listed('admin', staffA1.nip);
      expect(narrow.memberPage.totalCount).toBe(1);
      expect(narrow.totals.employees).toBe(9);
      // Someone outside kasiA's line is neither listed nor counted, whatever is searched.
      const outside = await listed(kasiA.nip, staffB1.nip);
      expect(outside.memberPage.totalCount).toBe(0);
      expect(outside.memberPage.members).toEqual([]);
      // Too long a search is refused, naming the argument.
      const tooLong = await t.client.as('admin', HOURS, { cycleId, search: 'x'.repeat(101) });
      expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(tooLong)).toEqual(['search']);
    });

    it('gives analysts de-identified totals per group, small groups suppressed', async () => {
      const groups = await t.client.as('analis', BY_GROUP, { cycleId: String(cycles.y2026) });
      expect(groups.errors).toBeUndefined();
      expect(groups.data?.developmentHoursByGroup).toEqual([
        {
          group: 'Kecamatan Uji',
          suppressed: true,
          employees: null,
          jpPlanned: null,
          jpDone: null,
          pnsBelowTarget: null,
        },
        {
          group: 'Seksi Pelayanan',
          suppressed: false,
          employees: 6,
          jpPlanned: 14,
          jpDone: 8,
          pnsBelowTarget: 6,
        },
        {
          group: 'Seksi Trantib',
          suppressed: true,
          employees: null,
          jpPlanned: null,
          jpDone: null,
          pnsBelowTarget: null,
        },
      ]);
      expect(
        codesOf(
          await t.client.as(t.org.people.staffA1.nip, BY_GROUP, { cycleId: String(cycles.y2026) }),
        ),
      ).toEqual(['FORBIDDEN']);
      // HR reads every plan by name: nothing to suppress.
      const hr = await t.client.as('admin', BY_GROUP, { cycleId: String(cycles.y2026) });
      expect(
        hr.data?.developmentHoursByGroup.map((g: any) => [g.group, g.suppressed, g.employees]),
      ).toEqual([
        ['Kecamatan Uji', false, 1],
        ['Seksi Pelayanan', false, 6],
        ['Seksi Trantib', false, 2],
      ]);
    });

    it('groups by every dimension (employment type too, on MariaDB), each adding up to the totals', async () => {
      const cycleId = String(cycles.y2026);
      const hours = await t.client.as('admin', HOURS, { cycleId });
      const { totals } = hours.data!.developmentHours;
      const groupedBy = `query ($cycleId: ID!, $groupBy: DistributionGroupBy!) {
        developmentHoursByGroup(cycleId: $cycleId, groupBy: $groupBy) { group employees jpPlanned jpDone pnsBelowTarget }
      }`;
      for (const groupBy of Object.values(DistributionGroupBy)) {
        const result = await t.client.as('admin', groupedBy, { cycleId, groupBy });
        expect(result.errors).toBeUndefined();
        const groups: ({ group: string } & Record<string, number>)[] =
          result.data?.developmentHoursByGroup;
        const sum = (key: string) => groups.reduce((total, group) => total + group[key], 0);
        expect([
          groupBy,
          ...['employees', 'jpPlanned', 'jpDone', 'pnsBelowTarget'].map(sum),
        ]).toEqual([
          groupBy,
          totals.employees,
          totals.jpPlanned,
          totals.jpDone,
          totals.pnsBelowTarget,
        ]);
        if (groupBy === DistributionGroupBy.EMPLOYMENT_TYPE)
          for (const group of groups)
            if (group.group !== String(EmploymentType.PNS)) expect(group.pnsBelowTarget).toBe(0);
      }
    });
  });

  describe('effect of training', () => {
    // Hand-computed fixture, 2024: TW1 rated before, training completed 1 May, TW3 rated after.
    // ARS-01 (Akuntabel), six people: four BELOW → MEETS, one BELOW → BELOW, one MEETS → MEETS
    //   → completions 6, measured 6, improved 4, unchanged 2, below before 5, below → meets 4.
    // PLY-01 (Berorientasi Pelayanan), two people: BELOW → MEETS, and one without an after rating
    //   → completions 2, measured 1: too little data.
    beforeAll(async () => {
      const p = t.org.people;
      const people = [p.kasiA, p.kasiB, p.staffB1, ...t.org.extra];
      const ratings: [Rating, Rating | null][] = [
        [BELOW, MEETS],
        [BELOW, MEETS],
        [BELOW, MEETS],
        [BELOW, MEETS],
        [BELOW, BELOW],
        [MEETS, MEETS],
      ];
      const train = async (
        employeeId: number,
        programCode: string,
        coreValue: CoreValue,
        [before, after]: [Rating, Rating | null],
      ) => {
        const plan = await createApprovedPlan(dataSource(), { employeeId, cycleId: cycles.y2024 });
        for (const [period, rating] of [
          [Period.TW1, before],
          [Period.TW3, after],
        ] as const) {
          if (!rating) continue;
          const evaluationId = await createFinalEvaluation(dataSource(), plan, {
            period,
            resultRating: MEETS,
            behaviorRating: MEETS,
          });
          await dataSource()
            .getRepository(EvaluationFeedback)
            .insert({ evaluationId, workTargetId: null, coreValue, rating, text: 'Catatan' });
        }
        const devPlan = await dataSource()
          .getRepository(DevelopmentPlan)
          .insert({ employeeId, cycleId: cycles.y2024 });
        const program = await dataSource()
          .getRepository(TrainingProgram)
          .findOneByOrFail({ code: programCode });
        await dataSource()
          .getRepository(DevelopmentActivity)
          .insert({
            planId: Number(devPlan.identifiers[0].id),
            employeeId,
            kind: ActivityKind.TRAINING,
            programId: program.id,
            title: program.title,
            reason: 'Di bawah ekspektasi pada triwulan I 2024',
            jp: program.hours,
            status: ActivityStatus.DONE,
            completedOn: '2024-05-01',
          });
      };
      for (const [index, person] of people.slice(0, 6).entries())
        await train(person.id, 'ARS-01', CoreValue.AKUNTABEL, ratings[index]);
      // PLY-01 for staffA2, and for staffB1 (a second programme in 2024, no rating of the value).
      await train(p.staffA2.id, 'PLY-01', CoreValue.BERORIENTASI_PELAYANAN, [BELOW, MEETS]);
      const plan = await dataSource()
        .getRepository(DevelopmentPlan)
        .findOneByOrFail({ employeeId: p.staffB1.id, cycleId: cycles.y2024 });
      const program = await dataSource()
        .getRepository(TrainingProgram)
        .findOneByOrFail({ code: 'PLY-01' });
      await dataSource().getRepository(DevelopmentActivity).insert({
        planId: plan.id,
        employeeId: p.staffB1.id,
        kind: ActivityKind.TRAINING,
        programId: program.id,
        title: program.title,
        reason: 'Pelayanan loket',
        jp: 8,
        status: ActivityStatus.DONE,
        completedOn: '2024-11-20',
      });
      // Written in bulk like a seed, so the stored effects are refreshed as the seeds do.
      await refreshTrainingEffects(
        dataSource().manager,
        [...people, p.staffA2].map((x) => x.id),
      );
    }, 60_000);

    it('lists only PNS below 20 JP done with belowTargetOnly, agreeing with the totals', async () => {
      // kasiA also finished 16 JP of mentoring in 2024, reaching the 20 JP right.
      const kasiAPlan = await dataSource()
        .getRepository(DevelopmentPlan)
        .findOneByOrFail({ employeeId: t.org.people.kasiA.id, cycleId: cycles.y2024 });
      await dataSource().getRepository(DevelopmentActivity).insert({
        planId: kasiAPlan.id,
        employeeId: t.org.people.kasiA.id,
        kind: ActivityKind.MENTORING,
        programId: null,
        title: 'Mentoring penyusunan SKP',
        reason: 'Pengembangan kompetensi manajerial',
        jp: 16,
        status: ActivityStatus.DONE,
        completedOn: '2024-08-15',
      });
      // The 2024 completions: counted here by hand, per employee, as the oracle.
      const done = await dataSource().query<{ employeeId: number; done: number | string }[]>(
        `SELECT activity.employeeId AS employeeId, SUM(activity.jp) AS done
           FROM development_activity activity
           JOIN development_plan plan ON plan.id = activity.planId
          WHERE plan.cycleId = ? AND activity.status = 'DONE'
          GROUP BY activity.employeeId`,
        [cycles.y2024],
      );
      const doneOf = new Map(done.map((row) => [Number(row.employeeId), Number(row.done)]));
      const everyone = await dataSource().getRepository(Employee).findBy({ active: true });
      const below = everyone
        .filter(
          (person) =>
            person.employmentType === EmploymentType.PNS && (doneOf.get(person.id) ?? 0) < 20,
        )
        .map((person) => String(person.id))
        .sort();
      expect([...doneOf.values()].some((jp) => jp >= 20)).toBe(true);
      expect(below.length).toBeGreaterThan(0);
      const result = await t.client.as('admin', HOURS, {
        cycleId: String(cycles.y2024),
        belowTargetOnly: true,
        limit: 100,
      });
      expect(result.errors).toBeUndefined();
      const hours = result.data!.developmentHours;
      const listed = hours.memberPage.members
        .map((member: any) => String(member.employeeId))
        .sort();
      expect(listed).toEqual(below);
      expect(hours.memberPage.totalCount).toBe(below.length);
      expect(hours.totals.pnsBelowTarget).toBe(below.length);
      expect(hours.totals.jpDone).toBe(
        everyone.reduce((sum, person) => sum + (doneOf.get(person.id) ?? 0), 0),
      );
    });

    it('counts per programme how ratings moved, and says when there is too little data', async () => {
      const result = await t.client.as('admin', EFFECTS);
      expect(result.errors).toBeUndefined();
      const rows = result.data!.trainingEffects;
      expect(rows).toContainEqual({
        program: { code: 'ARS-01' },
        measure: 'CORE_VALUE',
        coreValue: 'AKUNTABEL',
        completions: 6,
        measured: 6,
        improved: 4,
        unchanged: 2,
        declined: 0,
        belowBefore: 5,
        belowToMeets: 4,
        enoughData: true,
      });
      expect(rows).toContainEqual({
        program: { code: 'PLY-01' },
        measure: 'CORE_VALUE',
        coreValue: 'BERORIENTASI_PELAYANAN',
        completions: 2,
        measured: 1,
        improved: 1,
        unchanged: 0,
        declined: 0,
        belowBefore: 1,
        belowToMeets: 1,
        enoughData: false,
      });
      // KOM-01 also strengthens Berorientasi Pelayanan (done once, today: nothing measured yet):
      // no programme is credited with another's outcomes for the same value.
      expect(rows).toContainEqual(
        expect.objectContaining({
          program: { code: 'KOM-01' },
          coreValue: 'BERORIENTASI_PELAYANAN',
          completions: 1,
          measured: 0,
        }),
      );
      const one = await t.client.as('camat', EFFECTS, { programId: programs['ARS-01'] });
      expect(one.data?.trainingEffects).toHaveLength(1);
      for (const user of [t.org.people.kasiA.nip, t.org.people.staffA1.nip, 'analis'])
        expect(codesOf(await t.client.as(user, EFFECTS))).toEqual(['FORBIDDEN']);
    });

    it('reads the effects in three fixed statements, none through a query runner on MariaDB', async () => {
      const camat = await t.client.viewer('camat');
      const runners = jest.spyOn(t.db.dataSource, 'createQueryRunner');
      try {
        t.db.queries.reset();
        const result = await t.client.run(camat, EFFECTS, {});
        expect(result.errors).toBeUndefined();
        // Completions and outcomes side by side, then the programmes they name.
        expect(t.db.queries.count).toBe(3);
        if (kind === 'mysql') expect(runners).not.toHaveBeenCalled();
      } finally {
        runners.mockRestore();
      }
    });

    it('shows each completed activity its own before and after', async () => {
      const result = await t.client.as(
        t.org.people.kasiA.nip,
        `query ($employeeId: ID!, $cycleId: ID!) { developmentPlan(employeeId: $employeeId, cycleId: $cycleId) {
          activities { effects { measure coreValue beforePeriod beforeRating afterPeriod afterRating change } } } }`,
        { employeeId: String(t.org.extra[1].id), cycleId: String(cycles.y2024) },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.developmentPlan.activities[0].effects).toEqual([
        {
          measure: 'CORE_VALUE',
          coreValue: 'AKUNTABEL',
          beforePeriod: 'TW1',
          beforeRating: 'DI_BAWAH_EKSPEKTASI',
          afterPeriod: 'TW3',
          afterRating: 'DI_BAWAH_EKSPEKTASI',
          change: 'UNCHANGED',
        },
      ]);
    });
  });

  describe('stored effects', () => {
    const arsEffect = async () => {
      const result = await t.client.as('admin', EFFECTS, { programId: programs['ARS-01'] });
      expect(result.errors).toBeUndefined();
      return result.data!.trainingEffects[0];
    };

    it('follow a finalized evaluation: the nearest rating after the training counts', async () => {
      // staffA1, 2025 (the cycle in calibration): Akuntabel below expectation in TW1, ARS-01 done
      // 1 May, meeting expectation in TW4 (the annual's period began before the training).
      const person = t.org.people.staffA1;
      const rate = (evaluationId: number, rating: Rating) =>
        dataSource().getRepository(EvaluationFeedback).insert({
          evaluationId,
          workTargetId: null,
          coreValue: CoreValue.AKUNTABEL,
          rating,
          text: 'Catatan',
        });
      for (const [period, rating] of [
        [Period.TW1, BELOW],
        [Period.TW4, MEETS],
      ] as const) {
        const evaluation = await createFinalEvaluation(dataSource(), staffA1Plan2025, {
          period,
          resultRating: MEETS,
          behaviorRating: MEETS,
        });
        await rate(evaluation, rating);
      }
      const plans = dataSource().getRepository(DevelopmentPlan);
      const devPlan =
        (await plans.findOneBy({ employeeId: person.id, cycleId: cycles.y2025 })) ??
        (await plans.save({ employeeId: person.id, cycleId: cycles.y2025 }));
      await dataSource()
        .getRepository(DevelopmentActivity)
        .insert({
          planId: devPlan.id,
          employeeId: person.id,
          kind: ActivityKind.TRAINING,
          programId: Number(programs['ARS-01']),
          title: 'Manajemen Arsip Digital',
          reason: 'Akuntabel di bawah ekspektasi',
          jp: 16,
          status: ActivityStatus.DONE,
          completedOn: '2025-05-01',
        });
      await refreshTrainingEffects(dataSource().manager, [person.id]);
      // The fixture above (6 completions, 4 improved) plus staffA1: below → meets.
      expect(await arsEffect()).toMatchObject({
        completions: 7,
        measured: 7,
        improved: 5,
        unchanged: 2,
        belowBefore: 6,
        belowToMeets: 5,
      });

      // TW3 rates the value below expectation again; once final it is the nearest after.
      const tw3 = await createFinalEvaluation(dataSource(), staffA1Plan2025, {
        period: Period.TW3,
        resultRating: MEETS,
        behaviorRating: MEETS,
        status: EvaluationStatus.DRAFT,
      });
      await rate(tw3, BELOW);
      expect((await arsEffect()).improved).toBe(5);
      const finalize = await t.client.as(
        t.org.people.kasiA.nip,
        'mutation ($id: ID!) { finalizeEvaluation(id: $id, version: 1) { status } }',
        { id: String(tw3) },
      );
      expect(finalize.errors).toBeUndefined();
      expect(await arsEffect()).toMatchObject({
        completions: 7,
        measured: 7,
        improved: 4,
        unchanged: 3,
        belowBefore: 6,
        belowToMeets: 4,
      });
    });

    it('follow a completion marked done through the API', async () => {
      // KOM-01 was marked done by staffA1 today (plan tests above): one completion, nothing after it yet.
      const result = await t.client.as('admin', EFFECTS, { programId: programs['KOM-01'] });
      expect(result.errors).toBeUndefined();
      const rows = result.data!.trainingEffects;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows)
        expect(row).toMatchObject({ program: { code: 'KOM-01' }, completions: 1, measured: 0 });
    });
  });

  describe('required pembinaan after an objection that keeps the predicate low', () => {
    it('follows the revised evaluation and stays planned', async () => {
      const person = t.org.extra[0];
      const plan = await createApprovedPlan(dataSource(), {
        employeeId: person.id,
        cycleId: cycles.y2025,
      });
      const annual = await createFinalEvaluation(dataSource(), plan, {
        period: Period.ANNUAL,
        resultRating: BELOW,
        behaviorRating: BELOW,
        status: EvaluationStatus.DRAFT,
      });
      const finalize = await t.client.as(
        t.org.people.kasiA.nip,
        'mutation ($id: ID!) { finalizeEvaluation(id: $id, version: 1) { predicate } }',
        { id: String(annual) },
      );
      expect(finalize.data?.finalizeEvaluation.predicate).toBe('SANGAT_KURANG');
      const filed = await t.client.as(
        person.nip,
        'mutation ($id: ID!) { fileObjection(evaluationId: $id, reason: "Perilaku kerja sudah sesuai ekspektasi") { id } }',
        { id: String(annual) },
      );
      await t.client.as(
        t.org.people.kasiA.nip,
        'mutation ($id: ID!) { respondToObjection(id: $id, response: "Penilaian sudah berdasarkan bukti", version: 1) { id } }',
        {
          id: filed.data!.fileObjection.id,
        },
      );
      const upheld = await t.client.as(
        'camat',
        'mutation ($id: ID!) { resolveObjection(id: $id, decision: UPHELD, reason: "Perilaku kerja terbukti sesuai ekspektasi", resultRating: DI_BAWAH_EKSPEKTASI, behaviorRating: SESUAI_EKSPEKTASI) { revisedEvaluation { id predicate } } }',
        { id: filed.data!.fileObjection.id },
      );
      const revised = upheld.data!.resolveObjection.revisedEvaluation;
      expect(revised.predicate).toBe('BUTUH_PERBAIKAN');
      const result = await t.client.as(person.nip, PLAN, {
        employeeId: String(person.id),
        cycleId: String(cycles.y2026),
      });
      expect(result.data?.developmentPlan.activities).toEqual([
        expect.objectContaining({
          required: true,
          status: 'PLANNED',
          reasonEvaluation: { id: revised.id },
          reason: 'Predikat Butuh Perbaikan pada penilaian tahunan 2025',
        }),
      ]);
    });
  });
});
