import type { DataSource } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { notFound } from '../../platform/graphql/errors';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { PERIOD_RANK } from '../cycle/utils/periods.util';
import { Evaluation } from '../evaluation/evaluation.entity';
import { EvaluationFeedback } from '../evaluation/evaluation-feedback.entity';
import { IN_FORCE_STATUSES, Rating } from '../evaluation/evaluation.enums';
import { Feedback, FeedbackKind } from '../feedback/feedback.entity';
import { Indicator } from '../plan/indicator.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { indicatorAchievement } from '../plan/plan-achievement';
import type { CoreValue } from '../plan/plan.enums';
import { WorkTarget } from '../plan/work-target.entity';
import { DevelopmentActivity } from './development-activity.entity';
import { ActivityStatus, WeaknessKind } from './development.enums';
import type { DevelopmentService } from './development.service';
import type { TrainingRecommendation } from './development.types';
import { PEMBINAAN_PREDICATES } from './required-coaching';
import { TrainingProgram } from './training-program.entity';
import { rankTrainings, type Weakness, weaknessWeight } from './utils/recommendation.util';

/** Recommendations look at this many of the latest evaluations. */
export const RECENT_EVALUATIONS = 2;

/** Training recommended from the weaknesses of an employee's latest evaluations, ranked, with the reasons. */
export class RecommendationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly development: DevelopmentService,
  ) {}

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
}
