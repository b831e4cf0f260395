import { type DataSource, In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../context';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { rulesToSql } from '../../platform/authz/rules-to-sql';
import { forbidden, notFound } from '../../platform/graphql/errors';
import { type PageArgs, paginate } from '../../platform/graphql/pagination';
import { type DistributionGroupBy } from '../analytics/analytics.types';
import { EMPLOYEE_GROUP_COLUMNS } from '../analytics/utils/group-columns';
import { MIN_GROUP_SIZE } from '../analytics/utils/suppression.util';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { type Period } from '../cycle/cycle.enums';
import { jakartaDate } from '../cycle/utils/periods.util';
import { Evaluation } from '../evaluation/evaluation.entity';
import { EvaluationFeedback } from '../evaluation/evaluation-feedback.entity';
import { Rating, IN_FORCE_STATUSES } from '../evaluation/evaluation.enums';
import { Feedback, FeedbackKind } from '../feedback/feedback.entity';
import { Employee } from '../org/employee.entity';
import { type EmploymentType } from '../org/org.enums';
import { Indicator } from '../plan/indicator.entity';
import { indicatorAchievement } from '../plan/plan-achievement';
import { PerformancePlan } from '../plan/performance-plan.entity';
import type { CoreValue } from '../plan/plan.enums';
import { WorkTarget } from '../plan/work-target.entity';
import { DevelopmentActivity } from './development-activity.entity';
import { ActivityStatus, EffectChange, EffectMeasure, WeaknessKind } from './development.enums';
import { developmentSqlFields } from './development.permissions';
import type { DevelopmentService } from './development.service';
import type {
  ActivityEffect,
  EmployeeJp,
  JpGroup,
  JpOverview,
  JpProgress,
  ProgramEffect,
  TrainingRecommendation,
} from './development.types';
import { PEMBINAAN_PREDICATES } from './required-coaching';
import { TrainingProgram } from './training-program.entity';
import { TrainingEffect } from './training-effect.entity';
import {
  type EffectTarget,
  measureEffect,
  summarizeEffects,
  toEvaluationPoints,
} from './utils/effect.util';
import { jpStanding, PNS_ANNUAL_JP, YEAR_RUNNING_OUT_FROM } from './utils/jp.util';
import { rankTrainings, type Weakness, weaknessWeight } from './utils/recommendation.util';

const PERIOD_RANK: Record<Period, number> = { TW1: 1, TW2: 2, TW3: 3, TW4: 4, ANNUAL: 5 };
/** Recommendations look at this many of the latest evaluations. */
export const RECENT_EVALUATIONS = 2;

/**
 * JP per employee in the cycle `:cycleId` (planned: not cancelled; done: DONE), as a derived table
 * to LEFT JOIN on `employeeId`: one pass over the cycle's activities, however many employees.
 * `where` narrows it (e.g. to a page of employees).
 */
function jpByEmployee(where = '') {
  return `(SELECT jpActivity.employeeId AS employeeId,
      SUM(CASE WHEN jpActivity.status <> 'CANCELLED' THEN jpActivity.jp ELSE 0 END) AS planned,
      SUM(CASE WHEN jpActivity.status = 'DONE' THEN jpActivity.jp ELSE 0 END) AS done
    FROM development_activity jpActivity
    INNER JOIN development_plan jpPlan ON jpPlan.id = jpActivity.planId
    WHERE jpPlan.cycleId = :cycleId ${where}
    GROUP BY jpActivity.employeeId)`;
}
const JP_PLANNED = 'COALESCE(jp.planned, 0)';
const JP_DONE = 'COALESCE(jp.done, 0)';

/** What a completed activity is measured on: its programme's values (and the result rating for aspects). */
export function effectTargets(
  program: TrainingProgram | null,
  reasonCoreValue: CoreValue | null,
): EffectTarget[] {
  if (program) {
    return [
      ...program.coreValues.map((coreValue) => ({ measure: EffectMeasure.CORE_VALUE, coreValue })),
      ...(program.aspects.length ? [{ measure: EffectMeasure.RESULT, coreValue: null }] : []),
    ];
  }
  return reasonCoreValue
    ? [{ measure: EffectMeasure.CORE_VALUE, coreValue: reasonCoreValue }]
    : [{ measure: EffectMeasure.RESULT, coreValue: null }];
}

function toActivityEffect(effect: ReturnType<typeof measureEffect>): ActivityEffect {
  return {
    measure: effect.measure,
    coreValue: effect.coreValue,
    beforeEvaluationId: effect.before?.evaluationId ?? null,
    beforeCycleYear: effect.before?.cycleYear ?? null,
    beforePeriod: effect.before?.period ?? null,
    beforeRating: effect.beforeRating,
    afterEvaluationId: effect.after?.evaluationId ?? null,
    afterCycleYear: effect.after?.cycleYear ?? null,
    afterPeriod: effect.after?.period ?? null,
    afterRating: effect.afterRating,
    change: effect.change,
  };
}

/** Recommendations, effects of training and JP status: read-only answers over development data. */
export class DevelopmentInsightService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly development: DevelopmentService,
  ) {}

  // ---- recommendations ------------------------------------------------------------------------

  async recommend(
    context: Context,
    employeeId: number,
    cycleId: number,
  ): Promise<TrainingRecommendation[]> {
    await this.development.assertCanRead(context, employeeId);
    const cycle = await context.loaders.byId(PerformanceCycle).load(cycleId);
    if (!cycle) throw notFound('Cycle', cycleId);
    const weaknesses = await this.weaknessesOf(context, employeeId, cycle.year);
    const [programs, taken] = await Promise.all([
      this.dataSource.getRepository(TrainingProgram).find({ order: { code: 'ASC' } }),
      this.dataSource
        .getRepository(DevelopmentActivity)
        .createQueryBuilder('activity')
        .select('DISTINCT activity.programId', 'programId')
        .where('activity.employeeId = :employeeId AND activity.programId IS NOT NULL', {
          employeeId,
        })
        .andWhere('activity.status <> :cancelled', { cancelled: ActivityStatus.CANCELLED })
        .getRawMany<{ programId: number }>(),
    ]);
    const ranked = rankTrainings({
      programs: programs.map((program) => ({ ...program, retired: program.retiredAt !== null })),
      weaknesses,
      excludedProgramIds: new Set(taken.map((row) => Number(row.programId))),
    });
    const indicators = new Map<number, Indicator | null>();
    for (const weakness of weaknesses)
      if (weakness.indicatorId)
        indicators.set(
          weakness.indicatorId,
          await context.loaders.byId(Indicator).load(weakness.indicatorId),
        );
    return ranked.map(({ program, score, reasons }) => ({
      program,
      score,
      reasons: reasons.map(({ weakness, weight }) => ({
        kind: weakness.kind,
        evaluationId: weakness.evaluationId,
        cycleYear: weakness.cycleYear,
        period: weakness.period,
        coreValue: weakness.coreValue ?? null,
        ratedBelowExpectation: weakness.ratedBelowExpectation ?? false,
        improvementFeedbackCount: weakness.improvementFeedbackCount ?? 0,
        indicatorId: weakness.indicatorId ?? null,
        indicatorDescription:
          (weakness.indicatorId && indicators.get(weakness.indicatorId)?.description) || null,
        aspect: weakness.aspect ?? null,
        achievement: weakness.achievement ?? null,
        predicate: weakness.predicate ?? null,
        weight,
      })),
    }));
  }

  /** The weaknesses of the latest evaluations in force up to a cycle year, latest first. */
  async weaknessesOf(context: Context, employeeId: number, year: number): Promise<Weakness[]> {
    const rows = await this.dataSource
      .getRepository(Evaluation)
      .createQueryBuilder('evaluation')
      .innerJoin(PerformanceCycle, 'cycle', 'cycle.id = evaluation.cycleId')
      .addSelect('cycle.year', 'cycleYear')
      .where('evaluation.employeeId = :employeeId AND cycle.year <= :year', { employeeId, year })
      .andWhere('evaluation.supersededAt IS NULL AND evaluation.status IN (:...inForce)', {
        inForce: IN_FORCE_STATUSES,
      })
      .getRawAndEntities();
    const yearOf = new Map(
      rows.raw.map((raw: Record<string, unknown>) => [
        Number(raw.evaluation_id),
        Number(raw.cycleYear),
      ]),
    );
    const recent = rows.entities
      .sort(
        (a, b) =>
          yearOf.get(b.id)! - yearOf.get(a.id)! || PERIOD_RANK[b.period] - PERIOD_RANK[a.period],
      )
      .slice(0, RECENT_EVALUATIONS);
    if (recent.length === 0) return [];
    const latest = recent[0];
    const [ratings, improvement] = await Promise.all([
      Promise.all(
        recent.map((evaluation) =>
          context.loaders.manyBy(EvaluationFeedback, 'evaluationId').load(evaluation.id),
        ),
      ),
      this.dataSource
        .getRepository(Feedback)
        .createQueryBuilder('feedback')
        .select('feedback.coreValue', 'coreValue')
        .addSelect('COUNT(*)', 'count')
        .where('feedback.recipientId = :employeeId AND feedback.cycleId = :cycleId', {
          employeeId,
          cycleId: latest.cycleId,
        })
        .andWhere('feedback.kind = :kind AND feedback.coreValue IS NOT NULL', {
          kind: FeedbackKind.IMPROVEMENT,
        })
        .groupBy('feedback.coreValue')
        .getRawMany<{ coreValue: CoreValue; count: string }>(),
    ]);
    const improvementCount = new Map(improvement.map((row) => [row.coreValue, Number(row.count)]));
    const weaknesses: Weakness[] = [];
    for (const [recency, evaluation] of recent.entries()) {
      const base = {
        evaluationId: evaluation.id,
        cycleYear: yearOf.get(evaluation.id)!,
        period: evaluation.period,
        recency,
      };
      const below = new Set(
        ratings[recency]
          .filter((item) => item.coreValue && item.rating === Rating.DI_BAWAH_EKSPEKTASI)
          .map((item) => item.coreValue!),
      );
      const values = recency === 0 ? new Set([...below, ...improvementCount.keys()]) : below;
      for (const coreValue of values)
        weaknesses.push({
          ...base,
          kind: WeaknessKind.CORE_VALUE,
          coreValue,
          ratedBelowExpectation: below.has(coreValue),
          improvementFeedbackCount: recency === 0 ? (improvementCount.get(coreValue) ?? 0) : 0,
        });
      const plan = await context.loaders.byId(PerformancePlan).load(evaluation.planId);
      const targets = plan ? await context.loaders.manyBy(WorkTarget, 'planId').load(plan.id) : [];
      const indicators = (
        await Promise.all(
          targets.map((target) =>
            context.loaders.manyBy(Indicator, 'workTargetId').load(target.id),
          ),
        )
      ).flat();
      const achievements = await Promise.all(
        indicators.map((indicator) =>
          indicatorAchievement({ indicator, period: evaluation.period, loaders: context.loaders }),
        ),
      );
      indicators.forEach((indicator, index) => {
        const achievement = achievements[index];
        if (achievement !== null && achievement < 100)
          weaknesses.push({
            ...base,
            kind: WeaknessKind.INDICATOR,
            indicatorId: indicator.id,
            aspect: indicator.aspect,
            achievement,
          });
      });
      if (PEMBINAAN_PREDICATES.has(evaluation.predicate))
        weaknesses.push({ ...base, kind: WeaknessKind.PREDICATE, predicate: evaluation.predicate });
    }
    return weaknesses.filter((weakness) => weaknessWeight(weakness) > 0);
  }

  // ---- effect of training ---------------------------------------------------------------------

  /** A completed activity's effect on the ratings it aims at (batched through the loaders). */
  async activityEffects(
    context: Context,
    activity: DevelopmentActivity,
  ): Promise<ActivityEffect[]> {
    if (activity.status !== ActivityStatus.DONE || !activity.completedOn) return [];
    const program =
      activity.programId === null
        ? null
        : await context.loaders.byId(TrainingProgram).load(activity.programId);
    const all = await context.loaders.manyBy(Evaluation, 'employeeId').load(activity.employeeId);
    const inForce = all.filter(
      (e) => e.supersededAt === null && IN_FORCE_STATUSES.includes(e.status),
    );
    const [cycles, ratings] = await Promise.all([
      Promise.all(inForce.map((e) => context.loaders.byId(PerformanceCycle).load(e.cycleId))),
      Promise.all(
        inForce.map((e) => context.loaders.manyBy(EvaluationFeedback, 'evaluationId').load(e.id)),
      ),
    ]);
    const points = toEvaluationPoints(
      inForce.map((e, index) => ({ ...e, cycleYear: cycles[index]!.year })),
      ratings.flat(),
    );
    return effectTargets(program, activity.reasonCoreValue).map((target) =>
      toActivityEffect(
        measureEffect({ completedOn: activity.completedOn!, target, evaluations: points }),
      ),
    );
  }

  /** Per programme and rating: how those who completed it moved, with too-little-data marked. */
  async programEffects(context: Context, programId: number | null): Promise<ProgramEffect[]> {
    if (!context.ability.can('read', 'TrainingEffect'))
      throw forbidden('The effect of training is for HR and the Camat');
    const byProgram = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string) =>
      programId === null ? query : query.andWhere(`${column} = :programId`, { programId });
    const [completions, outcomes] = await Promise.all([
      byProgram(
        this.dataSource
          .getRepository(DevelopmentActivity)
          .createQueryBuilder('activity')
          .select('activity.programId', 'programId')
          .addSelect('COUNT(*)', 'count')
          // DONE activities always have their completion date: the count needs only its index.
          .where('activity.programId IS NOT NULL AND activity.status = :done', {
            done: ActivityStatus.DONE,
          }),
        'activity.programId',
      )
        .groupBy('activity.programId')
        .getRawMany<{ programId: number; count: number | string }>(),
      byProgram(
        this.dataSource
          .getRepository(TrainingEffect)
          .createQueryBuilder('effect')
          // Aliases through addSelect(expression, alias) are quoted (CHANGE is reserved in MySQL).
          .select('effect.programId', 'programId')
          .addSelect('effect.measure', 'measure')
          .addSelect('effect.coreValue', 'coreValue')
          .addSelect('effect.change', 'change')
          .addSelect('effect.beforeRating', 'beforeRating')
          .addSelect('effect.afterRating', 'afterRating')
          .addSelect('COUNT(*)', 'count'),
        'effect.programId',
      )
        .groupBy('effect.programId')
        .addGroupBy('effect.measure')
        .addGroupBy('effect.coreValue')
        .addGroupBy('effect.change')
        .addGroupBy('effect.beforeRating')
        .addGroupBy('effect.afterRating')
        .getRawMany<{
          programId: number;
          measure: EffectMeasure;
          coreValue: CoreValue | null;
          change: EffectChange;
          beforeRating: Rating | null;
          afterRating: Rating | null;
          count: number | string;
        }>(),
    ]);
    if (completions.length === 0) return [];
    const completionsOf = new Map(
      completions.map((row) => [Number(row.programId), Number(row.count)]),
    );
    const programs = await this.dataSource
      .getRepository(TrainingProgram)
      .findBy({ id: In([...completionsOf.keys()]) });
    // Each programme shows the ratings it strengthens today (every measured rating is stored);
    // completions without a rating before and after are the rest of its completions.
    return programs
      .sort((a, b) => a.code.localeCompare(b.code))
      .flatMap((program) =>
        effectTargets(program, null).map((target) => {
          const measured = outcomes
            .filter(
              (row) =>
                Number(row.programId) === program.id &&
                row.measure === target.measure &&
                (row.coreValue ?? null) === target.coreValue,
            )
            .map((row) => ({ ...row, count: Number(row.count) }));
          const unmeasured =
            completionsOf.get(program.id)! - measured.reduce((sum, row) => sum + row.count, 0);
          return {
            program,
            measure: target.measure,
            coreValue: target.coreValue,
            ...summarizeEffects([
              ...measured,
              {
                change: EffectChange.NO_DATA,
                beforeRating: null,
                afterRating: null,
                count: unmeasured,
              },
            ]),
          };
        }),
      );
  }

  // ---- JP -------------------------------------------------------------------------------------

  /** JP of one employee in one cycle year. */
  async jpOf(context: Context, employeeId: number, cycleId: number): Promise<JpProgress> {
    const [cycle, employee, activities] = await Promise.all([
      context.loaders.byId(PerformanceCycle).load(cycleId),
      context.loaders.byId(Employee).load(employeeId),
      this.dataSource
        .getRepository(DevelopmentActivity)
        .createQueryBuilder('activity')
        .innerJoin('development_plan', 'dplan', 'dplan.id = activity.planId')
        .where('activity.employeeId = :employeeId AND dplan.cycleId = :cycleId', {
          employeeId,
          cycleId,
        })
        .getMany(),
    ]);
    const sum = (statuses: ActivityStatus[]) =>
      activities.filter((a) => statuses.includes(a.status)).reduce((total, a) => total + a.jp, 0);
    return this.progress(
      cycle!.year,
      employee!.employmentType,
      sum([ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS, ActivityStatus.DONE]),
      sum([ActivityStatus.DONE]),
    );
  }

  private progress(
    year: number,
    employmentType: EmploymentType,
    planned: number,
    done: number,
  ): JpProgress {
    return {
      year,
      planned,
      done,
      ...jpStanding({ employmentType, jpDone: done, year, today: jakartaDate(new Date()) }),
    };
  }

  /** JP of everyone the viewer may read development of (their line; everyone for HR and the Camat). */
  async overview(
    context: Context,
    {
      cycleId,
      unitId,
      belowTargetOnly,
    }: { cycleId: number; unitId: number | null; belowTargetOnly: boolean },
    page: PageArgs,
  ): Promise<JpOverview> {
    const cycle = await context.loaders.byId(PerformanceCycle).load(cycleId);
    if (!cycle) throw notFound('Cycle', cycleId);
    const rows = rulesToSql(
      context.ability,
      'read',
      'DevelopmentPlan',
      undefined,
      developmentSqlFields('employee.id'),
    );
    const base = () => {
      const query = this.dataSource
        .getRepository(Employee)
        .createQueryBuilder('employee')
        .leftJoin(jpByEmployee(), 'jp', 'jp.employeeId = employee.id')
        .where('employee.active = :active', { active: true })
        .andWhere(rows.sql, rows.params)
        .setParameter('cycleId', cycleId);
      if (unitId !== null) query.andWhere(inUnitSubtree('employee.unitId', ':unitId'), { unitId });
      return query;
    };
    const below = `employee.employmentType = 'PNS' AND ${JP_DONE} < ${PNS_ANNUAL_JP}`;
    const totals = await base()
      .select('COUNT(*)', 'employees')
      .addSelect(`SUM(CASE WHEN employee.employmentType = 'PNS' THEN 1 ELSE 0 END)`, 'pns')
      .addSelect(`SUM(${JP_PLANNED})`, 'jpPlanned')
      .addSelect(`SUM(${JP_DONE})`, 'jpDone')
      .addSelect(`SUM(CASE WHEN ${below} THEN 1 ELSE 0 END)`, 'pnsBelowTarget')
      .getRawOne<Record<string, string | number | null>>();
    const membersQuery = base();
    if (belowTargetOnly) membersQuery.andWhere(below);
    const members = await paginate(membersQuery, page, {
      expression: 'employee.name',
      valueOf: (employee) => employee.name,
      idExpression: 'employee.id',
    });
    const ids = members.edges.map((edge) => edge.node.id);
    const sums = ids.length
      ? await this.dataSource
          .getRepository(Employee)
          .createQueryBuilder('employee')
          .leftJoin(
            jpByEmployee('AND jpActivity.employeeId IN (:...ids)'),
            'jp',
            'jp.employeeId = employee.id',
          )
          .select('employee.id', 'id')
          .addSelect(JP_PLANNED, 'planned')
          .addSelect(JP_DONE, 'done')
          .where('employee.id IN (:...ids)', { ids })
          .setParameter('cycleId', cycleId)
          .getRawMany<{ id: number; planned: string | number; done: string | number }>()
      : [];
    const sumOf = new Map(sums.map((row) => [Number(row.id), row]));
    const count = (value: string | number | null | undefined) => Number(value ?? 0);
    return {
      year: cycle.year,
      yearRunningOut: jakartaDate(new Date()) >= `${cycle.year}-${YEAR_RUNNING_OUT_FROM}`,
      totals: {
        employees: count(totals?.employees),
        pns: count(totals?.pns),
        jpPlanned: count(totals?.jpPlanned),
        jpDone: count(totals?.jpDone),
        pnsBelowTarget: count(totals?.pnsBelowTarget),
      },
      members: {
        ...members,
        edges: members.edges.map(({ cursor, node }) => ({
          cursor,
          node: {
            employeeId: node.id,
            employee: node,
            employmentType: node.employmentType,
            jp: this.progress(
              cycle.year,
              node.employmentType,
              count(sumOf.get(node.id)?.planned),
              count(sumOf.get(node.id)?.done),
            ),
          } satisfies EmployeeJp,
        })),
      },
    };
  }

  /** JP totals per group; for analysts de-identified, groups under 5 people suppressed. */
  async byGroup(
    context: Context,
    cycleId: number,
    groupBy: DistributionGroupBy,
  ): Promise<JpGroup[]> {
    if (!context.ability.can('read', 'JpStatistics'))
      throw forbidden('JP statistics are for analysts, HR and the Camat');
    if (!(await context.loaders.byId(PerformanceCycle).load(cycleId)))
      throw notFound('Cycle', cycleId);
    const column = EMPLOYEE_GROUP_COLUMNS[groupBy];
    const below = `member.employmentType = 'PNS' AND ${JP_DONE} < ${PNS_ANNUAL_JP}`;
    const groups = await this.dataSource
      .createQueryBuilder()
      .select(column, 'groupKey')
      .addSelect('COUNT(*)', 'employees')
      .addSelect(`SUM(${JP_PLANNED})`, 'jpPlanned')
      .addSelect(`SUM(${JP_DONE})`, 'jpDone')
      .addSelect(`SUM(CASE WHEN ${below} THEN 1 ELSE 0 END)`, 'pnsBelowTarget')
      .from('employee', 'member')
      .innerJoin('position', 'position', 'position.id = member.positionId')
      .innerJoin('org_unit', 'unit', 'unit.id = member.unitId')
      .leftJoin(jpByEmployee(), 'jp', 'jp.employeeId = member.id')
      .where('member.active = :active', { active: true })
      .setParameter('cycleId', cycleId)
      .groupBy(column)
      .orderBy(column, 'ASC')
      .getRawMany<Record<string, string | number>>();
    // Those who read every plan by name (HR, the Camat) gain nothing from suppression; analysts do.
    const readsAll = context.ability
      .rulesFor('read', 'DevelopmentPlan')
      .some((rule) => !rule.conditions && !rule.inverted);
    return groups.map((row) => {
      const employees = Number(row.employees);
      return employees < MIN_GROUP_SIZE && !readsAll
        ? {
            group: String(row.groupKey),
            suppressed: true,
            employees: null,
            jpPlanned: null,
            jpDone: null,
            pnsBelowTarget: null,
          }
        : {
            group: String(row.groupKey),
            suppressed: false,
            employees,
            jpPlanned: Number(row.jpPlanned),
            jpDone: Number(row.jpDone),
            pnsBelowTarget: Number(row.pnsBelowTarget),
          };
    });
  }
}
