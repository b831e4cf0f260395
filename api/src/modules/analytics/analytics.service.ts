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
import { OrgUnit } from '../org/org-unit.entity';
import { entityColumnsSql, hydrateEntity } from '../../platform/database/entity-rows';
import { queryNamed } from '../../platform/database/named-sql';
import type { DistributionGroup, DistributionGroupBy, UnitSummary } from './analytics.types';
import { EMPLOYEE_GROUP_COLUMNS } from './utils/group-columns';
import { numberOrNull } from './utils/rows.util';
import { suppressSmallGroups } from './utils/suppression.util';

type StaffingRow = Record<string, unknown> & {
  unitId: number;
  members: string | number;
  approvedPlans: string | number;
  evaluatedPlans: string | number;
};
/** Members and approved plans per top-level unit (the current SKP: a mutasi closes the earlier ones), with the unit's row. */
const staffingSql = (unitColumns: string) => `SELECT ${unitColumns}, staffing.unitId AS unitId,
    staffing.members AS members, staffing.approvedPlans AS approvedPlans,
    staffing.evaluatedPlans AS evaluatedPlans
  FROM (
    SELECT top.id AS unitId, COUNT(DISTINCT member.id) AS members,
      COUNT(DISTINCT CASE WHEN plan.status = :approved THEN plan.id END) AS approvedPlans,
      COUNT(DISTINCT CASE WHEN plan.status = :approved AND plan.evaluatorId IS NOT NULL THEN plan.id END) AS evaluatedPlans
    FROM org_unit top
    INNER JOIN org_unit_closure tree ON tree.ancestorId = top.id
    INNER JOIN employee member ON member.unitId = tree.descendantId AND member.active = :active
    LEFT JOIN performance_plan plan
      ON plan.employeeId = member.id AND plan.cycleId = :cycleId AND plan.endsOn IS NULL
    WHERE top.depth = 1
    GROUP BY top.id
  ) staffing
  INNER JOIN org_unit unit ON unit.id = staffing.unitId
  ORDER BY staffing.unitId ASC`;
type ResultRow = {
  unitId: number;
  period: Period;
  predicate: Predicate;
  count: string | number;
  achievementSum: string | number | null;
  achievementCount: string | number;
};
/**
 * Evaluations in force per top-level unit, period and predicate, with their achievement: the totals
 * kept per unit (`unit_result_total`, see evaluation/unit-counts.ts) summed over each subtree, so
 * the read follows the number of units, not of employees.
 */
const RESULTS_SQL = `SELECT top.id AS unitId, kept.period AS period, kept.predicate AS predicate,
    SUM(kept.count) AS count, SUM(kept.achievementSum) AS achievementSum,
    SUM(kept.achievementCount) AS achievementCount
  FROM org_unit top
  INNER JOIN org_unit_closure tree ON tree.ancestorId = top.id
  INNER JOIN unit_result_total kept ON kept.unitId = tree.descendantId AND kept.cycleId = :cycleId
  WHERE top.depth = 1
  GROUP BY top.id, kept.period, kept.predicate`;

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
    const params = {
      active: true,
      cycleId,
      approved: PlanStatus.APPROVED,
    };
    // The three reads need nothing from each other: the results of every period are read, and
    // those of periods not yet ended (which the cycle's year decides) are left out below.
    const [cycle, staffing, allResults] = await Promise.all([
      context.loaders.byId(PerformanceCycle).load(cycleId),
      queryNamed<StaffingRow>(
        this.dataSource,
        staffingSql(entityColumnsSql(this.dataSource, OrgUnit, 'unit')),
        params,
      ),
      queryNamed<ResultRow>(this.dataSource, RESULTS_SQL, params),
    ]);
    if (!cycle) throw notFound('Cycle', cycleId);
    const ended = periodsOf({ year: cycle.year })
      .filter((range) => range.endsOn < jakartaDate(new Date()))
      .map((range) => range.period);
    const results = allResults.filter((row) => ended.includes(row.period));
    // Whole unit rows: they answer `unit { … }` through the loader without another read.
    const units = context.loaders.byId(OrgUnit);
    for (const row of staffing)
      units.prime(Number(row.unitId), hydrateEntity(this.dataSource, OrgUnit, 'unit', row));
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
