import { subject as asSubject } from '@casl/ability';
import { AuditLog } from '../../../platform/audit/audit-log.entity';
import { defineAbilityFor } from '../../../platform/authz/abilities';
import { DRIVERS } from '../../../testing/databases';
import {
  type ApprovedPlan,
  createApprovedCascade,
  createCycle,
  createFinalEvaluation,
  reportRealizations,
} from '../../../testing/plan-fixtures';
import { useSmallOrg } from '../../../testing/suite';
import { Period } from '../../cycle/cycle.enums';
import { Evaluation } from '../evaluation.entity';
import { EvaluationStatus, Rating } from '../evaluation.enums';

// The annual suggestion as saveEvaluation wires it (the rule itself: utils/suggestion.util.ts).
// A past cycle, so every period is open whatever today is; the quarters are written straight to
// the database as FINAL (finalising through the API is tested in evaluation.api.test.ts).

const SAVE = `mutation ($input: SaveEvaluationInput!) { saveEvaluation(input: $input) {
  id version achievement suggestedResultRating suggestionBasis differsFromSuggestion resultRating
  organizationPredicate { predicate unit { name } } } }`;
const SET_PREDICATE = `mutation ($u: ID!, $c: ID!, $p: OrganizationPredicateValue!) {
  setOrganizationPredicate(unitId: $u, cycleId: $c, predicate: $p) { predicate } }`;
const PLAN_QUARTERS = `query ($id: ID!) { performancePlan(id: $id) {
  quarterEvaluations { period resultRating behaviorRating predicate status revision summary }
  organizationPredicate { predicate unit { name } } } }`;
const { DI_BAWAH_EKSPEKTASI: BELOW, SESUAI_EKSPEKTASI: MEETS, DI_ATAS_EKSPEKTASI: ABOVE } = Rating;

describe.each(DRIVERS)('the annual suggestion on %s', (kind) => {
  const t = useSmallOrg(kind);
  let cycleId: number;
  const plans: Record<string, ApprovedPlan> = {};
  const annual = (who: string, resultRating: Rating, version?: number) => ({
    input: {
      planId: String(plans[who].planId),
      period: 'ANNUAL',
      resultRating,
      behaviorRating: MEETS,
      ...(version === undefined ? {} : { version }),
    },
  });

  beforeAll(async () => {
    const ds = t.db.dataSource;
    const p = t.org.people;
    cycleId = await createCycle(ds, 2025);
    Object.assign(
      plans,
      await createApprovedCascade(ds, {
        cycleId,
        people: p,
        staff: ['staffA1', 'staffA2', 'staffB1'],
      }),
    );

    // Staff A1: the year at 80 % (below) but every final quarter SESUAI. A superseded TW3
    // (DI_BAWAH, replaced by an upheld objection) and a TW4 still in DRAFT (DI_BAWAH) must not
    // count: either would pull the combined rating below 1.5.
    await reportRealizations(ds, plans.staffA1, Period.ANNUAL, [80, 80]);
    const quarter = (period: Period, resultRating: Rating, status = EvaluationStatus.FINAL) =>
      createFinalEvaluation(ds, plans.staffA1, {
        period,
        resultRating,
        behaviorRating: MEETS,
        status,
      });
    await quarter(Period.TW1, MEETS);
    await quarter(Period.TW2, MEETS, EvaluationStatus.ACKNOWLEDGED);
    const replaced = await quarter(Period.TW3, BELOW);
    await ds.getRepository(Evaluation).update(replaced, { supersededAt: new Date() });
    const revised = await ds.getRepository(Evaluation).findOneByOrFail({ id: replaced });
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = revised;
    await ds.getRepository(Evaluation).insert({
      ...copy,
      resultRating: MEETS,
      predicate: revised.predicate,
      supersededAt: null,
      revision: 1,
      revisionOfId: replaced,
    });
    await quarter(Period.TW4, BELOW, EvaluationStatus.DRAFT);

    // Staff A2: the same 80 % year, no final quarter (a draft TW1 only).
    await reportRealizations(ds, plans.staffA2, Period.ANNUAL, [80, 80]);
    await createFinalEvaluation(ds, plans.staffA2, {
      period: Period.TW1,
      resultRating: ABOVE,
      behaviorRating: MEETS,
      status: EvaluationStatus.DRAFT,
    });

    // Kasi A heads Seksi Pelayanan: a strong year (120 %) and a strong final TW1.
    await reportRealizations(ds, plans.kasiA, Period.ANNUAL, [130, 130]);
    await reportRealizations(ds, plans.kasiA, Period.TW1, [130, 130]);
    await createFinalEvaluation(ds, plans.kasiA, {
      period: Period.TW1,
      resultRating: ABOVE,
      behaviorRating: ABOVE,
    });
  });

  it('combines the annual achievement with the final quarters in force, half each, and records that basis', async () => {
    const saved = await t.client.as(t.org.people.kasiA.nip, SAVE, annual('staffA1', MEETS));
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveEvaluation).toMatchObject({
      achievement: 80,
      suggestedResultRating: MEETS,
      suggestionBasis: 'ACHIEVEMENT_AND_QUARTERS',
      differsFromSuggestion: false,
    });
  });

  it('lets the evaluator choose another rating: differsFromSuggestion, in the audit row as today', async () => {
    const current = await t.db.dataSource
      .getRepository(Evaluation)
      .findOneByOrFail({ planId: plans.staffA1.planId, period: Period.ANNUAL });
    const saved = await t.client.as(
      t.org.people.kasiA.nip,
      SAVE,
      annual('staffA1', BELOW, current.version),
    );
    expect(saved.data?.saveEvaluation).toMatchObject({
      resultRating: BELOW,
      suggestedResultRating: MEETS,
      suggestionBasis: 'ACHIEVEMENT_AND_QUARTERS',
      differsFromSuggestion: true,
    });
    const audit = await t.db.dataSource.getRepository(AuditLog).findOneOrFail({
      where: { entity: 'Evaluation', entityId: String(current.id), action: 'evaluation.update' },
      order: { id: 'DESC' },
    });
    expect(audit.after).toMatchObject({
      resultRating: BELOW,
      suggestedResultRating: MEETS,
      suggestionBasis: 'ACHIEVEMENT_AND_QUARTERS',
      differsFromSuggestion: true,
    });
  });

  it('rests on the annual achievement alone without a final quarter, and on nothing without either', async () => {
    const alone = await t.client.as(t.org.people.kasiA.nip, SAVE, annual('staffA2', BELOW));
    expect(alone.data?.saveEvaluation).toMatchObject({
      achievement: 80,
      suggestedResultRating: BELOW,
      suggestionBasis: 'ACHIEVEMENT',
      differsFromSuggestion: false,
    });
    const nothing = await t.client.as(t.org.people.kasiB.nip, SAVE, annual('staffB1', MEETS));
    expect(nothing.data?.saveEvaluation).toMatchObject({
      achievement: null,
      suggestedResultRating: null,
      suggestionBasis: null,
      differsFromSuggestion: false,
    });
  });

  it('gives the annual form the final quarters in force, per role, without growing with the plans', async () => {
    const expected = [
      { period: 'TW1', resultRating: MEETS, status: 'FINAL', revision: 0 },
      { period: 'TW2', resultRating: MEETS, status: 'ACKNOWLEDGED', revision: 0 },
      { period: 'TW3', resultRating: MEETS, status: 'FINAL', revision: 1 },
    ];
    const p = t.org.people;
    for (const viewer of [p.kasiA.nip, p.staffA1.nip, 'camat', 'admin']) {
      const result = await t.client.as(viewer, PLAN_QUARTERS, { id: String(plans.staffA1.planId) });
      expect([viewer, result.errors]).toEqual([viewer, undefined]);
      expect([viewer, result.data?.performancePlan.quarterEvaluations]).toEqual([
        viewer,
        expected.map((row) => expect.objectContaining(row)),
      ]);
      expect(result.data?.performancePlan.organizationPredicate).toBeNull();
    }
    // No final quarter: an empty list (the form shows belum dinilai), never the draft.
    const none = await t.client.as(p.kasiA.nip, PLAN_QUARTERS, {
      id: String(plans.staffA2.planId),
    });
    expect(none.data?.performancePlan.quarterEvaluations).toEqual([]);
    // A colleague reads neither the plan nor its quarters.
    const colleague = await t.client.as(p.staffA2.nip, PLAN_QUARTERS, {
      id: String(plans.staffA1.planId),
    });
    expect(colleague.data?.performancePlan ?? null).toBeNull();

    const LIST = `query ($c: ID!, $first: Int) { performancePlans(filter: { cycleId: $c }, first: $first) {
      edges { node { id quarterEvaluations { period resultRating predicate } organizationPredicate { predicate } } } } }`;
    const count = async (first: number) => {
      const viewer = await t.client.viewer('admin');
      t.db.queries.reset();
      const result = await t.client.run(viewer, LIST, { c: String(cycleId), first });
      expect(result.errors).toBeUndefined();
      expect(result.data?.performancePlans.edges).toHaveLength(first);
      return t.db.queries.count;
    };
    expect(await count(6)).toBe(await count(2));
  });

  it('follows the recorded organisation predicate of the unit a head leads, mapped to a rating', async () => {
    const kasiA = t.org.people.kasiA;
    const unitA = String(t.org.units.unitA.id);
    // Before the predicate is recorded: the head's own evidence, the year and the final TW1 (above).
    const own = await t.client.as('camat', SAVE, annual('kasiA', ABOVE));
    expect(own.data?.saveEvaluation).toMatchObject({
      suggestedResultRating: ABOVE,
      suggestionBasis: 'ACHIEVEMENT_AND_QUARTERS',
      organizationPredicate: null,
    });
    let version: number = own.data?.saveEvaluation.version;
    const mapping = [
      ['ISTIMEWA', ABOVE],
      ['BAIK', MEETS],
      ['BUTUH_PERBAIKAN', BELOW],
      ['KURANG', BELOW],
      ['SANGAT_KURANG', BELOW],
    ] as const;
    for (const [predicate, rating] of mapping) {
      const set = await t.client.as('camat', SET_PREDICATE, {
        u: unitA,
        c: String(cycleId),
        p: predicate,
      });
      expect(set.errors).toBeUndefined();
      const saved = await t.client.as('camat', SAVE, annual('kasiA', ABOVE, version));
      expect([predicate, saved.data?.saveEvaluation]).toEqual([
        predicate,
        expect.objectContaining({
          suggestedResultRating: rating,
          suggestionBasis: 'ORGANIZATION_PREDICATE',
          differsFromSuggestion: rating !== ABOVE,
          organizationPredicate: { predicate, unit: { name: 'Seksi Pelayanan' } },
        }),
      ]);
      version = saved.data?.saveEvaluation.version;
    }
    // The plan tells the form the same before any save; analysts never read it (it marks a head).
    const plan = await t.client.as('camat', PLAN_QUARTERS, { id: String(plans.kasiA.planId) });
    expect(plan.data?.performancePlan.organizationPredicate).toEqual({
      predicate: 'SANGAT_KURANG',
      unit: { name: 'Seksi Pelayanan' },
    });
    // The quarters keep their own evidence: a head's TW evaluation ignores the predicate.
    const quarterly = await t.client.as('camat', SAVE, {
      input: {
        planId: String(plans.kasiA.planId),
        period: 'TW2',
        resultRating: MEETS,
        behaviorRating: MEETS,
      },
    });
    expect(quarterly.data?.saveEvaluation).toMatchObject({
      suggestedResultRating: null,
      suggestionBasis: null,
    });
    // Someone who heads nothing keeps their own basis even with predicates recorded.
    const staff = await t.db.dataSource
      .getRepository(Evaluation)
      .findOneByOrFail({ planId: plans.staffA2.planId, period: Period.ANNUAL });
    const again = await t.client.as(kasiA.nip, SAVE, annual('staffA2', BELOW, staff.version));
    expect(again.data?.saveEvaluation).toMatchObject({
      suggestionBasis: 'ACHIEVEMENT',
      organizationPredicate: null,
    });
    const audit = await t.db.dataSource.getRepository(AuditLog).findOneOrFail({
      where: { entity: 'Evaluation', action: 'evaluation.update' },
      order: { id: 'DESC' },
    });
    expect(audit.entityId).toBe(String(staff.id));
  });

  it('never tells an analyst whom the organisation predicate marks as a head', async () => {
    const analyst = defineAbilityFor(await t.client.viewer('analis'));
    const readable = (field: string) =>
      analyst.can('read', asSubject('PerformancePlan', { ownerAnonymitySetSize: 50 }), field);
    expect([readable('quarterEvaluations'), readable('organizationPredicate')]).toEqual([
      true,
      false,
    ]);
  });
});
