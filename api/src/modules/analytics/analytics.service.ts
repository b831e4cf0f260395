import type { DataSource } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { rulesToSql } from '../../platform/authz/rules-to-sql';
import { forbidden, notFound } from '../../platform/graphql/errors';
import { PerformanceCycle } from '../cycle/cycle.entity';
import type { Period } from '../cycle/cycle.enums';
import { jakartaDate, periodsOf } from '../cycle/utils/periods.util';
import { IN_FORCE_STATUSES, Predicate } from '../evaluation/evaluation.enums';
import { evaluationSqlFields } from '../evaluation/evaluation.permissions';
import { PlanStatus } from '../plan/plan.enums';
import type { DistributionGroup, DistributionGroupBy, UnitSummary } from './analytics.types';
import { EMPLOYEE_GROUP_COLUMNS } from './utils/group-columns';
import { numberOrNull } from './utils/rows.util';
import { suppressSmallGroups } from './utils/suppression.util';

/** Kecamatan-wide aggregates in SQL over the rows the viewer may count: units side by side, predicate distributions. */
export class AnalyticsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Units side by side for the Camat and HR: completion of plans and evaluations, achievement, predicate mix. */
  async kecamatanSummary(context: Context, cycleId: number): Promise<UnitSummary[]> {
    if (!context.ability.can('read', 'Calibration'))
      throw forbidden(
        'KECAMATAN_SUMMARY_FORBIDDEN',
        'The kecamatan summary is for the Camat and HR',
      );
    const cycle = await this.dataSource.getRepository(PerformanceCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle', cycleId);
    const ended = periodsOf({ year: cycle.year })
      .filter((range) => range.endsOn < jakartaDate(new Date()))
      .map((range) => range.period);
    const topUnits = () =>
      this.dataSource
        .createQueryBuilder()
        .from('org_unit', 'top')
        .innerJoin('org_unit_closure', 'tree', 'tree.ancestorId = top.id')
        .innerJoin(
          'employee',
          'member',
          'member.unitId = tree.descendantId AND member.active = :active',
          { active: true },
        )
        .where('top.depth = 1')
        .groupBy('top.id');
    const staffing = await topUnits()
      .select('top.id', 'unitId')
      .addSelect('COUNT(DISTINCT member.id)', 'members')
      .addSelect(
        `COUNT(DISTINCT CASE WHEN plan.status = '${PlanStatus.APPROVED}' THEN plan.id END)`,
        'approvedPlans',
      )
      .addSelect(
        `COUNT(DISTINCT CASE WHEN plan.status = '${PlanStatus.APPROVED}' AND plan.evaluatorId IS NOT NULL THEN plan.id END)`,
        'evaluatedPlans',
      )
      .leftJoin(
        'performance_plan',
        'plan',
        // The current SKP of the cycle (a mutasi closes the earlier ones).
        'plan.employeeId = member.id AND plan.cycleId = :cycleId AND plan.endsOn IS NULL',
        { cycleId },
      )
      .orderBy('top.id', 'ASC')
      .getRawMany<{
        unitId: number;
        members: string;
        approvedPlans: string;
        evaluatedPlans: string;
      }>();
    const results = ended.length
      ? await topUnits()
          .select('top.id', 'unitId')
          .addSelect('evaluation.predicate', 'predicate')
          .addSelect('COUNT(*)', 'count')
          .addSelect('SUM(evaluation.achievement)', 'achievementSum')
          .addSelect('COUNT(evaluation.achievement)', 'achievementCount')
          .innerJoin('evaluation', 'evaluation', 'evaluation.employeeId = member.id')
          .andWhere(
            'evaluation.cycleId = :cycleId AND evaluation.supersededAt IS NULL AND evaluation.status IN (:...final) AND evaluation.period IN (:...ended)',
            { cycleId, final: IN_FORCE_STATUSES, ended },
          )
          .addGroupBy('evaluation.predicate')
          .getRawMany<{
            unitId: number;
            predicate: Predicate;
            count: string;
            achievementSum: string | null;
            achievementCount: string;
          }>()
      : [];
    return staffing.map((row) => {
      const unitId = Number(row.unitId);
      const own = results.filter((result) => Number(result.unitId) === unitId);
      const done = own.reduce((sum, result) => sum + Number(result.count), 0);
      const expected = Number(row.evaluatedPlans) * ended.length;
      const achievementCount = own.reduce(
        (sum, result) => sum + Number(result.achievementCount),
        0,
      );
      const achievementSum = own.reduce(
        (sum, result) => sum + Number(result.achievementSum ?? 0),
        0,
      );
      const members = Number(row.members);
      return {
        unitId,
        members,
        approvedPlans: Number(row.approvedPlans),
        planCompletion: members ? numberOrNull((Number(row.approvedPlans) / members) * 100)! : 0,
        evaluationsDone: done,
        evaluationsExpected: expected,
        evaluationCompletion: expected ? numberOrNull((done / expected) * 100) : null,
        averageAchievement: achievementCount
          ? numberOrNull(achievementSum / achievementCount)
          : null,
        predicateCounts: Object.values(Predicate).map((predicate) => ({
          predicate,
          count: own
            .filter((r) => r.predicate === predicate)
            .reduce((sum, r) => sum + Number(r.count), 0),
        })),
      };
    });
  }

  /**
   * De-identified predicate distribution, over the final evaluations the viewer may count (those they
   * may read; every final one for analysts, whose rows are limited to large anonymity sets); small
   * groups suppressed.
   */
  async predicateDistribution(
    context: Context,
    cycleId: number,
    period: Period,
    groupBy: DistributionGroupBy,
  ): Promise<DistributionGroup[]> {
    const rows = rulesToSql(
      context.ability,
      'aggregate',
      'Evaluation',
      'predicate',
      evaluationSqlFields('evaluation'),
    );
    const column = EMPLOYEE_GROUP_COLUMNS[groupBy];
    const tallies = await this.dataSource
      .createQueryBuilder()
      .select(`${column}`, 'groupKey')
      .addSelect('evaluation.predicate', 'predicate')
      .addSelect('COUNT(*)', 'count')
      .from('evaluation', 'evaluation')
      .innerJoin('employee', 'member', 'member.id = evaluation.employeeId')
      .innerJoin('position', 'position', 'position.id = member.positionId')
      .innerJoin('org_unit', 'unit', 'unit.id = member.unitId')
      .where(
        'evaluation.cycleId = :cycleId AND evaluation.period = :period AND evaluation.supersededAt IS NULL AND evaluation.status IN (:...final)',
        { cycleId, period, final: IN_FORCE_STATUSES },
      )
      .andWhere(rows.sql, rows.params)
      .groupBy(column)
      .addGroupBy('evaluation.predicate')
      .orderBy(column, 'ASC')
      .getRawMany<{ groupKey: string; predicate: Predicate; count: string }>();
    const groups = [...new Set(tallies.map((row) => String(row.groupKey)))].map((group) => ({
      group,
      counts: Object.fromEntries(
        Object.values(Predicate).map((p) => [
          p,
          Number(
            tallies.find((row) => String(row.groupKey) === group && row.predicate === p)?.count ??
              0,
          ),
        ]),
      ) as Record<Predicate, number>,
    }));
    return suppressSmallGroups({ groups });
  }
}
