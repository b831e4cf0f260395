import type { DataSource } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { canReadRow } from '../../platform/authz/policy';
import { queryNamed } from '../../platform/database/named-sql';
import { oncePerAbility, rulesToSql } from '../../platform/authz/rules-to-sql';
import { forbidden } from '../../platform/graphql/errors';
import type { Period } from '../cycle/cycle.enums';
import {
  EvaluationStatus,
  IN_FORCE_STATUSES,
  type Predicate,
  type Rating,
} from '../evaluation/evaluation.enums';
import { oneEmployeeEvaluationSqlFields } from '../evaluation/evaluation.permissions';
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

// The trend's reads, written once as SQL (no query builder on this hot path); `readable` is the
// condition on `evaluation` (the employee, in force, the viewer's rules). The points carry their
// two areas (outer joins: a point without indicators has none), so two statements, not three. Each
// indicator's achievement is written once, in the inner select, and averaged per area outside: the
// statement is half as long to bind, send and parse as with the expression in both averages. The
// inner select is named `evaluation` so the period order reads its period.
const POINT_COLUMNS = [
  'id',
  'cycleYear',
  'period',
  'predicate',
  'predicateLevel',
  'resultRating',
  'behaviorRating',
  'achievement',
]
  .map((column) => `evaluation.${column}`)
  .join(', ');
const pointsSql = (readable: string) => `SELECT ${POINT_COLUMNS},
    AVG(CASE WHEN evaluation.aspect = 'KUALITAS' THEN NULL ELSE evaluation.achieved END) AS productivity,
    AVG(CASE WHEN evaluation.aspect = 'KUALITAS' THEN evaluation.achieved ELSE NULL END) AS quality
  FROM (SELECT evaluation.id AS id, cycle.year AS cycleYear, evaluation.period AS period,
      evaluation.predicate AS predicate, evaluation.predicateLevel AS predicateLevel,
      evaluation.resultRating AS resultRating, evaluation.behaviorRating AS behaviorRating,
      evaluation.achievement AS achievement, indicator.aspect AS aspect,
      ${ACHIEVEMENT_SQL} AS achieved
    FROM evaluation evaluation
    INNER JOIN performance_cycle cycle ON cycle.id = evaluation.cycleId
    LEFT JOIN work_target target ON target.planId = evaluation.planId
    LEFT JOIN indicator indicator ON indicator.workTargetId = target.id
    LEFT JOIN realization report ON report.indicatorId = indicator.id
      AND report.period = evaluation.period AND report.replacedAt IS NULL
    WHERE ${readable}) evaluation
  GROUP BY ${POINT_COLUMNS}
  ORDER BY evaluation.cycleYear ASC, ${PERIOD_ORDER_SQL} ASC`;
const feedbackSql = (readable: string) => `SELECT item.evaluationId AS id,
    item.coreValue AS coreValue, item.rating AS rating, COUNT(*) AS count
  FROM evaluation_feedback item
  INNER JOIN evaluation evaluation ON evaluation.id = item.evaluationId
  WHERE item.coreValue IS NOT NULL AND item.rating IS NOT NULL AND ${readable}
  GROUP BY item.evaluationId, item.coreValue, item.rating`;

/**
 * The viewer's rules on an evaluation's predicate, in SQL (the employee is the `:employeeId`
 * parameter), translated once per viewer.
 */
const readableScope = oncePerAbility((ability) =>
  rulesToSql(
    ability,
    'read',
    'Evaluation',
    'predicate',
    oneEmployeeEvaluationSqlFields('evaluation', ':employeeId'),
  ),
);

/** One employee's trend: a point per final evaluation with its three areas, oldest first. */
export class PerformanceTrendService {
  constructor(private readonly dataSource: DataSource) {}

  async ofEmployee(context: Context, employeeId: number): Promise<TrendPoint[]> {
    const rows = readableScope(context.ability);
    // The two reads share one filter (the employee's final evaluations the viewer may read), so
    // they run side by side instead of waiting for each other's ids. The reads are filtered by the
    // viewer's rules in SQL, so rows mean the viewer may read them; only an empty answer needs the
    // explicit check (FORBIDDEN, or just no evaluations yet).
    const params = { ...rows.params, employeeId, final: IN_FORCE_STATUSES };
    const readable = `evaluation.employeeId = :employeeId AND evaluation.supersededAt IS NULL
      AND evaluation.status IN (:...final) AND (${rows.sql})`;
    const [points, feedback] = await Promise.all([
      queryNamed<{
        id: number;
        cycleYear: number;
        period: Period;
        predicate: Predicate;
        predicateLevel: number;
        resultRating: Rating;
        behaviorRating: Rating;
        achievement: string | null;
        productivity: string | null;
        quality: string | null;
      }>(this.dataSource, pointsSql(readable), params),
      queryNamed<{ id: number; coreValue: string; rating: Rating; count: string }>(
        this.dataSource,
        feedbackSql(readable),
        params,
      ),
    ]);
    if (points.length === 0) {
      const hypothetical = { employeeId, status: EvaluationStatus.FINAL };
      if (!(await canReadRow(context, 'Evaluation', hypothetical, 'predicate')))
        throw forbidden('TREND_FORBIDDEN', 'You may not read this employee’s evaluations');
    }
    const feedbackOf = groupBy(feedback, (row) => Number(row.id));
    return points.map((point) => {
      return {
        cycleYear: Number(point.cycleYear),
        period: point.period,
        predicate: point.predicate,
        predicateLevel: Number(point.predicateLevel),
        resultRating: point.resultRating,
        behaviorRating: point.behaviorRating,
        achievement: numberOrNull(point.achievement),
        productivity: numberOrNull(point.productivity),
        qualityOfWork: numberOrNull(point.quality),
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
