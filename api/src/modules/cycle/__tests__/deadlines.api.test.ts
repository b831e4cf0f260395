import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import {
  type ApprovedPlan,
  createApprovedPlan,
  createCycle,
  createFinalEvaluation,
  reportRealizations,
} from '../../../testing/plan-fixtures';
import { type SuiteHandle, useSmallOrg } from '../../../testing/suite';
import { EvaluationStatus, Rating } from '../../evaluation/evaluation.enums';
import { Evaluation } from '../../evaluation/evaluation.entity';
import { PerformancePlan } from '../../plan/performance-plan.entity';
import { PlanStatus } from '../../plan/plan.enums';
import { Realization } from '../../plan/realization.entity';
import { PerformanceCycle } from '../cycle.entity';
import { CycleStatus, Period } from '../cycle.enums';

const TODAY = '2026-12-02';
const DEADLINES = `query ($id: ID!) { cycle(id: $id) { version reportablePeriods evaluablePeriods deadlines {
  skpDueOn annualEvaluationDueOn realizationDueDays evaluationDueDays reportingWindowDays
  schedule { period startsOn endsOn reportingOpensOn reportingClosesOn realizationsDueOn evaluationDueOn finalizableFrom } } } }`;
const UPDATE = `mutation ($id: ID!, $input: CycleDeadlinesInput!, $version: Int!) {
  updateCycleDeadlines(id: $id, input: $input, version: $version) { id version deadlines { skpDueOn annualEvaluationDueOn realizationDueDays evaluationDueDays reportingWindowDays } } }`;
const OVERDUE = `query ($c: ID!, $u: ID) { overdueItems(cycleId: $c, unitId: $u) {
  totalCount employeeCount counts { kind count }
  items { kind period dueOn daysLate employee { name } responsible { name } } } }`;
const SAVE =
  'mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) { id version status } }';
const FINALIZE =
  'mutation ($id: ID!, $version: Int!) { finalizeEvaluation(id: $id, version: $version, reason: "Tanpa laporan realisasi: dinilai dari rapat evaluasi") { id status finalizedAt } }';
const REPORT =
  'mutation ($input: SubmitRealizationInput!) { submitRealization(input: $input) { id period } }';

const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
const extensionsOf = (result: GraphQLResult) => result.errors?.[0]?.extensions ?? {};

describe.each(DRIVERS)('cycle deadlines, timing and overdue items on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  const plans: Record<string, ApprovedPlan> = {};
  const ds = () => t.db.dataSource;
  const auditCount = () => ds().getRepository(AuditLog).count();

  beforeAll(async () => {
    t.client.today = TODAY;
    cycleId = await createCycle(ds(), 2026);
    const p = t.org.people;
    plans.camat = await createApprovedPlan(ds(), { employeeId: p.camat.id, cycleId });
    for (const who of ['kasiA', 'kasiB'] as const)
      plans[who] = await createApprovedPlan(ds(), {
        employeeId: p[who].id,
        cycleId,
        parentTargetId: plans.camat.targetId,
      });
    plans.staffA1 = await createApprovedPlan(ds(), {
      employeeId: p.staffA1.id,
      cycleId,
      parentTargetId: plans.kasiA.targetId,
    });
    // staffB1's SKP waits for kasiB's approval; staffA2 has none.
    plans.staffB1 = await createApprovedPlan(ds(), {
      employeeId: p.staffB1.id,
      cycleId,
      parentTargetId: plans.kasiB.targetId,
    });
    await ds()
      .getRepository(PerformancePlan)
      .update(plans.staffB1.planId, { status: PlanStatus.SUBMITTED, approvedAt: null });
    for (const period of [Period.TW1, Period.TW2, Period.TW3]) {
      await reportRealizations(ds(), plans.camat, period, [100, 100]);
      await reportRealizations(ds(), plans.kasiA, period, [100, 100]);
    }
    await reportRealizations(ds(), plans.staffA1, Period.TW1, [100, 100]);
    await reportRealizations(ds(), plans.staffA1, Period.TW2, [100, 100]);
    // TW3: one of the two indicators reported.
    await ds().getRepository(Realization).insert({
      indicatorId: plans.staffA1.indicatorIds[0],
      period: Period.TW3,
      value: 90,
      note: 'Rekap',
      evidenceUrl: null,
      submittedAt: new Date(),
      replacedAt: null,
    });
    const rated = {
      resultRating: Rating.SESUAI_EKSPEKTASI,
      behaviorRating: Rating.SESUAI_EKSPEKTASI,
    };
    for (const period of [Period.TW1, Period.TW2, Period.TW3])
      await createFinalEvaluation(ds(), plans.kasiA, { period, ...rated });
    await createFinalEvaluation(ds(), plans.staffA1, { period: Period.TW1, ...rated });
    await createFinalEvaluation(ds(), plans.staffA1, {
      period: Period.TW2,
      ...rated,
      status: EvaluationStatus.ACKNOWLEDGED,
    });
    await createFinalEvaluation(ds(), plans.staffA1, {
      period: Period.TW3,
      ...rated,
      status: EvaluationStatus.DRAFT,
    });
    await createFinalEvaluation(ds(), plans.kasiB, { period: Period.TW1, ...rated });
  });

  describe('deadlines', () => {
    it('reads the documented defaults and each period’s schedule', async () => {
      const result = await t.client.as(t.org.people.staffA1.nip, DEADLINES, { id: cycleId });
      expect(result.errors).toBeUndefined();
      const cycle = result.data?.cycle;
      expect(cycle.reportablePeriods).toEqual(['TW4', 'ANNUAL']);
      // Late evaluations stay possible after reporting closes.
      expect(cycle.evaluablePeriods).toEqual(['TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL']);
      expect(cycle.deadlines).toMatchObject({
        skpDueOn: '2026-01-31',
        annualEvaluationDueOn: '2027-01-31',
        realizationDueDays: 10,
        evaluationDueDays: 15,
        reportingWindowDays: 30,
      });
      expect(cycle.deadlines.schedule[2]).toEqual({
        period: 'TW3',
        startsOn: '2026-07-01',
        endsOn: '2026-09-30',
        reportingOpensOn: '2026-07-01',
        reportingClosesOn: '2026-10-30',
        realizationsDueOn: '2026-10-10',
        evaluationDueOn: '2026-10-15',
        finalizableFrom: '2026-10-01',
      });
      expect(cycle.deadlines.schedule[4]).toMatchObject({
        period: 'ANNUAL',
        reportingOpensOn: '2026-10-01',
        realizationsDueOn: null,
        evaluationDueOn: '2027-01-31',
        finalizableFrom: '2027-01-01',
      });
    });

    it('lets only HR change them, validated field by field and versioned, with an audit row', async () => {
      const { version } = await ds()
        .getRepository(PerformanceCycle)
        .findOneByOrFail({ id: cycleId });
      const input = { skpDueOn: '2026-02-27', reportingWindowDays: 45 };
      for (const viewer of ['camat', 'analis', t.org.people.kasiA.nip, t.org.people.staffA1.nip])
        expect(codesOf(await t.client.as(viewer, UPDATE, { id: cycleId, input, version }))).toEqual(
          ['FORBIDDEN'],
        );
      const audits = await auditCount();
      const bad = await t.client.as('admin', UPDATE, {
        id: cycleId,
        input: {
          skpDueOn: '2027-01-31',
          annualEvaluationDueOn: '2027-02-30',
          realizationDueDays: 91,
          evaluationDueDays: -1,
        },
        version,
      });
      expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(bad)).toEqual([
        'skpDueOn',
        'annualEvaluationDueOn',
        'realizationDueDays',
        'evaluationDueDays',
      ]);
      const closingEarly = await t.client.as('admin', UPDATE, {
        id: cycleId,
        input: { realizationDueDays: 20, reportingWindowDays: 15 },
        version,
      });
      expect(fieldsOf(closingEarly)).toEqual(['reportingWindowDays']);
      expect(
        codesOf(await t.client.as('admin', UPDATE, { id: cycleId, input, version: version + 1 })),
      ).toEqual(['CONFLICT']);
      expect(await auditCount()).toBe(audits);
      expect(
        await ds().getRepository(PerformanceCycle).findOneByOrFail({ id: cycleId }),
      ).toMatchObject({ version, skpDueOn: null, reportingWindowDays: 30 });

      const done = await t.client.as('admin', UPDATE, { id: cycleId, input, version });
      expect(done.errors).toBeUndefined();
      expect(done.data?.updateCycleDeadlines).toMatchObject({
        version: version + 1,
        deadlines: {
          skpDueOn: '2026-02-27',
          annualEvaluationDueOn: '2027-01-31',
          realizationDueDays: 10,
          evaluationDueDays: 15,
          reportingWindowDays: 45,
        },
      });
      const audit = await ds()
        .getRepository(AuditLog)
        .findOneByOrFail({ action: 'cycle.setDeadlines', entityId: String(cycleId) });
      expect(audit.after).toMatchObject({ skpDueOn: '2026-02-27', reportingWindowDays: 45 });

      // A null date restores the default; the day counts left out keep their values.
      const restored = await t.client.as('admin', UPDATE, {
        id: cycleId,
        input: { skpDueOn: null, reportingWindowDays: 30 },
        version: version + 1,
      });
      expect(restored.data?.updateCycleDeadlines.deadlines).toMatchObject({
        skpDueOn: '2026-01-31',
        reportingWindowDays: 30,
      });
    });
  });

  describe('timing', () => {
    const saveAs = (who: 'kasiA', period: Period, extra: Record<string, unknown> = {}) =>
      t.client.as(t.org.people[who].nip, SAVE, {
        input: {
          planId: String(plans.staffA1.planId),
          period,
          resultRating: 'SESUAI_EKSPEKTASI',
          behaviorRating: 'SESUAI_EKSPEKTASI',
          ...extra,
        },
      });

    it('drafts a period’s evaluation during it, and finalises it only once it has ended', async () => {
      const draft = await saveAs('kasiA', Period.TW4);
      expect(draft.errors).toBeUndefined();
      const { id, version } = draft.data!.saveEvaluation;
      const audits = await auditCount();
      const early = await t.client.as(t.org.people.kasiA.nip, FINALIZE, { id, version });
      expect(codesOf(early)).toEqual(['CONFLICT']);
      expect(extensionsOf(early)).toMatchObject({
        reason: 'PERIOD_NOT_ENDED',
        finalizableFrom: '2027-01-01',
      });
      expect(early.errors?.[0].message).toContain('2027-01-01');
      expect(
        await ds()
          .getRepository(Evaluation)
          .findOneByOrFail({ id: Number(id) }),
      ).toMatchObject({ status: EvaluationStatus.DRAFT, version, finalizedAt: null });
      expect(await auditCount()).toBe(audits);
      // The last day of the period is still too early; the next day (Jakarta) it may be finalised.
      const lastDay = await t.client.on('2026-12-31', () =>
        t.client.as(t.org.people.kasiA.nip, FINALIZE, { id, version }),
      );
      expect(extensionsOf(lastDay).reason).toBe('PERIOD_NOT_ENDED');
      const final = await t.client.on('2027-01-01', () =>
        t.client.as(t.org.people.kasiA.nip, FINALIZE, { id, version }),
      );
      expect(final.errors).toBeUndefined();
      expect(final.data?.finalizeEvaluation.status).toBe('FINAL');
      expect(new Date(final.data?.finalizeEvaluation.finalizedAt).toISOString()).toBe(
        '2027-01-01T05:00:00.000Z',
      );
    });

    it('opens the annual evaluation draft with the last triwulan (1 October)', async () => {
      const before = await t.client.on('2026-09-30', () => saveAs('kasiA', Period.ANNUAL));
      expect(codesOf(before)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(before)).toEqual(['period']);
      const draft = await t.client.on('2026-10-01', () => saveAs('kasiA', Period.ANNUAL));
      expect(draft.errors).toBeUndefined();
      const early = await t.client.as(t.org.people.kasiA.nip, FINALIZE, {
        id: draft.data?.saveEvaluation.id,
        version: draft.data?.saveEvaluation.version,
      });
      expect(extensionsOf(early)).toMatchObject({
        code: 'CONFLICT',
        reason: 'PERIOD_NOT_ENDED',
        finalizableFrom: '2027-01-01',
      });
    });

    it('takes realisations from the period’s start until its reporting window closes', async () => {
      // The Camat's own SKP: reported through TW3 already, so corrections change no overdue item.
      const report = (period: Period, value = 50) =>
        t.client.as('camat', REPORT, {
          input: { indicatorId: String(plans.camat.indicatorIds[1]), period, value, note: 'Rekap' },
        });
      const rows = () =>
        ds().getRepository(Realization).countBy({ indicatorId: plans.camat.indicatorIds[1] });
      const before = await rows();
      const audits = await auditCount();
      const closed = await report(Period.TW1);
      expect(codesOf(closed)).toEqual(['CONFLICT']);
      expect(extensionsOf(closed)).toMatchObject({
        reason: 'REPORTING_CLOSED',
        closedOn: '2026-04-30',
      });
      const notOpen = await t.client.on('2026-09-30', () => report(Period.TW4));
      expect(codesOf(notOpen)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(notOpen)).toEqual(['period']);
      expect(await rows()).toBe(before);
      expect(await auditCount()).toBe(audits);

      expect((await t.client.on('2026-04-30', () => report(Period.TW1))).errors).toBeUndefined();
      expect((await t.client.on('2026-10-30', () => report(Period.TW3))).errors).toBeUndefined();
      expect(codesOf(await t.client.on('2026-10-31', () => report(Period.TW3)))).toEqual([
        'CONFLICT',
      ]);
      expect((await report(Period.TW4)).errors).toBeUndefined();
      expect((await report(Period.ANNUAL)).errors).toBeUndefined();
      expect(await rows()).toBe(before + 4);
    });
  });

  describe('overdue', () => {
    const run = (viewer: string, unitId?: number) =>
      t.client.as(viewer, OVERDUE, { c: String(cycleId), u: unitId ? String(unitId) : null });
    const itemsOf = (result: GraphQLResult) => {
      expect(result.errors).toBeUndefined();
      return (
        result.data?.overdueItems.items as {
          kind: string;
          period: string | null;
          daysLate: number;
          employee: { name: string };
          responsible: { name: string };
        }[]
      ).map((item) => [
        item.employee.name,
        item.kind,
        item.period,
        item.daysLate,
        item.responsible.name,
      ]);
    };
    // On 2026-12-02 with the default deadlines, most days late first.
    const ALL = [
      ['Eko Staf', 'SKP_NOT_APPROVED', null, 305, 'Eko Staf'],
      ['Fajar Staf', 'SKP_NOT_APPROVED', null, 305, 'Agus Kasi'],
      ['Agus Kasi', 'REALIZATION_MISSING', 'TW1', 236, 'Agus Kasi'],
      ['Agus Kasi', 'REALIZATION_MISSING', 'TW2', 145, 'Agus Kasi'],
      ['Agus Kasi', 'EVALUATION_NOT_FINAL', 'TW2', 140, 'Bambang Camat'],
      ['Agus Kasi', 'REALIZATION_MISSING', 'TW3', 53, 'Agus Kasi'],
      ['Dewi Staf', 'REALIZATION_MISSING', 'TW3', 53, 'Dewi Staf'],
      ['Agus Kasi', 'EVALUATION_NOT_FINAL', 'TW3', 48, 'Bambang Camat'],
      ['Dewi Staf', 'EVALUATION_NOT_FINAL', 'TW3', 48, 'Siti Kasi'],
    ];

    it('shows the Camat and HR everyone’s, in their unit or the whole kecamatan', async () => {
      for (const viewer of ['camat', 'admin']) {
        const result = await run(viewer);
        expect(itemsOf(result)).toEqual(ALL);
        expect(result.data?.overdueItems).toMatchObject({
          totalCount: 9,
          employeeCount: 4,
          counts: [
            { kind: 'SKP_NOT_APPROVED', count: 2 },
            { kind: 'REALIZATION_MISSING', count: 4 },
            { kind: 'EVALUATION_NOT_FINAL', count: 3 },
          ],
        });
      }
      expect(itemsOf(await run('camat', t.org.units.unitA.id))).toEqual(
        ALL.filter(([name]) => name === 'Eko Staf' || name === 'Dewi Staf'),
      );
    });

    it('shows a supervisor their line, an employee their own, an analyst nothing', async () => {
      const p = t.org.people;
      expect(itemsOf(await run(p.kasiA.nip))).toEqual(
        ALL.filter(([name]) => name === 'Eko Staf' || name === 'Dewi Staf'),
      );
      expect(itemsOf(await run(p.kasiB.nip))).toEqual(
        ALL.filter(([name]) => name === 'Agus Kasi' || name === 'Fajar Staf'),
      );
      expect(itemsOf(await run(p.kasiA.nip, t.org.units.unitB.id))).toEqual([]);
      expect(itemsOf(await run(p.staffA1.nip))).toEqual(
        ALL.filter(([name]) => name === 'Dewi Staf'),
      );
      expect(itemsOf(await run(p.staffB1.nip))).toEqual(
        ALL.filter(([name]) => name === 'Fajar Staf'),
      );
      expect(codesOf(await run('analis'))).toEqual(['FORBIDDEN']);
      expect(codesOf(await run('admin', 999_999))).toEqual(['NOT_FOUND']);
    });

    it('answers overdue on plans and evaluations, and nothing before the deadlines or outside a running cycle', async () => {
      const PLANS = `{ performancePlans(filter: { cycleId: "${cycleId}" }) { edges { node { employee { name } overdue { kind period dueOn daysLate } } } } }`;
      const overdueOf = (result: GraphQLResult) =>
        Object.fromEntries(
          (
            result.data?.performancePlans.edges as {
              node: { employee: { name: string }; overdue: unknown };
            }[]
          ).map(({ node }) => [node.employee.name, node.overdue]),
        );
      expect(overdueOf(await t.client.as('admin', PLANS))).toEqual({
        'Bambang Camat': null,
        'Siti Kasi': null,
        'Agus Kasi': {
          kind: 'REALIZATION_MISSING',
          period: 'TW1',
          dueOn: '2026-04-10',
          daysLate: 236,
        },
        'Dewi Staf': {
          kind: 'REALIZATION_MISSING',
          period: 'TW3',
          dueOn: '2026-10-10',
          daysLate: 53,
        },
        'Fajar Staf': {
          kind: 'SKP_NOT_APPROVED',
          period: null,
          dueOn: '2026-01-31',
          daysLate: 305,
        },
      });
      const EVALUATIONS = `{ evaluations(filter: { employeeId: "${t.org.people.staffA1.id}", period: TW3 }) { edges { node { status overdue { kind period dueOn daysLate } } } } }`;
      const evaluation = await t.client.as(t.org.people.kasiA.nip, EVALUATIONS);
      expect(evaluation.data?.evaluations.edges).toEqual([
        {
          node: {
            status: 'DRAFT',
            overdue: {
              kind: 'EVALUATION_NOT_FINAL',
              period: 'TW3',
              dueOn: '2026-10-15',
              daysLate: 48,
            },
          },
        },
      ]);
      // Analysts never read who is late.
      const analyst = await t.client.as('analis', PLANS);
      expect((analyst.errors ?? []).every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(
        true,
      );

      const early = await t.client.on('2026-01-31', () => run('admin'));
      expect(early.data?.overdueItems.totalCount).toBe(0);
      await ds()
        .getRepository(PerformanceCycle)
        .update(cycleId, { status: CycleStatus.CALIBRATION });
      expect((await run('admin')).data?.overdueItems.totalCount).toBe(9);
      await ds().getRepository(PerformanceCycle).update(cycleId, { status: CycleStatus.CLOSED });
      expect((await run('admin')).data?.overdueItems).toEqual({
        totalCount: 0,
        employeeCount: 0,
        counts: [],
        items: [],
      });
      expect(overdueOf(await t.client.as('admin', PLANS))['Fajar Staf']).toBeNull();
      await ds().getRepository(PerformanceCycle).update(cycleId, { status: CycleStatus.ACTIVE });
    });
  });
});

describe.each(DRIVERS)('overdue items at scale on %s', (kind) => {
  const small = useSmallOrg(kind, { extraStaffInA: 2 });
  const large = useSmallOrg(kind, { extraStaffInA: 47 });
  const cycles: Record<string, number> = {};

  const build = async (t: SuiteHandle) => {
    const ds = t.db.dataSource;
    const cycleId = await createCycle(ds, 2026);
    const p = t.org.people;
    const camat = await createApprovedPlan(ds, { employeeId: p.camat.id, cycleId });
    const kasiA = await createApprovedPlan(ds, {
      employeeId: p.kasiA.id,
      cycleId,
      parentTargetId: camat.targetId,
    });
    const staff = [p.staffA1, p.staffA2, ...t.org.extra];
    for (const [index, person] of staff.entries()) {
      // Every other one without an SKP; the rest late with TW3 and its evaluation.
      if (index % 2 === 1) continue;
      const plan = await createApprovedPlan(ds, {
        employeeId: person.id,
        cycleId,
        parentTargetId: kasiA.targetId,
      });
      await reportRealizations(ds, plan, Period.TW1, [100, 100]);
      await createFinalEvaluation(ds, plan, {
        period: Period.TW2,
        resultRating: Rating.SESUAI_EKSPEKTASI,
        behaviorRating: Rating.SESUAI_EKSPEKTASI,
        status: EvaluationStatus.DRAFT,
      });
    }
    t.client.today = TODAY;
    return cycleId;
  };

  beforeAll(async () => {
    cycles.small = await build(small);
    cycles.large = await build(large);
  }, 120_000);

  it('lists a unit of 5 and of 50 with the same number of SQL statements', async () => {
    const statements = async (t: SuiteHandle, cycleId: number) => {
      const viewer = await t.client.viewer('camat');
      t.db.queries.reset();
      const result = await t.client.run(viewer, OVERDUE, {
        c: String(cycleId),
        u: String(t.org.units.unitA.id),
      });
      expect(result.errors).toBeUndefined();
      return {
        people: result.data?.overdueItems.employeeCount,
        statements: t.db.queries.count,
      };
    };
    const five = await statements(small, cycles.small);
    const fifty = await statements(large, cycles.large);
    // Everyone is late with something: kasiA reported nothing, the staff lack an SKP or TW2-TW3.
    expect([five.people, fifty.people]).toEqual([5, 50]);
    expect(fifty.statements).toBe(five.statements);
  });
});
