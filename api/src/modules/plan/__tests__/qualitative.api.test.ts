import { DRIVERS } from '../../../testing/databases';
import { codesOf, type GraphQLResult } from '../../../testing/graphql-client';
import { createFinalEvaluation } from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { Evaluation } from '../../evaluation/evaluation.entity';
import { Rating } from '../../evaluation/evaluation.enums';
import { IndicatorJudgement } from '../../evaluation/indicator-judgement.entity';
import { Indicator } from '../indicator.entity';
import { PerformancePlan } from '../performance-plan.entity';
import { PlanStatus } from '../plan.enums';
import { Realization } from '../realization.entity';
import { WorkTarget } from '../work-target.entity';

const INDICATOR_FIELDS = `id kind target narrativeTarget unit aggregation
  periodTargets { period target actionPlan } tw4: targetFor(period: TW4)`;
const ADD_TARGET = `mutation ($input: AddWorkTargetInput!) { addWorkTarget(input: $input) {
  id indicators { ${INDICATOR_FIELDS} } } }`;
const REALIZE = `mutation ($input: SubmitRealizationInput!) { submitRealization(input: $input) {
  id value narrative achievement } }`;
const SAVE = `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) {
  id version achievement suggestedResultRating suggestionBasis unreportedIndicators differsFromSuggestion
  judgements { indicator { id kind } rating } } }`;
const RESULTS = (planId: string) => `{ performancePlan(id: ${planId}) {
  tw4: achievement(period: TW4)
  workTargets { indicators { id kind
    tw4: result(period: TW4) { target value reported achievement }
    achievementTw4: achievement(period: TW4) reportedTw3: reported(period: TW3)
    realization(period: TW4) { value narrative achievement }
  } } } }`;

const fieldsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
const { DI_BAWAH_EKSPEKTASI: BELOW, SESUAI_EKSPEKTASI: MEETS, DI_ATAS_EKSPEKTASI: ABOVE } = Rating;

const numeric = {
  aspect: 'KUALITAS',
  description: 'Persentase surat selesai tepat waktu',
  target: 100,
  unit: '%',
};
const qualitative = (
  description: string,
  narrativeTarget: unknown = `${description} sesuai SOP`,
) => ({
  kind: 'KUALITATIF',
  aspect: 'KUALITAS',
  description,
  narrativeTarget,
});

describe.each(DRIVERS)('KUALITATIF indicators on %s', (kind) => {
  // Five more staff alike in everything an analyst reads: an anonymity set of five.
  const t = useSmallOrg(kind, { extraStaffInA: 5 });
  let planId: string;
  let otherPlanId: string;
  const ids = { numeric: '', first: '', second: '' };
  const employee = () => t.org.extra[0].nip;
  const evaluator = () => t.org.people.kasiA.nip;
  const count = (entity: typeof WorkTarget | typeof Indicator | typeof Realization) =>
    t.db.dataSource.getRepository(entity).count();
  const saveInput = (extra: Record<string, unknown> = {}) => ({
    input: {
      planId,
      period: 'TW4',
      resultRating: 'SESUAI_EKSPEKTASI',
      behaviorRating: 'SESUAI_EKSPEKTASI',
      ...extra,
    },
  });

  beforeAll(async () => {
    const cycleId = (
      await t.client.as('admin', 'mutation { createCycle(input: { year: 2026 }) { id } }')
    ).data?.createCycle.id;
    await t.client.as(
      'admin',
      'mutation ($id: ID!) { setCycleStatus(id: $id, status: ACTIVE) { id } }',
      { id: cycleId },
    );
    const create = async (nip: string) =>
      (
        await t.client.as(
          nip,
          'mutation ($cycleId: ID!) { createPerformancePlan(input: { cycleId: $cycleId }) { id } }',
          { cycleId },
        )
      ).data?.createPerformancePlan.id as string;
    planId = await create(employee());
    otherPlanId = await create(t.org.extra[1].nip);
  });

  it('refuses a KUALITATIF indicator without a narrative target, naming the field, writing nothing', async () => {
    const before = [await count(WorkTarget), await count(Indicator)];
    const bad = await t.client.as(employee(), ADD_TARGET, {
      input: {
        planId,
        kind: 'TAMBAHAN',
        description: 'Telaahan staf untuk pimpinan',
        indicators: [
          numeric,
          qualitative('Kualitas telaahan staf', null),
          qualitative('Ketepatan telaahan', '   '),
          qualitative('Kelengkapan telaahan', 'n'.repeat(2001)),
          { ...numeric, target: null, unit: null },
        ],
      },
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(bad)).toEqual([
      'indicators[1].narrativeTarget',
      'indicators[2].narrativeTarget',
      'indicators[3].narrativeTarget',
      'indicators[4].target',
      'indicators[4].unit',
    ]);
    expect([await count(WorkTarget), await count(Indicator)]).toEqual(before);
  });

  it('writes a plan mixing a numeric and qualitative indicators, the latter without numbers', async () => {
    const added = await t.client.as(employee(), ADD_TARGET, {
      input: {
        planId,
        kind: 'TAMBAHAN',
        description: 'Telaahan staf untuk pimpinan',
        indicators: [
          numeric,
          {
            ...qualitative('Kualitas telaahan staf', '  Telaahan diterima tanpa revisi mayor  '),
            // Numbers sent for a narrative indicator are ignored.
            target: 12,
            unit: 'dokumen',
            periodTargets: [
              { period: 'TW1', actionPlan: 'Menyusun format telaahan' },
              { period: 'TW4', target: 3, actionPlan: 'Evaluasi bersama Kasi' },
            ],
          },
          qualitative('Inovasi layanan surat'),
        ],
      },
    });
    expect(added.errors).toBeUndefined();
    const [number, first, second] = added.data!.addWorkTarget.indicators;
    expect(number).toMatchObject({ kind: 'KUANTITATIF', target: 100, unit: '%', tw4: 100 });
    expect(number.narrativeTarget).toBeNull();
    expect(first).toEqual({
      id: first.id,
      kind: 'KUALITATIF',
      target: null,
      narrativeTarget: 'Telaahan diterima tanpa revisi mayor',
      unit: '',
      aggregation: 'LAST',
      periodTargets: [
        { period: 'TW1', target: null, actionPlan: 'Menyusun format telaahan' },
        { period: 'TW2', target: null, actionPlan: null },
        { period: 'TW3', target: null, actionPlan: null },
        { period: 'TW4', target: null, actionPlan: 'Evaluasi bersama Kasi' },
      ],
      tw4: null,
    });
    expect(second).toMatchObject({
      kind: 'KUALITATIF',
      narrativeTarget: 'Inovasi layanan surat sesuai SOP',
    });
    Object.assign(ids, { numeric: number.id, first: first.id, second: second.id });

    // The approval flow is tested elsewhere; here both plans are approved straight in the database.
    await t.db.dataSource
      .getRepository(PerformancePlan)
      .update([Number(planId), Number(otherPlanId)], {
        status: PlanStatus.APPROVED,
        approvedAt: new Date(),
      });
  });

  it('takes a narrative, never a value, for a qualitative indicator, and a value for a numeric one', async () => {
    const before = await count(Realization);
    const refused = async (input: Record<string, unknown>) => {
      const result = await t.client.as(employee(), REALIZE, {
        input: { period: 'TW4', note: 'Notulen rapat', ...input },
      });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      return fieldsOf(result);
    };
    expect(await refused({ indicatorId: ids.first, value: 3 })).toEqual(['narrative', 'value']);
    expect(
      await refused({ indicatorId: ids.first, value: 3, narrative: 'Tiga telaahan diterima' }),
    ).toEqual(['value']);
    expect(await refused({ indicatorId: ids.first, narrative: '  ' })).toEqual(['narrative']);
    expect(await refused({ indicatorId: ids.first, narrative: 'x'.repeat(2001) })).toEqual([
      'narrative',
    ]);
    expect(await refused({ indicatorId: ids.numeric })).toEqual(['value']);
    expect(
      await refused({ indicatorId: ids.numeric, value: 90, narrative: 'Surat selesai' }),
    ).toEqual(['narrative']);
    expect(await count(Realization)).toBe(before);

    const reported = await t.client.as(employee(), REALIZE, {
      input: {
        indicatorId: ids.first,
        period: 'TW4',
        narrative: '  Tiga telaahan diterima Camat tanpa revisi  ',
        note: 'Disposisi Camat',
      },
    });
    expect(reported.errors).toBeUndefined();
    expect(reported.data?.submitRealization).toMatchObject({
      value: null,
      narrative: 'Tiga telaahan diterima Camat tanpa revisi',
      achievement: null,
    });
    const measured = await t.client.as(employee(), REALIZE, {
      input: { indicatorId: ids.numeric, period: 'TW4', value: 100, note: 'Rekap agenda' },
    });
    expect(measured.data?.submitRealization).toMatchObject({ value: 100, achievement: 100 });
  });

  it('never gives a qualitative indicator a percentage, nor lets it into the plan’s mean', async () => {
    const result = await t.client.as(evaluator(), RESULTS(planId));
    expect(result.errors).toBeUndefined();
    const plan = result.data?.performancePlan;
    // Only the numeric indicator counts: 100 %, however the narrative ones stand.
    expect(plan.tw4).toBe(100);
    const [number, first, second] = plan.workTargets[0].indicators;
    expect(number.tw4).toEqual({ target: 100, value: 100, reported: true, achievement: 100 });
    expect(first).toMatchObject({
      tw4: { target: null, value: null, reported: true, achievement: null },
      achievementTw4: null,
      reportedTw3: false,
      realization: {
        value: null,
        narrative: 'Tiga telaahan diterima Camat tanpa revisi',
        achievement: null,
      },
    });
    expect(second.tw4).toEqual({ target: null, value: null, reported: false, achievement: null });
  });

  it('saves the judgements and combines them with the numeric achievement in the suggestion', async () => {
    // 100 % on one numeric indicator (SESUAI, weight 1) and one DI_ATAS: 2.5, a tie, goes to SESUAI.
    const one = await t.client.as(
      evaluator(),
      SAVE,
      saveInput({ judgements: [{ indicatorId: ids.first, rating: ABOVE }] }),
    );
    expect(one.errors).toBeUndefined();
    expect(one.data?.saveEvaluation).toMatchObject({
      achievement: 100,
      suggestedResultRating: MEETS,
      suggestionBasis: 'ACHIEVEMENT',
      // The second qualitative indicator is not judged: left out, counted.
      unreportedIndicators: 1,
      judgements: [{ indicator: { id: ids.first, kind: 'KUALITATIF' }, rating: ABOVE }],
    });

    // Two DI_ATAS judgements outweigh the one numeric SESUAI: (2 + 3 + 3) / 3 → DI_ATAS.
    const two = await t.client.as(
      evaluator(),
      SAVE,
      saveInput({
        version: one.data?.saveEvaluation.version,
        resultRating: ABOVE,
        judgements: [
          { indicatorId: ids.second, rating: ABOVE },
          { indicatorId: ids.first, rating: ABOVE },
        ],
      }),
    );
    expect(two.errors).toBeUndefined();
    expect(two.data?.saveEvaluation).toMatchObject({
      suggestedResultRating: ABOVE,
      unreportedIndicators: 0,
      differsFromSuggestion: false,
    });
    expect(
      two.data?.saveEvaluation.judgements.map((j: { indicator: { id: string } }) => j.indicator.id),
    ).toEqual([ids.second, ids.first]);

    // Each save replaces the judgements: none sent, none kept, both counted as unjudged.
    const none = await t.client.as(
      evaluator(),
      SAVE,
      saveInput({ version: two.data?.saveEvaluation.version, resultRating: BELOW }),
    );
    expect(none.data?.saveEvaluation).toMatchObject({
      suggestedResultRating: MEETS,
      unreportedIndicators: 2,
      differsFromSuggestion: true,
      judgements: [],
    });
    const again = await t.client.as(
      evaluator(),
      SAVE,
      saveInput({
        version: none.data?.saveEvaluation.version,
        judgements: [
          { indicatorId: ids.first, rating: BELOW },
          { indicatorId: ids.second, rating: MEETS },
        ],
      }),
    );
    // (2 + 1 + 2) / 3 → SESUAI; both judged.
    expect(again.data?.saveEvaluation).toMatchObject({
      suggestedResultRating: MEETS,
      unreportedIndicators: 0,
    });
  });

  it('refuses a judgement of a numeric indicator, of another plan’s indicator or given twice, naming it, saving nothing', async () => {
    const current = await t.db.dataSource
      .getRepository(Evaluation)
      .findOneByOrFail({ planId: Number(planId), period: Period.TW4 });
    const judgements = await t.db.dataSource.getRepository(IndicatorJudgement).find();
    const foreign = await t.db.dataSource.getRepository(Indicator).insert({
      workTargetId: (
        await t.db.dataSource.getRepository(WorkTarget).insert({
          planId: Number(otherPlanId),
          kind: 'TAMBAHAN' as never,
          description: 'Telaahan rekan',
          parentTargetId: null,
          sortOrder: 0,
        })
      ).identifiers[0].id as number,
      kind: 'KUALITATIF' as never,
      aspect: 'KUALITAS' as never,
      description: 'Telaahan rekan',
      narrativeTarget: 'Telaahan rekan diterima',
      target: 0,
      unit: '',
      direction: 'HIGHER_IS_BETTER' as never,
      aggregation: 'LAST' as never,
      targetTw1: 0,
      targetTw2: 0,
      targetTw3: 0,
      targetTw4: 0,
    });
    const foreignId = String(foreign.identifiers[0].id);
    const bad = await t.client.as(
      evaluator(),
      SAVE,
      saveInput({
        version: current.version,
        judgements: [
          { indicatorId: ids.numeric, rating: ABOVE },
          { indicatorId: foreignId, rating: ABOVE },
          { indicatorId: ids.first, rating: ABOVE },
          { indicatorId: ids.first, rating: BELOW },
          { indicatorId: 'x', rating: ABOVE },
        ],
      }),
    );
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'judgements[0].indicatorId',
        reason: 'NOT_QUALITATIVE_INDICATOR',
        message: 'must be a KUALITATIF indicator of this plan',
      },
      {
        field: 'judgements[1].indicatorId',
        reason: 'NOT_QUALITATIVE_INDICATOR',
        message: 'must be a KUALITATIF indicator of this plan',
      },
      { field: 'judgements[3].indicatorId', reason: 'REPEATED', message: 'appears twice' },
      {
        field: 'judgements[4].indicatorId',
        reason: 'NOT_QUALITATIVE_INDICATOR',
        message: 'must be a KUALITATIF indicator of this plan',
      },
    ]);
    expect(
      await t.db.dataSource.getRepository(Evaluation).findOneByOrFail({ id: current.id }),
    ).toEqual(current);
    expect(await t.db.dataSource.getRepository(IndicatorJudgement).find()).toEqual(judgements);
  });

  it('keeps the judgements on the revision an upheld objection makes, and shows analysts ratings but no narratives', async () => {
    const plan = {
      planId: Number(planId),
      targetId: 0,
      indicatorIds: [Number(ids.numeric), Number(ids.first), Number(ids.second)],
    };
    const annualId = await createFinalEvaluation(t.db.dataSource, plan, {
      period: Period.ANNUAL,
      resultRating: MEETS,
      behaviorRating: MEETS,
      achievement: 100,
    });
    await t.db.dataSource.getRepository(IndicatorJudgement).insert([
      { evaluationId: annualId, indicatorId: Number(ids.first), rating: ABOVE },
      { evaluationId: annualId, indicatorId: Number(ids.second), rating: MEETS },
    ]);
    const filed = await t.client.as(
      employee(),
      'mutation ($id: ID!) { fileObjection(evaluationId: $id, reason: "Inovasi saya tidak dihargai") { id } }',
      { id: String(annualId) },
    );
    expect(filed.errors).toBeUndefined();
    await t.client.as(
      evaluator(),
      'mutation ($id: ID!) { respondToObjection(id: $id, response: "Penilaian sudah berdasarkan bukti", version: 1) { id } }',
      {
        id: filed.data?.fileObjection.id,
      },
    );
    const upheld = await t.client.as(
      'camat',
      `mutation ($id: ID!) { resolveObjection(id: $id, decision: UPHELD, reason: "Inovasi terbukti berdampak", resultRating: DI_ATAS_EKSPEKTASI, behaviorRating: SESUAI_EKSPEKTASI) {
        revisedEvaluation { id judgements { indicator { id } rating } } } }`,
      { id: filed.data?.fileObjection.id },
    );
    expect(upheld.errors).toBeUndefined();
    const revised = upheld.data?.resolveObjection.revisedEvaluation;
    expect(revised.judgements).toEqual([
      { indicator: { id: ids.first }, rating: ABOVE },
      { indicator: { id: ids.second }, rating: MEETS },
    ]);

    // The analyst reads the judgement ratings of a final evaluation, never the narratives.
    const analyst = await t.client.as(
      'analis',
      `query ($id: ID!, $planId: ID!) {
        evaluation(id: $id) { resultRating judgements { rating indicator { kind narrativeTarget } } }
        performancePlan(id: $planId) { workTargets { indicators { kind narrativeTarget realization(period: TW4) { value narrative } } } } }`,
      { id: revised.id, planId },
    );
    expect(analyst.data?.evaluation).toEqual({
      resultRating: ABOVE,
      judgements: [
        { rating: ABOVE, indicator: { kind: 'KUALITATIF', narrativeTarget: null } },
        { rating: MEETS, indicator: { kind: 'KUALITATIF', narrativeTarget: null } },
      ],
    });
    const indicators = analyst.data?.performancePlan.workTargets[0].indicators;
    expect(indicators[1]).toEqual({
      kind: 'KUALITATIF',
      narrativeTarget: null,
      realization: { value: null, narrative: null },
    });
    const forbidden = (analyst.errors ?? []).map((error) => [
      error.extensions?.code,
      error.path?.at(-1),
    ]);
    expect(forbidden.length).toBeGreaterThan(0);
    expect(
      forbidden.every(
        ([code, field]) =>
          code === 'FORBIDDEN' && ['narrativeTarget', 'narrative'].includes(String(field)),
      ),
    ).toBe(true);

    // A draft's judgements stay with the evaluator's chain: the analyst never reads the TW4 draft.
    const draft = await t.db.dataSource
      .getRepository(Evaluation)
      .findOneByOrFail({ planId: Number(planId), period: Period.TW4 });
    const hidden = await t.client.as(
      'analis',
      'query ($id: ID!) { evaluation(id: $id) { judgements { rating } } }',
      { id: String(draft.id) },
    );
    expect(codesOf(hidden)).toEqual(['NOT_FOUND']);
  });
});
