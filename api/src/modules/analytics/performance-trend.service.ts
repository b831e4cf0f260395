import { subject as asSubject } from '@casl/ability';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { conditionAttributes } from '../../platform/authz/policy';
import { rulesToSql } from '../../platform/authz/rules-to-sql';
import { forbidden } from '../../platform/graphql/errors';
import type { Period } from '../cycle/cycle.enums';
import {
  EvaluationStatus,
  IN_FORCE_STATUSES,
  type Predicate,
  type Rating,
} from '../evaluation/evaluation.enums';
import { evaluationSqlFields } from '../evaluation/evaluation.permissions';
import { periodAchievementSql } from '../plan/achievement.sql';
import type { TrendPoint } from './analytics.types';
import { PERIOD_ORDER_SQL } from './period-order.sql';
import { groupBy, numberOrNull } from './utils/rows.util';

const RATING_LEVEL: Record<Rating, number> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

// Indicator achievement in SQL against the period's target (the year derived from the quarters); unreported = NULL.
const ACHIEVEMENT_SQL = periodAchievementSql({
  indicator: 'indicator',
  report: 'report',
  period: 'evaluation.period',
});

/** One employee's trend: a point per final evaluation with its three areas, oldest first. */
export class PerformanceTrendService {
  constructor(private readonly dataSource: DataSource) {}

  async ofEmployee(context: Context, employeeId: number): Promise<TrendPoint[]> {
    const rows = rulesToSql(
      context.ability,
      'read',
      'Evaluation',
      'predicate',
      evaluationSqlFields('evaluation'),
    );
    // The three reads share one filter (the employee's final evaluations the viewer may read), so
    // they run side by side instead of waiting for each other's ids.
    const readable = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) =>
      query
        .andWhere(
          'evaluation.employeeId = :employeeId AND evaluation.supersededAt IS NULL AND evaluation.status IN (:...final)',
          { employeeId, final: IN_FORCE_STATUSES },
        )
        .andWhere(rows.sql, rows.params);
    // The reads are filtered by the viewer's rules in SQL, so rows mean the viewer may read them;
    // only an empty answer needs the explicit check (FORBIDDEN, or just no evaluations yet).
    const [points, areas, feedback] = await Promise.all([
      readable(
        this.dataSource
          .createQueryBuilder()
          .select([
            'evaluation.id AS id',
            'cycle.year AS cycleYear',
            'evaluation.period AS period',
            'evaluation.predicate AS predicate',
          ])
          .addSelect([
            'evaluation.predicateLevel AS predicateLevel',
            'evaluation.resultRating AS resultRating',
            'evaluation.behaviorRating AS behaviorRating',
            'evaluation.achievement AS achievement',
          ])
          .from('evaluation', 'evaluation')
          .innerJoin('performance_cycle', 'cycle', 'cycle.id = evaluation.cycleId'),
      )
        .orderBy('cycle.year', 'ASC')
        .addOrderBy(PERIOD_ORDER_SQL, 'ASC')
        .getRawMany<{
          id: number;
          cycleYear: number;
          period: Period;
          predicate: Predicate;
          predicateLevel: number;
          resultRating: Rating;
          behaviorRating: Rating;
          achievement: string | null;
        }>(),
      readable(
        this.dataSource
          .createQueryBuilder()
          .select('evaluation.id', 'id')
          .addSelect(
            `AVG(CASE WHEN indicator.aspect = 'KUALITAS' THEN NULL ELSE ${ACHIEVEMENT_SQL} END)`,
            'productivity',
          )
          .addSelect(
            `AVG(CASE WHEN indicator.aspect = 'KUALITAS' THEN ${ACHIEVEMENT_SQL} ELSE NULL END)`,
            'quality',
          )
          .from('evaluation', 'evaluation')
          .innerJoin('work_target', 'target', 'target.planId = evaluation.planId')
          .innerJoin('indicator', 'indicator', 'indicator.workTargetId = target.id')
          .leftJoin(
            'realization',
            'report',
            'report.indicatorId = indicator.id AND report.period = evaluation.period AND report.replacedAt IS NULL',
          ),
      )
        .groupBy('evaluation.id')
        .getRawMany<{ id: number; productivity: string | null; quality: string | null }>(),
      readable(
        this.dataSource
          .createQueryBuilder()
          .select([
            'item.evaluationId AS id',
            'item.coreValue AS coreValue',
            'item.rating AS rating',
            'COUNT(*) AS count',
          ])
          .from('evaluation_feedback', 'item')
          .innerJoin('evaluation', 'evaluation', 'evaluation.id = item.evaluationId')
          .where('item.coreValue IS NOT NULL AND item.rating IS NOT NULL'),
      )
        .groupBy('item.evaluationId')
        .addGroupBy('item.coreValue')
        .addGroupBy('item.rating')
        .getRawMany<{ id: number; coreValue: string; rating: Rating; count: string }>(),
    ]);
    if (points.length === 0) {
      const facts = await conditionAttributes(
        'Evaluation',
        { employeeId, status: EvaluationStatus.FINAL },
        context,
      );
      if (!context.ability.can('read', asSubject('Evaluation', facts), 'predicate'))
        throw forbidden('TREND_FORBIDDEN', 'You may not read this employee’s evaluations');
    }
    const areaOf = new Map(areas.map((row) => [Number(row.id), row]));
    const feedbackOf = groupBy(feedback, (row) => Number(row.id));
    return points.map((point) => {
      const area = areaOf.get(Number(point.id));
      return {
        cycleYear: Number(point.cycleYear),
        period: point.period,
        predicate: point.predicate,
        predicateLevel: Number(point.predicateLevel),
        resultRating: point.resultRating,
        behaviorRating: point.behaviorRating,
        achievement: numberOrNull(point.achievement),
        productivity: numberOrNull(area?.productivity),
        qualityOfWork: numberOrNull(area?.quality),
        professionalAttitude: RATING_LEVEL[point.behaviorRating],
        behaviorFeedback: (feedbackOf.get(Number(point.id)) ?? []).map((row) => ({
          coreValue: row.coreValue as never,
          rating: row.rating,
          count: Number(row.count),
        })),
      };
    });
  }
}
