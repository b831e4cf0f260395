import type { DataSource } from 'typeorm';
import { PerformanceCycle } from '../modules/cycle/cycle.entity';
import { CycleStatus, type Period } from '../modules/cycle/cycle.enums';
import { Evaluation } from '../modules/evaluation/evaluation.entity';
import {
  freshUnitPredicateCounts,
  freshUnitResultTotals,
  recountUnitsOfEmployees,
  type UnitResultTotalRow,
} from '../modules/evaluation/unit-counts';
import { EvaluationStatus, type Rating } from '../modules/evaluation/evaluation.enums';
import { computePredicate } from '../modules/evaluation/utils/predicate.util';
import { Employee } from '../modules/org/employee.entity';
import { BehaviorExpectation } from '../modules/plan/behavior-expectation.entity';
import { Indicator } from '../modules/plan/indicator.entity';
import { PerformancePlan } from '../modules/plan/performance-plan.entity';
import {
  CoreValue,
  IndicatorAggregation,
  IndicatorAspect,
  IndicatorDirection,
  PlanApproach,
  PlanStatus,
  WorkTargetKind,
} from '../modules/plan/plan.enums';
import { Realization } from '../modules/plan/realization.entity';
import { WorkTarget } from '../modules/plan/work-target.entity';
import type { SmallOrg } from './fixtures';

export interface ApprovedPlan {
  planId: number;
  targetId: number;
  indicatorIds: number[];
}

export async function createCycle(
  dataSource: DataSource,
  year: number,
  status = CycleStatus.ACTIVE,
): Promise<number> {
  const inserted = await dataSource
    .getRepository(PerformanceCycle)
    .insert({ year, status, exceedsThreshold: 110, meetsThreshold: 90 });
  return Number(inserted.identifiers[0].id);
}

/**
 * An APPROVED SKP written straight to the database (the approval flow itself is tested elsewhere):
 * one UTAMA target intervening `parentTargetId`, with two indicators targeting 100 units each
 * (aggregated LAST: 100 in every quarter too).
 */
export async function createApprovedPlan(
  dataSource: DataSource,
  {
    employeeId,
    cycleId,
    parentTargetId = null,
    span = {},
  }: {
    employeeId: number;
    cycleId: number;
    parentTargetId?: number | null;
    /** Where a mutasi split the year: the SKP's sequence and days (default: the first, all year). */
    span?: Partial<Pick<PerformancePlan, 'sequence' | 'startsOn' | 'endsOn'>>;
  },
): Promise<ApprovedPlan> {
  const employee = await dataSource.getRepository(Employee).findOneByOrFail({ id: employeeId });
  const plan = await dataSource.getRepository(PerformancePlan).insert({
    employeeId,
    cycleId,
    ...span,
    evaluatorId: employee.supervisorId,
    approach: PlanApproach.KUANTITATIF,
    status: PlanStatus.APPROVED,
    submittedAt: new Date(),
    approvedAt: new Date(),
  });
  const planId = Number(plan.identifiers[0].id);
  await dataSource.getRepository(BehaviorExpectation).insert(
    Object.values(CoreValue).map((coreValue) => ({
      planId,
      coreValue,
      specificExpectation: null,
    })),
  );
  const { targetId, indicatorIds } = await addUtamaTarget(dataSource, {
    planId,
    description: `RHK utama pegawai ${employeeId}`,
    parentTargetId,
  });
  return { planId, targetId, indicatorIds };
}

/**
 * One UTAMA target of a plan intervening `parentTargetId`, with two indicators (KUANTITAS and
 * KUALITAS) targeting 100 units each, aggregated LAST (100 in every quarter too).
 */
export async function addUtamaTarget(
  dataSource: DataSource,
  {
    planId,
    description,
    parentTargetId = null,
  }: { planId: number; description: string; parentTargetId?: number | null },
): Promise<{ targetId: number; indicatorIds: number[] }> {
  const target = await dataSource.getRepository(WorkTarget).insert({
    planId,
    kind: WorkTargetKind.UTAMA,
    description,
    parentTargetId,
    sortOrder: 0,
  });
  const targetId = Number(target.identifiers[0].id);
  const indicators = await dataSource.getRepository(Indicator).insert(
    [IndicatorAspect.KUANTITAS, IndicatorAspect.KUALITAS].map((aspect) => ({
      workTargetId: targetId,
      aspect,
      description: `IKI ${aspect.toLowerCase()}`,
      target: 100,
      unit: 'dokumen',
      direction: IndicatorDirection.HIGHER_IS_BETTER,
      // A level kept all year: every quarter's target is the annual 100, so a report of n is n %.
      aggregation: IndicatorAggregation.LAST,
      targetTw1: 100,
      targetTw2: 100,
      targetTw3: 100,
      targetTw4: 100,
    })),
  );
  return { targetId, indicatorIds: indicators.identifiers.map((row) => Number(row.id)) };
}

/**
 * Approved SKP cascading down the small org: the Camat's, both kasi's under it, then each of
 * `staff` under their kasi.
 */
export async function createApprovedCascade(
  dataSource: DataSource,
  {
    cycleId,
    people,
    staff = ['staffA1', 'staffA2'],
  }: {
    cycleId: number;
    people: SmallOrg['people'];
    staff?: readonly ('staffA1' | 'staffA2' | 'staffB1')[];
  },
): Promise<Record<string, ApprovedPlan>> {
  const plans: Record<string, ApprovedPlan> = {};
  plans.camat = await createApprovedPlan(dataSource, { employeeId: people.camat.id, cycleId });
  for (const kasi of ['kasiA', 'kasiB'] as const)
    plans[kasi] = await createApprovedPlan(dataSource, {
      employeeId: people[kasi].id,
      cycleId,
      parentTargetId: plans.camat.targetId,
    });
  for (const who of staff)
    plans[who] = await createApprovedPlan(dataSource, {
      employeeId: people[who].id,
      cycleId,
      parentTargetId: plans[who === 'staffB1' ? 'kasiB' : 'kasiA'].targetId,
    });
  return plans;
}

export async function reportRealizations(
  dataSource: DataSource,
  plan: ApprovedPlan,
  period: Period,
  values: number[],
): Promise<void> {
  await dataSource.getRepository(Realization).insert(
    plan.indicatorIds.map((indicatorId, index) => ({
      indicatorId,
      period,
      value: values[index],
      note: 'Rekap bulanan',
      evidenceUrl: null,
      submittedAt: new Date(),
      replacedAt: null,
    })),
  );
}

/** A FINAL evaluation written straight to the database, its predicate derived as the API would. */
export async function createFinalEvaluation(
  dataSource: DataSource,
  plan: ApprovedPlan,
  {
    period,
    resultRating,
    behaviorRating,
    achievement = null,
    status = EvaluationStatus.FINAL,
  }: {
    period: Period;
    resultRating: Rating;
    behaviorRating: Rating;
    achievement?: number | null;
    status?: EvaluationStatus;
  },
): Promise<number> {
  const row = await dataSource.getRepository(PerformancePlan).findOneByOrFail({ id: plan.planId });
  const inserted = await dataSource.getRepository(Evaluation).insert({
    planId: row.id,
    employeeId: row.employeeId,
    cycleId: row.cycleId,
    evaluatorId: row.evaluatorId!,
    period,
    resultRating,
    behaviorRating,
    ...computePredicate({ resultRating, behaviorRating }),
    achievement,
    suggestedResultRating: null,
    status,
    finalizedAt: status === EvaluationStatus.DRAFT ? null : new Date(),
    revision: 0,
  });
  // As the API does in the same transaction: the unit's kept counts.
  await recountUnitsOfEmployees(dataSource.manager, [row.employeeId], row.cycleId);
  return Number(inserted.identifiers[0].id);
}

/**
 * The calibration counts kept per unit (`unit_predicate_count`) beside the same counts taken afresh
 * from the evaluations, as `unit|cycle|predicate|count` lines in one order: a test expects them equal.
 */
export async function keptAndFreshPredicateCounts(
  dataSource: DataSource,
): Promise<{ kept: string[]; fresh: string[] }> {
  type Row = { unitId: number; cycleId: number; predicate: string; count: number | string };
  const line = (row: Row) => `${row.unitId}|${row.cycleId}|${row.predicate}|${Number(row.count)}`;
  const [kept, fresh] = await Promise.all([
    dataSource.query<Row[]>(
      'SELECT unitId, cycleId, predicate, count FROM unit_predicate_count ORDER BY unitId, cycleId, predicate',
    ),
    freshUnitPredicateCounts(dataSource),
  ]);
  return { kept: kept.map(line), fresh: fresh.map(line) };
}

/**
 * The kecamatan summary's totals kept per unit (`unit_result_total`) beside the same totals taken
 * afresh from the evaluations, as `unit|cycle|period|predicate|count|achievementSum|achievementCount`
 * lines in one order: a test expects them equal.
 */
export async function keptAndFreshResultTotals(
  dataSource: DataSource,
): Promise<{ kept: string[]; fresh: string[] }> {
  const line = (row: UnitResultTotalRow) =>
    [
      row.unitId,
      row.cycleId,
      row.period,
      row.predicate,
      Number(row.count),
      row.achievementSum === null ? 'null' : Number(row.achievementSum).toFixed(2),
      Number(row.achievementCount),
    ].join('|');
  const [kept, fresh] = await Promise.all([
    dataSource.query<UnitResultTotalRow[]>(
      'SELECT unitId, cycleId, period, predicate, count, achievementSum, achievementCount FROM unit_result_total ORDER BY unitId, cycleId, period, predicate',
    ),
    freshUnitResultTotals(dataSource),
  ]);
  return { kept: kept.map(line), fresh: fresh.map(line) };
}
