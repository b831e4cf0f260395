import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';
import { Indicator } from '../indicator.entity';
import { PerformancePlan } from '../performance-plan.entity';
import { PlanStatus } from '../plan.enums';
import { WorkTarget } from '../work-target.entity';

const ADD_TARGET = `mutation ($input: AddWorkTargetInput!) { addWorkTarget(input: $input) {
  id indicators { id aggregation target periodTargets { period target actionPlan } tw2: targetFor(period: TW2) year: targetFor(period: ANNUAL) } } }`;
const UPDATE_TARGET = `mutation ($id: ID!, $input: UpdateWorkTargetInput!) { updateWorkTarget(id: $id, input: $input) { id } }`;
const REALIZE =
  'mutation ($input: SubmitRealizationInput!) { submitRealization(input: $input) { id value achievement } }';
const INDICATOR_RESULTS = (planId: string) => `{ performancePlan(id: ${planId}) {
  tw1: achievement(period: TW1) tw2: achievement(period: TW2)
  workTargets { indicators { id
    tw1: achievement(period: TW1) tw2: achievement(period: TW2) reportedTw2: reported(period: TW2)
    annual: result(period: ANNUAL) { target value derivedValue reportedValue correction reported achievement }
  } } } }`;

const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
const quarters = (targets: number[], actionPlans: (string | null)[] = []) =>
  targets.map((target, index) => ({
    period: `TW${index + 1}`,
    target,
    actionPlan: actionPlans[index] ?? null,
  }));
const letters = (periodTargets?: ReturnType<typeof quarters>) => ({
  aspect: 'KUANTITAS',
  description: 'Surat masuk dan keluar diagendakan',
  target: 1944,
  unit: 'surat',
  ...(periodTargets ? { periodTargets } : {}),
});

describe.each(DRIVERS)('targets per triwulan and achievement per period on %s', (kind) => {
  const t = useSmallOrg(kind);
  let planId: string;
  const staff = () => t.org.people.staffA1.nip;
  const count = (entity: typeof WorkTarget | typeof Indicator) =>
    t.db.dataSource.getRepository(entity).count();

  beforeAll(async () => {
    const cycleId = (
      await t.client.as('admin', 'mutation { createCycle(input: { year: 2026 }) { id } }')
    ).data?.createCycle.id;
    await t.client.as(
      'admin',
      'mutation ($id: ID!) { setCycleStatus(id: $id, status: ACTIVE) { id } }',
      { id: cycleId },
    );
    planId = (
      await t.client.as(
        staff(),
        'mutation ($cycleId: ID!) { createPerformancePlan(input: { cycleId: $cycleId }) { id } }',
        { cycleId },
      )
    ).data?.createPerformancePlan.id;
  });

  it('refuses quarter targets that do not make the annual target, naming the field, writing nothing', async () => {
    const [targets, indicators] = [await count(WorkTarget), await count(Indicator)];
    const bad = await t.client.as(staff(), ADD_TARGET, {
      input: {
        planId,
        kind: 'TAMBAHAN',
        description: 'Pengagendaan surat kecamatan',
        indicators: [
          letters(quarters([486, 486, 486, 486])),
          letters(quarters([486, 486, 486, 485])),
          { ...letters(quarters([25, 50, 100, 75])), target: 100, unit: '%', aggregation: 'LAST' },
          letters(quarters([972, 972])),
        ],
      },
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(bad)).toEqual([
      'indicators[1].periodTargets',
      'indicators[2].periodTargets',
      'indicators[3].periodTargets',
    ]);
    expect([await count(WorkTarget), await count(Indicator)]).toEqual([targets, indicators]);
  });

  it('keeps quarter targets and action plans, and derives them when not given', async () => {
    const added = await t.client.as(staff(), ADD_TARGET, {
      input: {
        planId,
        kind: 'TAMBAHAN',
        description: 'Pengagendaan surat kecamatan',
        indicators: [
          letters(quarters([400, 500, 500, 544], ['Agenda manual', null, null, 'Arsip digital'])),
          letters(),
          { aspect: 'KUALITAS', description: 'Surat tanpa revisi', target: 95, unit: '%' },
        ],
      },
    });
    expect(added.errors).toBeUndefined();
    const [planned, derived, level] = added.data!.addWorkTarget.indicators;
    expect(planned).toMatchObject({
      aggregation: 'SUM',
      tw2: 500,
      year: 1944,
      periodTargets: [
        { period: 'TW1', target: 400, actionPlan: 'Agenda manual' },
        { period: 'TW2', target: 500, actionPlan: null },
        { period: 'TW3', target: 500, actionPlan: null },
        { period: 'TW4', target: 544, actionPlan: 'Arsip digital' },
      ],
    });
    expect(derived.aggregation).toBe('SUM');
    expect(derived.periodTargets.map((q: { target: number }) => q.target)).toEqual([
      486, 486, 486, 486,
    ]);
    expect(level.aggregation).toBe('LAST');
    expect(level.periodTargets.map((q: { target: number }) => q.target)).toEqual([95, 95, 95, 95]);

    // Editing refuses a bad sum too, and leaves the indicators as they were.
    const before = await t.db.dataSource.getRepository(Indicator).find({
      where: { workTargetId: Number(added.data?.addWorkTarget.id) },
      order: { id: 'ASC' },
    });
    const bad = await t.client.as(staff(), UPDATE_TARGET, {
      id: added.data?.addWorkTarget.id,
      input: { indicators: [letters(quarters([500, 500, 500, 500]))] },
    });
    expect(fieldsOf(bad)).toEqual(['indicators[0].periodTargets']);
    expect(
      await t.db.dataSource.getRepository(Indicator).find({
        where: { workTargetId: Number(added.data?.addWorkTarget.id) },
        order: { id: 'ASC' },
      }),
    ).toEqual(before);
  });

  it('measures each quarter against its own target, leaves unreported periods null and derives the year', async () => {
    // The approval flow is tested elsewhere; here the plan is approved straight in the database.
    await t.db.dataSource
      .getRepository(PerformancePlan)
      .update({ id: Number(planId) }, { status: PlanStatus.APPROVED, approvedAt: new Date() });
    const read = async () => {
      const result = await t.client.as(staff(), INDICATOR_RESULTS(planId));
      expect(result.errors).toBeUndefined();
      return result.data?.performancePlan;
    };
    const [, derived, level] = (await read()).workTargets[0].indicators;

    // Each report within its period's reporting window (TW1: until 30 April).
    const reportOn = (day: string, input: Record<string, unknown>) =>
      t.client.on(day, () => t.client.as(staff(), REALIZE, { input }));
    // The clerk reports one quarter's work truthfully: 486 of 1 944 letters is all of TW1.
    const first = await reportOn('2026-04-20', {
      indicatorId: derived.id,
      period: 'TW1',
      value: 486,
      note: 'Buku agenda TW1',
    });
    expect(first.data?.submitRealization).toMatchObject({ value: 486, achievement: 100 });
    await reportOn('2026-04-20', {
      indicatorId: level.id,
      period: 'TW1',
      value: 76,
      note: 'Rekap revisi',
    });

    let plan = await read();
    let [planned, letters1944, quality] = plan.workTargets[0].indicators;
    expect([planned.tw1, letters1944.tw1, quality.tw1]).toEqual([null, 100, 80]);
    // Belum dilaporkan: no achievement, not 0 %, and left out of the plan's mean.
    expect([letters1944.tw2, letters1944.reportedTw2]).toEqual([null, false]);
    expect(plan.tw1).toBe(90);
    expect(plan.tw2).toBeNull();
    expect(letters1944.annual).toMatchObject({
      target: 1944,
      value: null,
      derivedValue: null,
      reported: false,
      achievement: null,
    });

    for (const [period, value, day] of [
      ['TW2', 500, '2026-07-08'],
      ['TW3', 470, '2026-10-08'],
      ['TW4', 400, '2027-01-08'],
    ] as const) {
      await reportOn(day, {
        indicatorId: derived.id,
        period,
        value,
        note: `Buku agenda ${period}`,
      });
    }
    plan = await read();
    [planned, letters1944, quality] = plan.workTargets[0].indicators;
    expect(letters1944.annual).toEqual({
      target: 1944,
      value: 1856,
      derivedValue: 1856,
      reportedValue: null,
      correction: null,
      reported: true,
      achievement: 95.47,
    });

    // An annual report corrects the derived year; the derived value stays beside it.
    await reportOn('2027-01-08', {
      indicatorId: derived.id,
      period: 'ANNUAL',
      value: 1900,
      note: 'Rekap akhir',
    });
    [, letters1944] = (await read()).workTargets[0].indicators;
    expect(letters1944.annual).toEqual({
      target: 1944,
      value: 1900,
      derivedValue: 1856,
      reportedValue: 1900,
      correction: 44,
      reported: true,
      achievement: 97.74,
    });
  });

  it('suggests the rating from the reported indicators and says how many are unreported', async () => {
    const saved = await t.client.as(
      t.org.people.kasiA.nip,
      `mutation ($planId: ID!) { saveEvaluation(input: { planId: $planId, period: TW1, resultRating: SESUAI_EKSPEKTASI, behaviorRating: SESUAI_EKSPEKTASI }) {
        achievement suggestedResultRating unreportedIndicators differsFromSuggestion } }`,
      { planId },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveEvaluation).toEqual({
      achievement: 90,
      suggestedResultRating: 'SESUAI_EKSPEKTASI',
      unreportedIndicators: 1,
      differsFromSuggestion: false,
    });
  });

  it('shows the supervisor the quarter targets and the rencana aksi', async () => {
    const result = await t.client.as(
      t.org.people.kasiA.nip,
      `{ performancePlan(id: ${planId}) { workTargets { indicators { periodTargets { period target actionPlan } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.performancePlan.workTargets[0].indicators[0].periodTargets[0]).toEqual({
      period: 'TW1',
      target: 400,
      actionPlan: 'Agenda manual',
    });
  });
});
