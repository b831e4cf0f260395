import type { FailingCurveRule } from '../evaluation/calibration.types';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import {
  assertNoProblems,
  badInput,
  conflict,
  DomainError,
  type FieldProblem,
  forbidden,
  notFound,
} from '../../platform/graphql/errors';
import type { CalibrationService } from '../evaluation/calibration.service';
import { PerformanceCycle } from './cycle.entity';
import { CycleStatus } from './cycle.enums';
import type { CreateCycleInput } from './cycle.inputs';
import type { CycleDeadlinesInput } from './deadline.types';
import { deadlineProblems } from './utils/deadlines.util';
import { checkCycleTransition } from './utils/cycle-transition.util';
import {
  evaluationCountsOf,
  shapeTransitionPreview,
  type TransitionPreview,
} from './utils/cycle-preview.util';
import { THRESHOLD_DEFAULTS, thresholdProblems, type Thresholds } from './utils/thresholds.util';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import { requireCoachingForYear } from '../development/required-coaching';
import { lockedRow } from '../../platform/database/row-lock';

export class CycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calibration: CalibrationService,
  ) {}

  list(): Promise<PerformanceCycle[]> {
    return this.dataSource.getRepository(PerformanceCycle).find({ order: { year: 'DESC' } });
  }

  async get(
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PerformanceCycle> {
    const cycle = await manager.findOneBy(PerformanceCycle, { id });
    if (!cycle) throw notFound('Cycle', id);
    return cycle;
  }

  async create(context: Context, input: CreateCycleInput): Promise<PerformanceCycle> {
    if (!context.ability.can('create', 'Cycle'))
      throw forbidden('CYCLE_CREATE_FORBIDDEN', 'Only HR creates cycles');
    const exceeds = input.exceedsThreshold ?? THRESHOLD_DEFAULTS.exceedsThreshold;
    const meets = input.meetsThreshold ?? THRESHOLD_DEFAULTS.meetsThreshold;
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(input.year) || input.year < 2020 || input.year > 2100)
      problems.push({
        field: 'year',
        reason: 'YEAR_RANGE',
        message: 'must be a year from 2020 to 2100',
        params: { min: 2020, max: 2100 },
      });
    problems.push(...thresholdProblems({ meetsThreshold: meets, exceedsThreshold: exceeds }));
    assertNoProblems(problems);
    const id = await runTransaction(this.dataSource, async (manager) => {
      if (await manager.existsBy(PerformanceCycle, { year: input.year }))
        throw conflict('CYCLE_EXISTS', `A cycle for ${input.year} exists already`, {
          year: input.year,
        });
      const inserted = await manager.insert(PerformanceCycle, {
        year: input.year,
        exceedsThreshold: exceeds,
        meetsThreshold: meets,
        status: CycleStatus.PLANNING,
      });
      const cycleId = Number(inserted.identifiers[0].id);
      await requireCoachingForYear(manager, { year: input.year - 1, actor: context.viewer });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'cycle.create',
        entity: 'Cycle',
        entityId: cycleId,
        after: await this.get(cycleId, manager),
      });
      return cycleId;
    });
    return this.get(id);
  }

  async setStatus(
    context: Context,
    id: number,
    status: CycleStatus,
    reason: string | null,
  ): Promise<PerformanceCycle> {
    if (!context.ability.can('update', 'Cycle', 'status'))
      throw forbidden('CYCLE_STATUS_FORBIDDEN', 'You may not change a cycle’s status');
    const cycle = await this.get(id);
    const check = checkCycleTransition({
      from: cycle.status,
      to: status,
      roles: context.viewer?.roles ?? [],
    });
    if (!check.ok) throw new DomainError(check.code, check.reason, check.message, check.params);
    await runTransaction(this.dataSource, async (manager) => {
      // First: the writes that depend on the status hold the cycle (heldCycle); this waits for
      // them to commit, so the curve checked below counts every evaluation saved before closing.
      await lockedRow(manager, PerformanceCycle, id);
      if (status === CycleStatus.CLOSED) {
        const failing = await this.calibration.failingUnits(manager, id);
        if (failing.length > 0 && !reason?.trim()) {
          // Data for the client's own sentence: the units and how many rules fail.
          const units = [...new Set(failing.map((rule) => rule.unitName))];
          throw badInput([
            {
              field: 'reason',
              reason: 'CURVE_FAILURE_REASON_REQUIRED',
              message: `closing with failing curve rules needs the Camat's written reason: ${failing.map((rule) => `${rule.unitName}: ${rule.detail}`).join('; ')}`,
              params: {
                units: units.join(', '),
                unitCount: units.length,
                ruleCount: failing.length,
              },
            },
          ]);
        }
      }
      // Conditional on the status read above, so two people moving the same cycle cannot both win.
      await updateVersioned(manager, PerformanceCycle, {
        id,
        changes: { status },
        onlyIf: { sql: 'status = :from', params: { from: cycle.status } },
        message: 'The cycle changed meanwhile; reload and try again',
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'cycle.setStatus',
        entity: 'Cycle',
        entityId: id,
        before: { status: cycle.status },
        after: { status },
        reason: reason?.trim() || null,
      });
    });
    return this.get(id);
  }

  /** HR changes a cycle's deadlines; versioned, validated as a whole, audited. */
  async updateDeadlines(
    context: Context,
    id: number,
    input: CycleDeadlinesInput,
    version: number,
  ): Promise<PerformanceCycle> {
    if (!context.ability.can('update', 'Cycle', 'deadlines'))
      throw forbidden('CYCLE_DEADLINES_FORBIDDEN', 'Only HR sets a cycle’s deadlines');
    const cycle = await this.get(id);
    if (cycle.status === CycleStatus.CLOSED)
      throw conflict('CYCLE_CLOSED', `The ${cycle.year} cycle is CLOSED: its deadlines are kept`, {
        year: cycle.year,
      });
    const keep = <T>(value: T | null | undefined, current: T, nullable: boolean): T =>
      value === undefined || (value === null && !nullable) ? current : (value as T);
    const settings = {
      skpDueOn: keep(input.skpDueOn, cycle.skpDueOn, true),
      annualEvaluationDueOn: keep(input.annualEvaluationDueOn, cycle.annualEvaluationDueOn, true),
      realizationDueDays: keep(input.realizationDueDays, cycle.realizationDueDays, false),
      reportingWindowDays: keep(input.reportingWindowDays, cycle.reportingWindowDays, false),
      evaluationDueDays: keep(input.evaluationDueDays, cycle.evaluationDueDays, false),
    };
    assertNoProblems(deadlineProblems({ year: cycle.year, settings }));
    const before = {
      skpDueOn: cycle.skpDueOn,
      annualEvaluationDueOn: cycle.annualEvaluationDueOn,
      realizationDueDays: cycle.realizationDueDays,
      reportingWindowDays: cycle.reportingWindowDays,
      evaluationDueDays: cycle.evaluationDueDays,
    };
    await runTransaction(this.dataSource, async (manager) => {
      await updateVersioned(manager, PerformanceCycle, {
        id,
        version,
        changes: settings,
        message: `The ${cycle.year} cycle changed meanwhile (your version ${version} is stale); reload and try again`,
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'cycle.setDeadlines',
        entity: 'Cycle',
        entityId: id,
        before,
        after: settings,
      });
    });
    return this.get(id);
  }

  /** HR sets the suggested-rating thresholds; versioned, validated as a pair, audited. */
  async updateThresholds(
    context: Context,
    id: number,
    input: Thresholds,
    version: number,
  ): Promise<PerformanceCycle> {
    if (
      !context.ability.can('update', 'Cycle', 'meetsThreshold') ||
      !context.ability.can('update', 'Cycle', 'exceedsThreshold')
    )
      throw forbidden('CYCLE_THRESHOLDS_FORBIDDEN', 'Only HR sets a cycle’s thresholds');
    assertNoProblems(thresholdProblems(input));
    const cycle = await this.get(id);
    if (cycle.status === CycleStatus.CLOSED)
      throw conflict('CYCLE_CLOSED', `The ${cycle.year} cycle is CLOSED: its thresholds are kept`, {
        year: cycle.year,
      });
    const changes = {
      meetsThreshold: input.meetsThreshold,
      exceedsThreshold: input.exceedsThreshold,
    };
    await runTransaction(this.dataSource, async (manager) => {
      await updateVersioned(manager, PerformanceCycle, {
        id,
        version,
        changes,
        message: `The ${cycle.year} cycle changed meanwhile (your version ${version} is stale); reload and try again`,
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'cycle.setThresholds',
        entity: 'Cycle',
        entityId: id,
        before: { meetsThreshold: cycle.meetsThreshold, exceedsThreshold: cycle.exceedsThreshold },
        after: changes,
      });
    });
    return this.get(id);
  }

  /** What moving the cycle to `to` would do, counted in SQL now; for those who move cycles. */
  async transitionPreview(
    context: Context,
    id: number,
    to: CycleStatus,
  ): Promise<TransitionPreview & { cycleId: number; failingCurveChecks: FailingCurveRule[] }> {
    if (!context.ability.can('update', 'Cycle', 'status'))
      throw forbidden('CYCLE_STATUS_FORBIDDEN', 'You may not change a cycle’s status');
    const cycle = await this.get(id);
    const manager = this.dataSource.manager;
    const planRows = await manager
      .createQueryBuilder()
      .select('plan.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .from('performance_plan', 'plan')
      .where('plan.cycleId = :id', { id })
      .groupBy('plan.status')
      .getRawMany<{ status: string; count: string | number }>();
    const byStatus = (status: string) =>
      Number(planRows.find((row) => row.status === status)?.count ?? 0);
    const withoutPlan = await manager
      .createQueryBuilder()
      .select('COUNT(*)', 'count')
      .from('employee', 'member')
      .where('member.active = :active', { active: true })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM performance_plan own WHERE own.employeeId = member.id AND own.cycleId = :id)',
        { id },
      )
      .getRawOne<{ count: string | number }>();
    const evaluable = await manager
      .createQueryBuilder()
      .select('COUNT(*)', 'count')
      .from('performance_plan', 'plan')
      .where('plan.cycleId = :id AND plan.status = :approved AND plan.evaluatorId IS NOT NULL', {
        id,
        approved: 'APPROVED',
      })
      .getRawOne<{ count: string | number }>();
    const evaluationRows = await manager
      .createQueryBuilder()
      .select('evaluation.period', 'period')
      .addSelect("SUM(CASE WHEN evaluation.status = 'DRAFT' THEN 1 ELSE 0 END)", 'draft')
      .addSelect("SUM(CASE WHEN evaluation.status <> 'DRAFT' THEN 1 ELSE 0 END)", 'final')
      .from('evaluation', 'evaluation')
      .where('evaluation.cycleId = :id AND evaluation.supersededAt IS NULL', { id })
      .groupBy('evaluation.period')
      .getRawMany<{ period: string; draft: string | number; final: string | number }>();
    const objections = await manager
      .createQueryBuilder()
      .select('COUNT(*)', 'count')
      .from('objection', 'objection')
      .innerJoin('evaluation', 'evaluation', 'evaluation.id = objection.evaluationId')
      .where('evaluation.cycleId = :id AND objection.status = :filed', { id, filed: 'FILED' })
      .getRawOne<{ count: string | number }>();
    const failingCurveChecks =
      to === CycleStatus.CLOSED ? await this.calibration.failingUnits(manager, id) : [];
    const failingCurveRules = failingCurveChecks.map((rule) => `${rule.unitName}: ${rule.detail}`);
    const preview = shapeTransitionPreview({
      from: cycle.status,
      to,
      roles: context.viewer?.roles ?? [],
      plans: {
        draft: byStatus('DRAFT'),
        submitted: byStatus('SUBMITTED'),
        returned: byStatus('RETURNED'),
        approved: byStatus('APPROVED'),
        withoutPlan: Number(withoutPlan?.count ?? 0),
      },
      evaluations: evaluationCountsOf({
        evaluablePlans: Number(evaluable?.count ?? 0),
        rows: evaluationRows.map((row) => ({
          period: row.period,
          draft: Number(row.draft ?? 0),
          final: Number(row.final ?? 0),
        })),
      }),
      openObjections: Number(objections?.count ?? 0),
      failingCurveRules,
    });
    return { cycleId: id, ...preview, failingCurveChecks };
  }
}
