import { type DataSource } from 'typeorm';
import { PerformanceCycle } from '../../api/src/modules/cycle/cycle.entity';
import { Period } from '../../api/src/modules/cycle/cycle.enums';
import { jakartaDate, periodsOf } from '../../api/src/modules/cycle/utils/periods.util';
import { CalibrationService } from '../../api/src/modules/evaluation/calibration.service';
import { Evaluation } from '../../api/src/modules/evaluation/evaluation.entity';
import {
  EvaluationStatus,
  OrganizationPredicateValue,
  Predicate,
  Rating,
} from '../../api/src/modules/evaluation/evaluation.enums';
import { EvaluationFeedback } from '../../api/src/modules/evaluation/evaluation-feedback.entity';
import { IndicatorJudgement } from '../../api/src/modules/evaluation/indicator-judgement.entity';
import { suggestPeriodRating } from '../../api/src/modules/evaluation/utils/suggestion.util';
import { Objection, ObjectionStatus } from '../../api/src/modules/evaluation/objection.entity';
import { OrganizationPredicate } from '../../api/src/modules/evaluation/organization-predicate.entity';
import {
  checkDistribution,
  countPredicates,
} from '../../api/src/modules/evaluation/utils/distribution.util';
import {
  computePredicate,
  suggestResultRating,
} from '../../api/src/modules/evaluation/utils/predicate.util';
import { Feedback, FeedbackKind } from '../../api/src/modules/feedback/feedback.entity';
import { Notification } from '../../api/src/modules/feedback/notification.entity';
import { Employee, ReportingLine } from '../../api/src/modules/org/employee.entity';
import { OrgUnit, OrgUnitClosure } from '../../api/src/modules/org/org-unit.entity';
import { Indicator } from '../../api/src/modules/plan/indicator.entity';
import { PerformancePlan } from '../../api/src/modules/plan/performance-plan.entity';
import { CoreValue, IndicatorKind, PlanStatus } from '../../api/src/modules/plan/plan.enums';
import { indicatorPlanOf } from '../../api/src/modules/plan/plan-achievement';
import { Realization } from '../../api/src/modules/plan/realization.entity';
import {
  computePeriodResult,
  computePlanAchievement,
} from '../../api/src/modules/plan/utils/achievement.util';
import { WorkTarget } from '../../api/src/modules/plan/work-target.entity';
import { DRIVERS, openTestDatabase, type TestDatabase } from '../../api/src/testing/databases';
import { createContext } from '../../api/src/platform/graphql/context';
import { Role } from '../../api/src/platform/auth/role';
import { registerPolicies } from '../../api/src/platform/authz/policy';
import { POLICIES } from '../../api/src/policies';
import { OverdueKind } from '../../api/src/modules/cycle/cycle.enums';
import { OverdueService } from '../../api/src/modules/cycle/overdue.service';
import { findDemoEvaluations, findDemoPeople, findDemoPosts } from '../demo-facts';
import { CALIBRATION_2026, planGayunganEvaluations } from '../evaluation.seed';
import { planGayunganDemo } from '../gayungan.plan';
import { seedDemo } from '../gayungan.seed';
import { ACTIVE_YEAR } from '../skp.seed';

const PASSWORD = 'test-demo-password';
const CLOSED_YEARS = [2023, 2024, 2025];
const ALL_PERIODS = [Period.TW1, Period.TW2, Period.TW3, Period.TW4, Period.ANNUAL];
// An annual report, when entered, corrects the year derived from the quarters.
const PERIODS_WITH_REPORTS = ALL_PERIODS;
const DAY = 86_400_000;

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

describe('planGayunganEvaluations', () => {
  it('is the same on every call', () => {
    const demo = planGayunganDemo();
    expect(planGayunganEvaluations(demo)).toEqual(planGayunganEvaluations(demo));
  });
});

describe.each(DRIVERS)('evaluation demo on %s', (kind) => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let seedMs: number;
  let employees: Employee[];
  let cycles: PerformanceCycle[];
  let plans: PerformancePlan[];
  let targets: WorkTarget[];
  let evaluations: Evaluation[];
  let evaluationFeedback: EvaluationFeedback[];
  let objections: Objection[];
  let notifications: Notification[];
  let feedback: Feedback[];
  let organizationPredicates: OrganizationPredicate[];
  let units: OrgUnit[];
  let unitClosure: OrgUnitClosure[];
  let reportingLines: ReportingLine[];
  let recomputed: Map<string, number | null>;
  /** Per plan and period: how many numeric indicators were reported (their weight). */
  let reportedNumeric: Map<string, number>;
  let indicators: Indicator[];
  let realizations: Realization[];
  let judgements: IndicatorJudgement[];

  let yearOf: (cycleId: number) => number;
  let planById: Map<number, PerformancePlan>;
  let employeeById: Map<number, Employee>;
  const inForce = () => evaluations.filter((evaluation) => evaluation.supersededAt === null);
  const endOf = (year: number, period: Period) =>
    periodsOf({ year }).find((range) => range.period === period)!.endsOn;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    dataSource = db.dataSource;
    const started = Date.now();
    await seedDemo(dataSource, { password: PASSWORD });
    seedMs = Date.now() - started;
    const manager = dataSource.manager;
    employees = await manager.find(Employee, { order: { id: 'ASC' } });
    cycles = await manager.find(PerformanceCycle, { order: { year: 'ASC' } });
    plans = await manager.find(PerformancePlan, { order: { id: 'ASC' } });
    targets = await manager.find(WorkTarget, { order: { id: 'ASC' } });
    indicators = await manager.find(Indicator, { order: { id: 'ASC' } });
    realizations = await manager.find(Realization, { order: { id: 'ASC' } });
    judgements = await manager.find(IndicatorJudgement, { order: { id: 'ASC' } });
    evaluations = await manager.find(Evaluation, { order: { id: 'ASC' } });
    evaluationFeedback = await manager.find(EvaluationFeedback, { order: { id: 'ASC' } });
    objections = await manager.find(Objection, { order: { id: 'ASC' } });
    notifications = await manager.find(Notification, { order: { id: 'ASC' } });
    feedback = await manager.find(Feedback, { order: { id: 'ASC' } });
    organizationPredicates = await manager.find(OrganizationPredicate, { order: { id: 'ASC' } });
    units = await manager.find(OrgUnit, { order: { id: 'ASC' } });
    unitClosure = await manager.find(OrgUnitClosure);
    reportingLines = await manager.find(ReportingLine);

    const years = new Map(cycles.map((cycle) => [cycle.id, cycle.year]));
    yearOf = (cycleId) => years.get(cycleId)!;
    planById = new Map(plans.map((plan) => [plan.id, plan]));
    employeeById = new Map(employees.map((employee) => [employee.id, employee]));

    // Plan achievement per plan and period from the reports in force, as the API computes it.
    const targetsOf = groupBy(targets, (target) => target.planId);
    const indicatorsOf = groupBy(indicators, (indicator) => indicator.workTargetId);
    const reportOf = new Map(
      realizations
        .filter((report) => report.replacedAt === null)
        .map((report) => [`${report.indicatorId}|${report.period}`, report]),
    );
    recomputed = new Map();
    reportedNumeric = new Map();
    for (const plan of plans) {
      // Qualitative indicators are judged, never measured: out of the mean.
      const own = (targetsOf.get(plan.id) ?? [])
        .flatMap((target) => indicatorsOf.get(target.id) ?? [])
        .filter((indicator) => indicator.kind !== IndicatorKind.KUALITATIF);
      for (const period of ALL_PERIODS) {
        // As the API does: each period against its own target, the year derived from the
        // quarters, an unreported indicator left out.
        const achievements = own.flatMap((indicator) => {
          const reports = Object.fromEntries(
            PERIODS_WITH_REPORTS.flatMap((one) => {
              const report = reportOf.get(`${indicator.id}|${one}`);
              return report ? [[one, report.value]] : [];
            }),
          );
          const { achievement } = computePeriodResult({
            plan: indicatorPlanOf(indicator),
            period,
            reports,
          });
          return achievement === null ? [] : [achievement];
        });
        recomputed.set(`${plan.id}|${period}`, computePlanAchievement({ achievements }));
        reportedNumeric.set(`${plan.id}|${period}`, achievements.length);
      }
    }
  }, 180_000);

  afterAll(async () => {
    await db?.close();
  });

  it('seeds the whole demo well within the time budget', () => {
    console.log(
      `seedDemo with evaluations on ${kind}: ${seedMs} ms; ${evaluations.length} evaluations, ` +
        `${evaluationFeedback.length} evaluation feedback, ${objections.length} objections, ` +
        `${feedback.length} feedback, ${organizationPredicates.length} organisation predicates`,
    );
    expect(seedMs).toBeLessThan(30_000);
  });

  it('gives a few staff in different units qualitative indicators, narrated each quarter and judged', () => {
    const qualitative = indicators.filter(
      (indicator) => indicator.kind === IndicatorKind.KUALITATIF,
    );
    const targetById = new Map(targets.map((target) => [target.id, target]));
    const ownerOf = (indicator: Indicator) =>
      employeeById.get(planById.get(targetById.get(indicator.workTargetId)!.planId)!.employeeId)!;
    const owners = new Set(qualitative.map((indicator) => ownerOf(indicator).id));
    expect(owners.size).toBeGreaterThanOrEqual(3);
    expect(owners.size).toBeLessThanOrEqual(4);
    expect(new Set([...owners].map((id) => employeeById.get(id)!.unitId)).size).toBe(owners.size);
    for (const indicator of qualitative) {
      // A narrative target and no numbers.
      expect(indicator.narrativeTarget?.trim().length).toBeGreaterThan(20);
      expect([indicator.target, indicator.unit]).toEqual([0, '']);
    }
    const qualitativeIds = new Set(qualitative.map((indicator) => indicator.id));
    const narrated = realizations.filter((report) => qualitativeIds.has(report.indicatorId));
    expect(narrated.length).toBeGreaterThan(0);
    for (const report of narrated) {
      expect(report.value).toBeNull();
      expect(report.narrative?.trim().length).toBeGreaterThan(10);
    }
    // Numeric reports never carry a narrative.
    expect(
      realizations.filter((report) => !qualitativeIds.has(report.indicatorId) && report.narrative),
    ).toEqual([]);
    // Every judgement names a qualitative indicator of the evaluated plan, once.
    const evaluationById = new Map(evaluations.map((evaluation) => [evaluation.id, evaluation]));
    const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
    expect(judgements.length).toBeGreaterThan(0);
    for (const judgement of judgements) {
      const indicator = indicatorById.get(judgement.indicatorId)!;
      expect(indicator.kind).toBe(IndicatorKind.KUALITATIF);
      expect(targetById.get(indicator.workTargetId)!.planId).toBe(
        evaluationById.get(judgement.evaluationId)!.planId,
      );
    }
    expect(
      new Set(judgements.map((judgement) => `${judgement.evaluationId}|${judgement.indicatorId}`))
        .size,
    ).toBe(judgements.length);
    // The final evaluations of those staff's 2025 quarters each judge their qualitative indicators.
    const judgedEvaluations = new Set(judgements.map((judgement) => judgement.evaluationId));
    const year2025 = cycles.find((cycle) => cycle.year === 2025)!.id;
    const quarters2025 = evaluations.filter(
      (evaluation) =>
        owners.has(evaluation.employeeId) &&
        evaluation.cycleId === year2025 &&
        evaluation.period !== Period.ANNUAL &&
        evaluation.revision === 0,
    );
    expect(quarters2025.length).toBeGreaterThan(0);
    for (const evaluation of quarters2025) expect(judgedEvaluations.has(evaluation.id)).toBe(true);
  });

  it('derives every predicate from the ratings and every suggestion from the achievement', () => {
    const cycleById = new Map(cycles.map((cycle) => [cycle.id, cycle]));
    const judgementsOf = groupBy(judgements, (judgement) => judgement.evaluationId);
    for (const evaluation of evaluations) {
      const cycle = cycleById.get(evaluation.cycleId)!;
      const judged = (judgementsOf.get(evaluation.id) ?? []).map((judgement) => judgement.rating);
      // With judgements, the API's rule for a period's evidence; else the thresholds alone.
      const suggested = judged.length
        ? suggestPeriodRating({
            achievement: evaluation.achievement,
            reportedNumeric: reportedNumeric.get(`${evaluation.planId}|${evaluation.period}`) ?? 0,
            judgements: judged,
            exceedsThreshold: cycle.exceedsThreshold,
            meetsThreshold: cycle.meetsThreshold,
          })
        : suggestResultRating({
            achievement: evaluation.achievement,
            exceedsThreshold: cycle.exceedsThreshold,
            meetsThreshold: cycle.meetsThreshold,
          });
      expect({
        id: evaluation.id,
        ...computePredicate(evaluation),
        suggested,
        differs: suggested !== null && suggested !== evaluation.resultRating,
      }).toEqual({
        id: evaluation.id,
        predicate: evaluation.predicate,
        predicateLevel: evaluation.predicateLevel,
        suggested: evaluation.suggestedResultRating,
        differs: evaluation.differsFromSuggestion,
      });
    }
    const differing = evaluations.filter((evaluation) => evaluation.differsFromSuggestion);
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThan(evaluations.length * 0.15);
  });

  it('evaluates approved plans by their evaluator, with the achievement recomputed from reports', () => {
    for (const evaluation of evaluations) {
      const plan = planById.get(evaluation.planId)!;
      expect({
        id: evaluation.id,
        status: plan.status,
        evaluatorId: evaluation.evaluatorId,
        employeeId: evaluation.employeeId,
        cycleId: evaluation.cycleId,
        achievement: evaluation.achievement,
      }).toEqual({
        id: evaluation.id,
        status: PlanStatus.APPROVED,
        evaluatorId: plan.evaluatorId,
        employeeId: plan.employeeId,
        cycleId: plan.cycleId,
        achievement: recomputed.get(`${plan.id}|${evaluation.period}`),
      });
    }
  });

  it('evaluates every period of 2023–2025 and TW1–TW3 2026 for most, never the Camat or TW4 2026', () => {
    const periodsOfPlan = groupBy(inForce(), (evaluation) => evaluation.planId);
    const evaluable = plans.filter(
      (plan) => plan.status === PlanStatus.APPROVED && plan.evaluatorId !== null,
    );
    for (const plan of evaluable.filter((candidate) => yearOf(candidate.cycleId) < ACTIVE_YEAR)) {
      const periods = (periodsOfPlan.get(plan.id) ?? []).map((evaluation) => evaluation.period);
      expect({ plan: plan.id, periods: periods.sort() }).toEqual({
        plan: plan.id,
        periods: [...ALL_PERIODS].sort(),
      });
    }
    const current = evaluable.filter((plan) => yearOf(plan.cycleId) === ACTIVE_YEAR);
    const has = (plan: PerformancePlan, period: Period) =>
      (periodsOfPlan.get(plan.id) ?? []).some((evaluation) => evaluation.period === period);
    for (const plan of current) {
      expect({ plan: plan.id, TW1: has(plan, Period.TW1), TW2: has(plan, Period.TW2) }).toEqual({
        plan: plan.id,
        TW1: true,
        TW2: true,
      });
      expect(has(plan, Period.TW4)).toBe(false);
    }
    const withTw3 = current.filter((plan) => has(plan, Period.TW3)).length;
    expect(withTw3).toBeGreaterThan(current.length * 0.6);
    expect(withTw3).toBeLessThan(current.length);
    expect(
      evaluations.filter((evaluation) => planById.get(evaluation.planId)!.evaluatorId === null),
    ).toEqual([]);
  });

  it('keeps at most one evaluation in force per plan and period', () => {
    const counts = groupBy(inForce(), (evaluation) => `${evaluation.planId}|${evaluation.period}`);
    expect([...counts.values()].every((group) => group.length === 1)).toBe(true);
  });

  it('keeps statuses, versions and times consistent', () => {
    for (const evaluation of evaluations) {
      const year = yearOf(evaluation.cycleId);
      const minimum =
        (evaluation.revision === 0
          ? { DRAFT: 1, FINAL: 2, ACKNOWLEDGED: 3 }
          : { DRAFT: 1, FINAL: 1, ACKNOWLEDGED: 2 })[evaluation.status] +
        (evaluation.supersededAt ? 1 : 0);
      expect(evaluation.version).toBeGreaterThanOrEqual(minimum);
      expect(evaluation.finalizedAt === null).toBe(evaluation.status === EvaluationStatus.DRAFT);
      expect(evaluation.acknowledgedAt === null).toBe(
        evaluation.status !== EvaluationStatus.ACKNOWLEDGED,
      );
      if (evaluation.finalizedAt) {
        const ends = endOf(year, evaluation.period);
        const finalized = jakartaDate(evaluation.finalizedAt);
        expect(finalized > ends).toBe(true);
        if (evaluation.revision === 0)
          expect(Date.parse(finalized) - Date.parse(ends)).toBeLessThan(60 * DAY);
      }
      if (evaluation.acknowledgedAt)
        expect(evaluation.acknowledgedAt.getTime()).toBeGreaterThan(
          evaluation.finalizedAt!.getTime(),
        );
      expect(evaluation.updatedAt.getTime()).toBeGreaterThanOrEqual(evaluation.createdAt.getTime());
    }
    const closed = evaluations.filter(
      (evaluation) =>
        yearOf(evaluation.cycleId) < ACTIVE_YEAR ||
        [Period.TW1, Period.TW2].includes(evaluation.period),
    );
    const acknowledged = closed.filter(
      (evaluation) => evaluation.status === EvaluationStatus.ACKNOWLEDGED,
    ).length;
    expect(acknowledged).toBeGreaterThan(closed.length * 0.85);
    expect(closed.some((evaluation) => evaluation.status === EvaluationStatus.FINAL)).toBe(true);
    expect(closed.some((evaluation) => evaluation.status === EvaluationStatus.DRAFT)).toBe(false);

    const tw3 = evaluations.filter(
      (evaluation) =>
        yearOf(evaluation.cycleId) === ACTIVE_YEAR && evaluation.period === Period.TW3,
    );
    expect(new Set(tw3.map((evaluation) => evaluation.status))).toEqual(
      new Set([EvaluationStatus.FINAL, EvaluationStatus.DRAFT]),
    );
  });

  it('spreads predicates plausibly, with lasting personal tendencies', () => {
    const counts = groupBy(inForce(), (evaluation) => evaluation.predicate);
    const count = (predicate: Predicate) => counts.get(predicate)?.length ?? 0;
    const total = inForce().length;
    for (const predicate of Object.values(Predicate)) expect(count(predicate)).toBeGreaterThan(0);
    expect(count(Predicate.BAIK)).toBeGreaterThan(total / 2);
    expect(count(Predicate.SANGAT_BAIK)).toBeGreaterThan(total * 0.02);
    expect(count(Predicate.BUTUH_PERBAIKAN)).toBeGreaterThan(total * 0.05);
    expect(count(Predicate.BUTUH_PERBAIKAN)).toBeLessThan(total * 0.3);
    expect(count(Predicate.KURANG) + count(Predicate.SANGAT_KURANG)).toBeLessThan(total * 0.06);

    // Annual predicate level per employee: some rise over the years, some fall.
    const annual = inForce().filter((evaluation) => evaluation.period === Period.ANNUAL);
    const levelOf = new Map(
      annual.map((evaluation) => [
        `${evaluation.employeeId}|${yearOf(evaluation.cycleId)}`,
        evaluation,
      ]),
    );
    const change = employees
      .map((employee) => [levelOf.get(`${employee.id}|2023`), levelOf.get(`${employee.id}|2025`)])
      .filter(([first, last]) => first && last)
      .map(([first, last]) => last!.achievement! - first!.achievement!);
    expect(change.filter((delta) => delta > 10).length).toBeGreaterThan(0);
    expect(change.filter((delta) => delta < -10).length).toBeGreaterThan(0);
  });

  it('gives feedback on every RHK of the plan and every BerAKHLAK value, with summaries', () => {
    const byEvaluation = groupBy(evaluationFeedback, (item) => item.evaluationId);
    const targetsOf = groupBy(targets, (target) => target.planId);
    for (const evaluation of evaluations) {
      const items = byEvaluation.get(evaluation.id) ?? [];
      const onTargets = items.filter((item) => item.workTargetId !== null);
      const onValues = items.filter((item) => item.coreValue !== null);
      expect(onTargets.length + onValues.length).toBe(items.length);
      expect(onTargets.map((item) => item.workTargetId).sort()).toEqual(
        (targetsOf.get(evaluation.planId) ?? []).map((target) => target.id).sort(),
      );
      expect(onValues.map((item) => item.coreValue).sort()).toEqual(
        Object.values(CoreValue).sort(),
      );
      for (const item of items) expect(item.text.length).toBeGreaterThan(10);
      for (const item of onTargets) expect(item.rating).toBeNull();
      const below = onValues.filter((item) => item.rating === Rating.DI_BAWAH_EKSPEKTASI);
      if (evaluation.behaviorRating === Rating.DI_BAWAH_EKSPEKTASI && evaluation.revision === 0)
        expect(below.length).toBeGreaterThan(0);
      if (evaluation.behaviorRating === Rating.DI_ATAS_EKSPEKTASI && evaluation.revision === 0) {
        expect(below).toEqual([]);
        expect(onValues.some((item) => item.rating === Rating.DI_ATAS_EKSPEKTASI)).toBe(true);
      }
      if (evaluation.period === Period.ANNUAL) expect(evaluation.summary).toBeTruthy();
    }
    const quarterly = evaluations.filter((evaluation) => evaluation.period !== Period.ANNUAL);
    const summarised = quarterly.filter((evaluation) => evaluation.summary !== null).length;
    expect(summarised).toBeGreaterThan(quarterly.length * 0.1);
    expect(summarised).toBeLessThan(quarterly.length * 0.6);
  });

  it('keeps each employee’s weak BerAKHLAK values consistent across periods', () => {
    const employeeOf = new Map(evaluations.map((evaluation) => [evaluation.id, evaluation]));
    const weak = groupBy(
      evaluationFeedback.filter((item) => item.rating === Rating.DI_BAWAH_EKSPEKTASI),
      (item) => `${employeeOf.get(item.evaluationId)!.employeeId}|${item.coreValue}`,
    );
    const persistent = [...weak].filter(([, items]) => {
      const years = new Set(items.map((item) => employeeOf.get(item.evaluationId)!.cycleId));
      return items.length >= 4 && years.size >= 2;
    });
    expect(persistent.length).toBeGreaterThanOrEqual(5);
    expect(persistent.some(([key]) => key.endsWith(`|${CoreValue.BERORIENTASI_PELAYANAN}`))).toBe(
      true,
    );
    // A weakness is a pattern: most weak ratings belong to the employee's recurring values.
    const recurring = persistent.reduce((sum, [, items]) => sum + items.length, 0);
    const all = [...weak.values()].reduce((sum, items) => sum + items.length, 0);
    expect(recurring).toBeGreaterThan(all * 0.7);
  });

  it('files objections within 14 days and decides them through the evaluator’s supervisor', () => {
    const byId = new Map(evaluations.map((evaluation) => [evaluation.id, evaluation]));
    const feedbackOf = groupBy(evaluationFeedback, (item) => item.evaluationId);
    expect(objections.filter((o) => o.status === ObjectionStatus.UPHELD).length).toBeGreaterThan(0);
    expect(objections.filter((o) => o.status === ObjectionStatus.REJECTED).length).toBeGreaterThan(
      0,
    );
    for (const objection of objections) {
      const original = byId.get(objection.evaluationId)!;
      expect(original.period).toBe(Period.ANNUAL);
      expect([2024, 2025]).toContain(yearOf(original.cycleId));
      expect(original.revision).toBe(0);
      expect(objection.employeeId).toBe(original.employeeId);
      expect([EvaluationStatus.FINAL, EvaluationStatus.ACKNOWLEDGED]).toContain(original.status);
      const filed = objection.filedAt.getTime();
      expect(filed).toBeGreaterThan(original.finalizedAt!.getTime());
      expect(filed - original.finalizedAt!.getTime()).toBeLessThanOrEqual(14 * DAY);
      if (original.acknowledgedAt) expect(filed).toBeGreaterThan(original.acknowledgedAt.getTime());
      expect(objection.decidedAt!.getTime()).toBeGreaterThan(filed);
      expect(objection.reason.length).toBeGreaterThanOrEqual(10);
      expect(objection.decisionReason!.length).toBeGreaterThanOrEqual(10);
      expect(objection.deciderId).toBe(employeeById.get(original.evaluatorId)!.supervisorId);
      expect(objection.deciderId).not.toBeNull();

      const notes = notifications.filter(
        (note) => note.entity === 'Objection' && note.entityId === String(objection.id),
      );
      expect(notes).toHaveLength(1);
      expect(notes[0].recipientId).toBe(objection.employeeId);
      expect(notes[0].kind).toBe(
        objection.status === ObjectionStatus.UPHELD ? 'objection.upheld' : 'objection.rejected',
      );
      expect(notes[0].createdAt.getTime()).toBe(objection.decidedAt!.getTime());

      if (objection.status === ObjectionStatus.UPHELD) {
        const revised = byId.get(objection.revisedEvaluationId!)!;
        expect(original.supersededAt!.getTime()).toBe(objection.decidedAt!.getTime());
        expect({
          revision: revised.revision,
          revisionOfId: revised.revisionOfId,
          planId: revised.planId,
          period: revised.period,
          status: revised.status,
          version: revised.version,
          supersededAt: revised.supersededAt,
        }).toEqual({
          revision: original.revision + 1,
          revisionOfId: original.id,
          planId: original.planId,
          period: original.period,
          status: EvaluationStatus.FINAL,
          version: 1,
          supersededAt: null,
        });
        expect(revised.predicateLevel).toBeGreaterThan(original.predicateLevel);
        const copy = (id: number) =>
          (feedbackOf.get(id) ?? []).map(({ workTargetId, coreValue, rating, text }) => ({
            workTargetId,
            coreValue,
            rating,
            text,
          }));
        expect(copy(revised.id)).toEqual(copy(original.id));
      } else {
        expect(objection.revisedEvaluationId).toBeNull();
        expect(original.supersededAt).toBeNull();
      }
    }
    expect(notifications.filter((note) => note.entity === 'Objection')).toHaveLength(
      objections.length,
    );
    const superseded = evaluations.filter((evaluation) => evaluation.supersededAt !== null);
    expect(superseded.map((evaluation) => evaluation.id).sort()).toEqual(
      objections
        .filter((o) => o.status === ObjectionStatus.UPHELD)
        .map((o) => o.evaluationId)
        .sort(),
    );
  });

  it('keeps continuous feedback between a recipient’s supervisors or unit peers', async () => {
    // Where both worked that day: the demo mutasi moves one employee in TW4 2026.
    const { postOn } = await findDemoPosts(dataSource);
    const chain = new Set(
      reportingLines
        .filter((line) => line.depth > 0)
        .map((line) => `${line.ancestorId}:${line.descendantId}`),
    );
    const targetById = new Map(targets.map((target) => [target.id, target]));
    expect(feedback.length).toBeGreaterThan(200);
    for (const item of feedback) {
      const author = employeeById.get(item.authorId)!;
      const recipient = employeeById.get(item.recipientId)!;
      const year = yearOf(item.cycleId);
      expect([2025, 2026]).toContain(year);
      expect(item.authorId).not.toBe(item.recipientId);
      expect(recipient.active && author.active).toBe(true);
      const day = jakartaDate(item.createdAt);
      const recipientPost = postOn(item.recipientId, day);
      expect(
        chain.has(`${item.authorId}:${item.recipientId}`) ||
          recipientPost.supervisorId === item.authorId ||
          postOn(item.authorId, day).unitId === recipientPost.unitId,
      ).toBe(true);
      expect(item.workTargetId !== null && item.coreValue !== null).toBe(false);
      if (item.workTargetId !== null) {
        const plan = planById.get(targetById.get(item.workTargetId)!.planId)!;
        expect({ owner: plan.employeeId, cycle: plan.cycleId }).toEqual({
          owner: item.recipientId,
          cycle: item.cycleId,
        });
      }
      expect(jakartaDate(item.createdAt).slice(0, 4)).toBe(String(year));
      if (item.acknowledgedAt)
        expect(item.acknowledgedAt.getTime()).toBeGreaterThan(item.createdAt.getTime());
      expect(item.text.length).toBeGreaterThan(10);
    }
    expect(new Set(feedback.map((item) => item.kind))).toEqual(
      new Set(Object.values(FeedbackKind)),
    );
    expect(feedback.some((item) => item.workTargetId !== null)).toBe(true);
    expect(feedback.some((item) => item.coreValue !== null)).toBe(true);
    expect(feedback.some((item) => !chain.has(`${item.authorId}:${item.recipientId}`))).toBe(true);
    const acknowledged = feedback.filter((item) => item.acknowledgedAt !== null).length;
    expect(acknowledged).toBeGreaterThan(feedback.length * 0.3);
    expect(acknowledged).toBeLessThan(feedback.length);
  });

  it('passes the curve in the closed years and fails it for one unit in 2026', async () => {
    const root = units.find((unit) => unit.parentId === null)!;
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    const checkOf = (record: OrganizationPredicate) => {
      const within = new Set(
        unitClosure
          .filter((row) => row.ancestorId === record.unitId)
          .map((row) => row.descendantId),
      );
      const predicates = inForce()
        .filter(
          (evaluation) =>
            evaluation.cycleId === record.cycleId &&
            evaluation.period === Period.ANNUAL &&
            within.has(employeeById.get(evaluation.employeeId)!.unitId),
        )
        .map((evaluation) => evaluation.predicate);
      return checkDistribution({
        organizationPredicate: record.predicate,
        counts: countPredicates(predicates),
      });
    };

    const rootRecords = organizationPredicates.filter((record) => record.unitId === root.id);
    expect(rootRecords.map((record) => yearOf(record.cycleId)).sort()).toEqual([
      2023, 2024, 2025, 2026,
    ]);
    // The kecamatan's own come from the city with the decision's reference; the Camat's carry none.
    for (const record of organizationPredicates)
      expect({
        unit: unitName.get(record.unitId),
        number: /^188\.45\/\d{3}\/436\.1\.2\/\d{4}$/.test(record.referenceNumber ?? ''),
        dated:
          record.referenceDate !== null && record.referenceDate <= jakartaDate(record.recordedAt),
      }).toEqual({
        unit: unitName.get(record.unitId),
        number: record.unitId === root.id,
        dated: record.unitId === root.id,
      });
    expect(new Set(organizationPredicates.map((record) => record.unitId)).size).toBeGreaterThan(4);
    const values = organizationPredicates.map((record) => record.predicate);
    expect(
      values.filter((value) => value === OrganizationPredicateValue.BAIK).length,
    ).toBeGreaterThan(values.length * 0.8);
    expect(values).toContain(OrganizationPredicateValue.ISTIMEWA);

    const closed = organizationPredicates.filter((record) =>
      CLOSED_YEARS.includes(yearOf(record.cycleId)),
    );
    for (const record of closed.filter((candidate) => candidate.unitId === root.id))
      expect({ year: yearOf(record.cycleId), passed: checkOf(record).passed }).toEqual({
        year: yearOf(record.cycleId),
        passed: true,
      });
    expect(closed.filter((record) => checkOf(record).passed).length).toBeGreaterThan(
      closed.length * 0.8,
    );

    const current = organizationPredicates.filter(
      (record) => yearOf(record.cycleId) === ACTIVE_YEAR,
    );
    const failing = current.filter((record) => !checkOf(record).passed);
    expect(failing.map((record) => unitName.get(record.unitId))).toContain(
      CALIBRATION_2026.failingUnit,
    );
    expect(
      current
        .filter((record) => checkOf(record).passed)
        .map((record) => unitName.get(record.unitId)),
    ).toContain(CALIBRATION_2026.passingUnit);
    const drafts = inForce().filter(
      (evaluation) =>
        yearOf(evaluation.cycleId) === ACTIVE_YEAR && evaluation.period === Period.ANNUAL,
    );
    expect(drafts.length).toBeGreaterThan(5);
    expect(drafts.every((evaluation) => evaluation.status === EvaluationStatus.DRAFT)).toBe(true);

    // The API's own calibration agrees.
    const calibration = new CalibrationService(dataSource);
    const cycleOf = (year: number) => cycles.find((cycle) => cycle.year === year)!.id;
    const failing2026 = await calibration.failingUnits(dataSource.manager, cycleOf(ACTIVE_YEAR));
    expect(failing2026.some((rule) => rule.unitName === CALIBRATION_2026.failingUnit)).toBe(true);
    const failing2025 = await calibration.failingUnits(dataSource.manager, cycleOf(2025));
    expect(failing2025.filter((rule) => rule.unitName === root.name)).toEqual([]);
  });

  it('lets tests find evaluations due, drafts, objections and the calibration units', async () => {
    const found = await findDemoEvaluations(dataSource);
    const people = await findDemoPeople(dataSource);
    expect(found.dueTw3.length).toBeGreaterThan(0);
    expect(found.draftTw3.length).toBeGreaterThan(0);
    expect(found.finalTw3.length).toBeGreaterThan(0);
    expect(found.dueTw3.map((ref) => ref.employeeId)).toContain(people.aStaffOfThatKasi.employeeId);
    expect(found.draftTw3.map((ref) => ref.evaluatorId)).toContain(people.aKasi.employeeId);
    for (const ref of found.draftTw3) expect(ref.version).toBeGreaterThanOrEqual(1);
    expect(found.objections.upheld.length).toBeGreaterThan(0);
    expect(found.objections.rejected.length).toBeGreaterThan(0);
    expect(found.calibration.failingUnitId).not.toBe(found.calibration.passingUnitId);
  });

  it('adds nothing when run again', async () => {
    const count = async () => ({
      evaluations: await dataSource.manager.count(Evaluation),
      evaluationFeedback: await dataSource.manager.count(EvaluationFeedback),
      objections: await dataSource.manager.count(Objection),
      notifications: await dataSource.manager.count(Notification),
      feedback: await dataSource.manager.count(Feedback),
      organizationPredicates: await dataSource.manager.count(OrganizationPredicate),
    });
    const before = await count();
    expect(before).toEqual({
      evaluations: evaluations.length,
      evaluationFeedback: evaluationFeedback.length,
      objections: objections.length,
      notifications: notifications.length,
      feedback: feedback.length,
      organizationPredicates: organizationPredicates.length,
    });
    const again = await seedDemo(dataSource, { password: PASSWORD });
    expect(again.created).toBe(false);
    expect(again.counts).toMatchObject(before);
    expect(await count()).toEqual(before);
  });

  // Today in the demo is 2 December 2026 (TW4 running), with the default deadlines.
  it('finalises evaluations only after their periods, mostly before they are due, and leaves some items overdue', async () => {
    for (const evaluation of evaluations) {
      const year = yearOf(evaluation.cycleId);
      if (year === ACTIVE_YEAR && [Period.TW4, Period.ANNUAL].includes(evaluation.period))
        expect(evaluation.status).toBe(EvaluationStatus.DRAFT);
    }
    const finalised = evaluations.filter(
      (evaluation) => evaluation.revision === 0 && evaluation.finalizedAt !== null,
    );
    const dueOf = (year: number, period: Period) =>
      period === Period.ANNUAL
        ? `${year + 1}-01-31`
        : new Date(Date.parse(`${endOf(year, period)}T00:00:00Z`) + 15 * DAY)
            .toISOString()
            .slice(0, 10);
    const onTime = finalised.filter(
      (evaluation) =>
        jakartaDate(evaluation.finalizedAt!) <=
        dueOf(yearOf(evaluation.cycleId), evaluation.period),
    );
    // Late realisations hold some back: an evaluation follows the last report by a day or more.
    expect(onTime.length).toBeGreaterThan(finalised.length * 0.75);
    expect(onTime.length).toBeLessThan(finalised.length);

    // What the server does when it builds its schema: abilities come from the modules' policies.
    registerPolicies(POLICIES);
    const context = createContext({
      dataSource,
      viewer: {
        accountId: 0,
        username: 'admin',
        employeeId: null,
        supervisorChainIds: [],
        roles: [Role.HR_ADMIN],
      },
      clientAddress: '127.0.0.1',
      now: new Date('2026-12-02T05:00:00Z'),
    });
    const active = cycles.find((cycle) => cycle.year === ACTIVE_YEAR)!;
    const overdue = await new OverdueService(dataSource).list(context, {
      cycleId: active.id,
      unitId: null,
    });
    const of = (kind: OverdueKind, period: Period | null) =>
      overdue.all.filter((item) => item.kind === kind && item.period === period);
    expect(of(OverdueKind.SKP_NOT_APPROVED, null).length).toBeGreaterThanOrEqual(1);
    expect(of(OverdueKind.REALIZATION_MISSING, Period.TW3).length).toBeGreaterThanOrEqual(2);
    expect(of(OverdueKind.EVALUATION_NOT_FINAL, Period.TW3).length).toBeGreaterThanOrEqual(1);
    expect(of(OverdueKind.ANNUAL_EVALUATION_NOT_FINAL, Period.ANNUAL)).toEqual([]);
    // The demo kasi's team has something late (the Beranda and Tim Saya show it).
    const kasi = (await findDemoPeople(dataSource)).aKasi;
    expect(overdue.all.some((item) => item.responsibleId === kasi.employeeId)).toBe(true);
  });
});
