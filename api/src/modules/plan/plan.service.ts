import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import type { Loaders } from '../../platform/graphql/loaders';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { ReadableRows } from '../../platform/database/readable-rows';
import type { Connection, PageArgs } from '../../platform/graphql/pagination';
import { Period } from '../cycle/cycle.enums';
import { IN_FORCE_STATUSES } from '../evaluation/evaluation.enums';
import type { PeriodEvaluationBacklog } from './evaluation-backlog.type';
import { PerformancePlan } from './performance-plan.entity';
import { PlanStatus } from './plan.enums';
import type { PerformancePlanFilter } from './plan.inputs';
import { planSqlFields } from './plan.permissions';
import { planCoversPeriodSql } from '../staffing/utils/staffing-dates.util';

/** One backlog a request asks for: a cycle, narrowed to an evaluator and/or an employee (raw ids). */
export type BacklogKey = { cycleId: number; evaluatorId: string | null; employeeId: string | null };

/** Plans of the members of the unit `:unitId` and its sub-units. */
const IN_UNIT = `plan.employeeId IN (SELECT member.id FROM employee member WHERE ${inUnitSubtree('member.unitId', ':unitId')})`;

/** Reading SKP: one plan, a page of them, the cascade of a unit, as far as the viewer may read them. */
export class PlanService {
  private readonly plans: ReadableRows<PerformancePlan>;
  /** Per request (keyed by its loaders): the readable plans of each employee, batched. */
  private readonly byEmployee = new WeakMap<Loaders, DataLoader<number, PerformancePlan[]>>();
  /** Per request: the evaluation backlogs asked for, batched (see evaluationBacklog). */
  private readonly backlogs = new WeakMap<
    Loaders,
    DataLoader<BacklogKey, PeriodEvaluationBacklog[], string>
  >();

  constructor(dataSource: DataSource) {
    this.plans = new ReadableRows(dataSource, PerformancePlan, 'plan', planSqlFields('plan'));
  }

  list(
    context: Context,
    filter: PerformancePlanFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<PerformancePlan>> {
    return this.plans.list(context.ability, page, PlanService.filterOptions(filter));
  }

  /** The one reading of a plan filter, for pages and for counts. */
  private static filterOptions(filter: PerformancePlanFilter | undefined) {
    return {
      filter,
      ids: {
        cycleId: 'plan.cycleId',
        employeeId: 'plan.employeeId',
        unitId: { where: IN_UNIT },
        evaluatorId: { where: 'plan.evaluatorId = :evaluatorId', field: 'evaluator' },
      },
      narrow: (query: SelectQueryBuilder<PerformancePlan>) => {
        if (filter?.status) query.andWhere('plan.status = :status', { status: filter.status });
        if (filter?.coversPeriod) query.andWhere(planCoversPeriodSql('plan', filter.coversPeriod));
        if (typeof filter?.current === 'boolean')
          query.andWhere(filter.current ? 'plan.endsOn IS NULL' : 'plan.endsOn IS NOT NULL');
      },
    };
  }

  /**
   * Per period, the approved SKP of the cycle with a pejabat penilai that cover the period and
   * have no final evaluation of it, among those the viewer may read (narrowed to an evaluator
   * and/or an employee): one statement, whatever the size of the line. The backlogs a request asks of several cycles
   * with the same narrowing (each evaluation's cycle in a list) are one statement too.
   */
  evaluationBacklog(context: Context, key: BacklogKey): Promise<PeriodEvaluationBacklog[]> {
    let loader = this.backlogs.get(context.loaders);
    if (!loader) {
      loader = new DataLoader<BacklogKey, PeriodEvaluationBacklog[], string>(
        (keys) => this.backlogsOf(context, keys),
        { cacheKeyFn: (key) => JSON.stringify(key) },
      );
      this.backlogs.set(context.loaders, loader);
    }
    return loader.load(key);
  }

  /** The backlogs of `keys`: one statement per narrowing, grouped by cycle. */
  private async backlogsOf(
    context: Context,
    keys: readonly BacklogKey[],
  ): Promise<PeriodEvaluationBacklog[][]> {
    const periods = Object.values(Period);
    const pending = new Map<string, Record<string, string | number | null>>();
    const narrowings = new Map(
      keys.map(({ evaluatorId, employeeId }) => [
        JSON.stringify([evaluatorId, employeeId]),
        { evaluatorId, employeeId },
      ]),
    );
    await Promise.all(
      [...narrowings].map(async ([narrowing, { evaluatorId, employeeId }]) => {
        const cycleIds = keys
          .filter((key) => key.evaluatorId === evaluatorId && key.employeeId === employeeId)
          .map((key) => key.cycleId);
        const query = this.plans
          .filtered(
            context.ability,
            PlanService.filterOptions({
              evaluatorId: evaluatorId ?? undefined,
              employeeId: employeeId ?? undefined,
              status: PlanStatus.APPROVED,
            }),
          )
          .andWhere('plan.evaluatorId IS NOT NULL')
          .andWhere('plan.cycleId IN (:...backlogCycleIds)', { backlogCycleIds: cycleIds })
          .select('plan.cycleId', 'cycleId')
          .groupBy('plan.cycleId');
        // A period is owed on the SKP that covers it (after a mutasi or an arrival, not the others).
        for (const period of periods)
          query.addSelect(
            `SUM(CASE WHEN ${planCoversPeriodSql('plan', period)} AND NOT EXISTS (SELECT 1 FROM evaluation done WHERE done.planId = plan.id AND done.period = '${period}' AND done.status IN (:...finalStatuses) AND done.supersededAt IS NULL) THEN 1 ELSE 0 END)`,
            `pending${period}`,
          );
        const rows = await query
          .setParameter('finalStatuses', IN_FORCE_STATUSES)
          .getRawMany<Record<string, string | number | null>>();
        for (const row of rows) pending.set(`${narrowing}@${Number(row.cycleId)}`, row);
      }),
    );
    return keys.map(({ cycleId, evaluatorId, employeeId }) => {
      const row = pending.get(`${JSON.stringify([evaluatorId, employeeId])}@${cycleId}`);
      return periods.map((period) => ({ period, pending: Number(row?.[`pending${period}`] ?? 0) }));
    });
  }

  get(context: Context, id: number): Promise<PerformancePlan> {
    return this.plans.get(context.ability, id);
  }

  /**
   * Every SKP of the plan's employee and cycle the viewer may read (two or more after a mutasi),
   * by sequence; the plans of one request are read together, in one statement.
   */
  async cyclePlans(context: Context, plan: PerformancePlan): Promise<PerformancePlan[]> {
    let loader = this.byEmployee.get(context.loaders);
    if (!loader) {
      loader = new DataLoader<number, PerformancePlan[]>(async (employeeIds) => {
        const rows = await this.plans
          .query(context.ability)
          .andWhere('plan.employeeId IN (:...employeeIds)', { employeeIds: [...employeeIds] })
          .orderBy('plan.sequence', 'ASC')
          .addOrderBy('plan.id', 'ASC')
          .getMany();
        return employeeIds.map((id) => rows.filter((row) => row.employeeId === id));
      });
      this.byEmployee.set(context.loaders, loader);
    }
    const plans = await loader.load(plan.employeeId);
    return plans.filter((row) => row.cycleId === plan.cycleId);
  }

  /**
   * The plans of a cascade view: everyone in the unit and its sub-units, plus the heads of the
   * units above it (up to the Camat) for viewers who may know who heads a unit, as far as the
   * viewer may read them.
   */
  cascade(context: Context, cycleId: number, unitId: number): Promise<PerformancePlan[]> {
    const headAbove =
      'plan.employeeId IN (SELECT above.headId FROM org_unit above WHERE above.id IN (SELECT up.ancestorId FROM org_unit_closure up WHERE up.descendantId = :unitId))';
    return this.plans
      .query(context.ability)
      .andWhere('plan.cycleId = :cycleId', { cycleId })
      .andWhere(
        context.ability.can('read', 'OrgUnit', 'head') ? `(${IN_UNIT} OR ${headAbove})` : IN_UNIT,
        { unitId },
      )
      .orderBy('plan.id', 'ASC')
      .limit(2000)
      .getMany();
  }
}
