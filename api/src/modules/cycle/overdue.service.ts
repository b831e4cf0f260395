import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { rulesToSql } from '../../platform/authz/rules-to-sql';
import { forbidden, notFound } from '../../platform/graphql/errors';
import { IN_FORCE_STATUSES, EvaluationStatus } from '../evaluation/evaluation.enums';
import type { Evaluation } from '../evaluation/evaluation.entity';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import type { PerformancePlan } from '../plan/performance-plan.entity';
import { PlanStatus } from '../plan/plan.enums';
import { PerformanceCycle } from './cycle.entity';
import { overdueItemSqlFields } from './cycle.permissions';
import { OverdueKind, Period } from './cycle.enums';
import { deadlinesOf } from './timing';
import type { OverdueCount, OverdueItem, OverdueList } from './deadline.types';
import {
  evaluationOverdue,
  evaluationsDue,
  mostOverdue,
  OVERDUE_CYCLE_STATUSES,
  type OverdueFact,
  periodsCovered,
  realizationsDue,
  realizationsOverdue,
  skpDueOnFor,
  skpOverdue,
} from './utils/deadlines.util';
import { jakartaDate } from './utils/periods.util';

const QUARTERS = [Period.TW1, Period.TW2, Period.TW3, Period.TW4];
const KIND_ORDER = Object.values(OverdueKind);
export const OVERDUE_PAGE_DEFAULT = 100;
export const OVERDUE_PAGE_MAX = 1000;

type MissingCounts = Partial<Record<Period, number>>;

/** Per approved plan, how many indicators have no current realisation in each triwulan. */
function missingRealizations(
  dataSource: DataSource,
  plans: (query: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>,
  quarters: Period[],
): Promise<Map<number, MissingCounts>> {
  const query = dataSource
    .createQueryBuilder()
    .select('plan.id', 'planId')
    .from('performance_plan', 'plan')
    .innerJoin('work_target', 'target', 'target.planId = plan.id')
    .innerJoin('indicator', 'indicator', 'indicator.workTargetId = target.id');
  for (const period of quarters)
    query.addSelect(
      `SUM(CASE WHEN EXISTS (SELECT 1 FROM realization report WHERE report.indicatorId = indicator.id AND report.period = '${period}' AND report.replacedAt IS NULL) THEN 0 ELSE 1 END)`,
      `missing${period}`,
    );
  return plans(query)
    .groupBy('plan.id')
    .getRawMany<Record<string, string | number>>()
    .then(
      (rows) =>
        new Map(
          rows.map((row) => [
            Number(row.planId),
            Object.fromEntries(
              quarters.map((period) => [period, Number(row[`missing${period}`] ?? 0)]),
            ) as MissingCounts,
          ]),
        ),
    );
}

/** The missing reports of each plan, in one read per batch (`context.loaders.get(...)`). */
async function missingRealizationsOfPlans(
  dataSource: DataSource,
  planIds: readonly number[],
): Promise<MissingCounts[]> {
  const counts = await missingRealizations(
    dataSource,
    (query) => query.where('plan.id IN (:...planIds)', { planIds: [...planIds] }),
    QUARTERS,
  );
  return planIds.map((id) => counts.get(id) ?? {});
}

/**
 * What is overdue in a running cycle (DESIGN §2, timing): an SKP not approved, a triwulan's
 * realisations not all reported, an evaluation not final, each past the cycle's deadline. Read in
 * a fixed number of statements over the people the viewer may follow, filtered by CASL in SQL.
 */
export class OverdueService {
  constructor(private readonly dataSource: DataSource) {}

  private async runningDeadlines(context: Context, cycleId: number) {
    const cycle = await context.loaders.byId(PerformanceCycle).load(cycleId);
    return cycle && OVERDUE_CYCLE_STATUSES.includes(cycle.status) ? deadlinesOf(cycle) : null;
  }

  /**
   * `PerformancePlan.overdue`: its SKP not approved (only the current one: a closed SKP that was
   * never approved can no longer be), else its most overdue triwulan report among the quarters it
   * covers.
   */
  async forPlan(context: Context, plan: PerformancePlan): Promise<OverdueFact | null> {
    const deadlines = await this.runningDeadlines(context, plan.cycleId);
    if (!deadlines) return null;
    const today = jakartaDate(context.now);
    const approved = plan.status === PlanStatus.APPROVED;
    if (!approved)
      return plan.endsOn === null
        ? skpOverdue({ deadlines, approved, today, startsOn: plan.startsOn })
        : null;
    // Only ask the database when some triwulan it covers is already due.
    if (periodsCovered(deadlines.year, plan, realizationsDue(deadlines, today)).length === 0)
      return null;
    const missing = await context.loaders.get(missingRealizationsOfPlans).load(plan.id);
    return mostOverdue(realizationsOverdue({ deadlines, missing, today, span: plan }));
  }

  /** `PerformancePlan.approvalDueOn`: the cycle's SKP deadline, counted from the SKP's first day. */
  async approvalDueOn(context: Context, plan: PerformancePlan): Promise<string | null> {
    const cycle = await context.loaders.byId(PerformanceCycle).load(plan.cycleId);
    return cycle ? skpDueOnFor(deadlinesOf(cycle), plan.startsOn) : null;
  }

  /** `Evaluation.overdue`: a draft (or revision in force not final) past the period's deadline. */
  async forEvaluation(context: Context, evaluation: Evaluation): Promise<OverdueFact | null> {
    if (evaluation.supersededAt !== null || evaluation.status !== EvaluationStatus.DRAFT)
      return null;
    const deadlines = await this.runningDeadlines(context, evaluation.cycleId);
    if (!deadlines) return null;
    return evaluationOverdue({
      deadlines,
      period: evaluation.period,
      final: false,
      today: jakartaDate(context.now),
    });
  }

  /**
   * The overdue items of a unit and its sub-units (the whole kecamatan without `unitId`) that the
   * viewer may follow: their own, their reporting line's, or everyone's for the Camat and HR. Every
   * SKP of the cycle counts for the periods it covers: after a mutasi the closed one keeps the
   * quarters that ended before the TMT (with its pejabat penilai), the current one takes the rest,
   * and only the current one can still be late to be approved.
   */
  async list(
    context: Context,
    { unitId, cycleId }: { unitId: number | null; cycleId: number },
  ): Promise<OverdueList> {
    if (!context.ability.can('read', 'OverdueItem'))
      throw forbidden('OVERDUE_FORBIDDEN', 'Overdue items name people: not for your role');
    const cycle = await context.loaders.byId(PerformanceCycle).load(cycleId);
    if (!cycle) throw notFound('Cycle', cycleId);
    if (unitId !== null && !(await context.loaders.byId(OrgUnit).load(unitId)))
      throw notFound('OrgUnit', unitId);
    const empty: OverdueList = { totalCount: 0, employeeCount: 0, counts: [], all: [] };
    if (!OVERDUE_CYCLE_STATUSES.includes(cycle.status)) return empty;
    const deadlines = deadlinesOf(cycle);
    const today = jakartaDate(context.now);

    const scope = rulesToSql(
      context.ability,
      'read',
      'OverdueItem',
      undefined,
      overdueItemSqlFields('member'),
    );
    const inScope = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) => {
      query.where('member.active = :active', { active: true }).andWhere(scope.sql, scope.params);
      if (unitId !== null) query.andWhere(inUnitSubtree('member.unitId', ':unitId'), { unitId });
      return query;
    };
    const memberSql = inScope(
      this.dataSource.createQueryBuilder().select('member.id').from('employee', 'member'),
    );
    const approvedPlans = (query: SelectQueryBuilder<ObjectLiteral>) =>
      query
        .where(
          `plan.cycleId = :cycleId AND plan.status = :approved AND plan.employeeId IN (${memberSql.getQuery()})`,
        )
        .setParameters({ ...memberSql.getParameters(), cycleId, approved: PlanStatus.APPROVED });

    const quartersDue = realizationsDue(deadlines, today);
    const periodsDue = evaluationsDue(deadlines, today);
    // The three reads share the member filter and need nothing from each other.
    const [members, missing, finals] = await Promise.all([
      inScope(this.dataSource.getRepository(Employee).createQueryBuilder('member'))
        // Every SKP of the cycle: a row per SKP (a mutasi closes one and starts the next).
        .leftJoin(
          'performance_plan',
          'plan',
          'plan.employeeId = member.id AND plan.cycleId = :cycleId',
          {
            cycleId,
          },
        )
        .addSelect([
          'plan.id AS planId',
          'plan.status AS planStatus',
          'plan.evaluatorId AS planEvaluatorId',
          'plan.startsOn AS planStartsOn',
          'plan.endsOn AS planEndsOn',
        ])
        .getRawAndEntities<{
          member_id: number;
          planId: number | null;
          planStatus: PlanStatus | null;
          planEvaluatorId: number | null;
          planStartsOn: string | null;
          planEndsOn: string | null;
        }>(),
      quartersDue.length
        ? missingRealizations(this.dataSource, approvedPlans, quartersDue)
        : Promise.resolve(new Map<number, MissingCounts>()),
      periodsDue.length
        ? this.dataSource
            .createQueryBuilder()
            .select(['evaluation.planId AS planId', 'evaluation.period AS period'])
            .from('evaluation', 'evaluation')
            .where(
              `evaluation.cycleId = :cycleId AND evaluation.period IN (:...periodsDue) AND evaluation.status IN (:...final) AND evaluation.supersededAt IS NULL AND evaluation.employeeId IN (${memberSql.getQuery()})`,
            )
            .setParameters({
              ...memberSql.getParameters(),
              cycleId,
              periodsDue,
              final: IN_FORCE_STATUSES,
            })
            .getRawMany<{ planId: number; period: Period }>()
        : Promise.resolve([]),
    ]);

    const employees = context.loaders.byId(Employee);
    for (const member of members.entities) employees.prime(member.id, member);
    const finalKeys = new Set(finals.map((row) => `${Number(row.planId)}:${row.period}`));
    const items: OverdueItem[] = [];
    const add = (
      fact: OverdueFact | null,
      employeeId: number,
      responsibleId: number,
      planId: number | null,
    ) => {
      if (fact) items.push(Object.assign(fact, { employeeId, responsibleId, planId }));
    };
    for (const row of members.raw) {
      const employeeId = Number(row.member_id);
      const planId = row.planId === null ? null : Number(row.planId);
      const evaluatorId = row.planEvaluatorId === null ? null : Number(row.planEvaluatorId);
      const approved = row.planStatus === PlanStatus.APPROVED;
      const span = { startsOn: row.planStartsOn, endsOn: row.planEndsOn };
      if (!approved) {
        // A closed SKP can no longer be approved: nothing is due on it.
        if (span.endsOn !== null) continue;
        // A submitted SKP waits for its approver; any other is the employee's to write or submit.
        const approver = row.planStatus === PlanStatus.SUBMITTED ? evaluatorId : null;
        add(
          skpOverdue({ deadlines, approved, today, startsOn: span.startsOn }),
          employeeId,
          approver ?? employeeId,
          planId,
        );
        continue;
      }
      for (const fact of realizationsOverdue({
        deadlines,
        missing: missing.get(planId!) ?? {},
        today,
        span,
      }))
        add(fact, employeeId, employeeId, planId);
      // The Camat is evaluated outside the kecamatan: no evaluator, nothing due here.
      if (evaluatorId === null) continue;
      for (const period of periodsCovered(deadlines.year, span, periodsDue))
        add(
          evaluationOverdue({
            deadlines,
            period,
            final: finalKeys.has(`${planId}:${period}`),
            today,
          }),
          employeeId,
          evaluatorId,
          planId,
        );
    }
    const names = new Map(members.entities.map((member) => [member.id, member.name]));
    items.sort(
      (a, b) =>
        b.daysLate - a.daysLate ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        (names.get(a.employeeId) ?? '').localeCompare(names.get(b.employeeId) ?? '') ||
        a.employeeId - b.employeeId,
    );
    const counts: OverdueCount[] = KIND_ORDER.map((kind) => ({
      kind,
      count: items.filter((item) => item.kind === kind).length,
    })).filter((entry) => entry.count > 0);
    return {
      totalCount: items.length,
      employeeCount: new Set(items.map((item) => item.employeeId)).size,
      counts,
      all: items,
    };
  }
}
