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
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import { requireCoachingForYear } from '../development/required-coaching';

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
    const exceeds = input.exceedsThreshold ?? 110;
    const meets = input.meetsThreshold ?? 90;
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(input.year) || input.year < 2020 || input.year > 2100)
      problems.push({
        field: 'year',
        reason: 'YEAR_RANGE',
        message: 'must be a year from 2020 to 2100',
        params: { min: 2020, max: 2100 },
      });
    if (!(meets > 0 && meets <= 100))
      problems.push({
        field: 'meetsThreshold',
        reason: 'MEETS_THRESHOLD_RANGE',
        message: 'must be above 0 and at most 100',
        params: { max: 100 },
      });
    if (!(exceeds > meets && exceeds <= 120))
      problems.push({
        field: 'exceedsThreshold',
        reason: 'EXCEEDS_THRESHOLD_RANGE',
        message: 'must be above meetsThreshold and at most 120',
        params: { max: 120 },
      });
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
      if (status === CycleStatus.CLOSED) {
        const failing = await this.calibration.failingUnits(manager, id);
        if (failing.length > 0 && !reason?.trim()) {
          throw badInput([
            {
              field: 'reason',
              reason: 'CURVE_FAILURE_REASON_REQUIRED',
              message: `closing with failing curve rules needs the Camat's written reason: ${failing.join('; ')}`,
              params: { units: failing.join('; ') },
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
}
