import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { containing, likeSql, startingWith } from '../../platform/database/like';
import { rulesToSql } from '../../platform/authz/rules-to-sql';
import { forbidden, notFound } from '../../platform/graphql/errors';
import { paginate, type PageArgs } from '../../platform/graphql/pagination';
import type { DistributionGroupBy } from '../analytics/analytics.types';
import { EMPLOYEE_GROUP_COLUMNS } from '../analytics/utils/group-columns';
import { MIN_GROUP_SIZE } from '../analytics/utils/suppression.util';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { jakartaDate } from '../cycle/utils/periods.util';
import { Employee } from '../org/employee.entity';
import type { EmploymentType } from '../org/org.enums';
import { employeeSqlFields } from '../org/org.permissions';
import { DevelopmentActivity } from './development-activity.entity';
import { ActivityStatus } from './development.enums';
import { developmentSqlFields } from './development.permissions';
import type { EmployeeJp, JpGroup, JpOverview, JpProgress } from './development.types';
import { jpStanding, PNS_ANNUAL_JP, YEAR_RUNNING_OUT_FROM } from './utils/jp.util';

/**
 * JP per employee in the cycle `:cycleId` (planned: not cancelled; done: DONE), as a derived table
 * to LEFT JOIN on `employeeId`, narrowed by `where` to a page of employees: for a bounded set only.
 * Joined to every employee, MariaDB evaluates it per employee over all their cycles ("lateral
 * derived"), which grows faster than the data: whole-population reads use `jpPerEmployee`.
 */
export function jpByEmployee(where: string) {
  return `(SELECT jpActivity.employeeId AS employeeId,
      SUM(CASE WHEN jpActivity.status <> 'CANCELLED' THEN jpActivity.jp ELSE 0 END) AS planned,
      SUM(CASE WHEN jpActivity.status = 'DONE' THEN jpActivity.jp ELSE 0 END) AS done
    FROM development_activity jpActivity
    INNER JOIN development_plan jpPlan ON jpPlan.id = jpActivity.planId
    WHERE jpPlan.cycleId = :cycleId ${where}
    GROUP BY jpActivity.employeeId)`;
}
/**
 * JP of one employee, grouped per employee over `employee LEFT JOIN development_plan jpPlan` (its
 * plan of the cycle `:cycleId`) `LEFT JOIN development_activity jpActivity` (that plan's
 * activities): one index step per employee and per activity of the cycle, linear in the data.
 */
const JP_PLANNED_SUM = `COALESCE(SUM(CASE WHEN jpActivity.status <> 'CANCELLED' THEN jpActivity.jp ELSE 0 END), 0)`;
const JP_DONE_SUM = `COALESCE(SUM(CASE WHEN jpActivity.status = 'DONE' THEN jpActivity.jp ELSE 0 END), 0)`;
/** Employees of the cycle `:cycleId` with at least the PNS target done (a set computed once). */
const REACHED_TARGET = `(SELECT reachedPlan.employeeId FROM development_plan reachedPlan
    INNER JOIN development_activity reached ON reached.planId = reachedPlan.id
    WHERE reachedPlan.cycleId = :cycleId AND reached.status = 'DONE'
    GROUP BY reachedPlan.employeeId HAVING SUM(reached.jp) >= ${PNS_ANNUAL_JP})`;
const JP_PLANNED = 'COALESCE(jp.planned, 0)';
export const JP_DONE = 'COALESCE(jp.done, 0)';

/** JP (jam pelajaran): one employee's hours in a cycle, the viewer's overview, totals per group. */
export class JpService {
  constructor(private readonly dataSource: DataSource) {}

  /** JP of one employee in one cycle year. */
  async ofEmployee(context: Context, employeeId: number, cycleId: number): Promise<JpProgress> {
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
      search = null,
    }: {
      cycleId: number;
      unitId: number | null;
      belowTargetOnly: boolean;
      /** Part of the name or the start of the NIP (trimmed, checked); narrows the list, not the totals. */
      search?: string | null;
    },
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
    const scoped = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) => {
      query
        .where('employee.active = :active', { active: true })
        .andWhere(rows.sql, rows.params)
        .setParameter('cycleId', cycleId);
      if (unitId !== null) query.andWhere(inUnitSubtree('employee.unitId', ':unitId'), { unitId });
      return query;
    };
    // Each employee's JP first (grouped per employee), then the totals over them.
    const perEmployee = scoped(
      this.dataSource
        .createQueryBuilder()
        .select('employee.id', 'id')
        .addSelect('employee.employmentType', 'employmentType')
        .addSelect(JP_PLANNED_SUM, 'planned')
        .addSelect(JP_DONE_SUM, 'done')
        .from('employee', 'employee'),
    )
      .leftJoin(
        'development_plan',
        'jpPlan',
        'jpPlan.employeeId = employee.id AND jpPlan.cycleId = :cycleId',
      )
      .leftJoin('development_activity', 'jpActivity', 'jpActivity.planId = jpPlan.id')
      .groupBy('employee.id')
      .addGroupBy('employee.employmentType');
    const below = `jp.employmentType = 'PNS' AND jp.done < ${PNS_ANNUAL_JP}`;
    const totals = await this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'employees')
      .addSelect(`SUM(CASE WHEN jp.employmentType = 'PNS' THEN 1 ELSE 0 END)`, 'pns')
      .addSelect('SUM(jp.planned)', 'jpPlanned')
      .addSelect('SUM(jp.done)', 'jpDone')
      .addSelect(`SUM(CASE WHEN ${below} THEN 1 ELSE 0 END)`, 'pnsBelowTarget')
      .from(`(${perEmployee.getQuery()})`, 'jp')
      .setParameters(perEmployee.getParameters())
      .getRawOne<Record<string, string | number | null>>();
    const membersQuery = scoped(
      this.dataSource.getRepository(Employee).createQueryBuilder('employee'),
    );
    if (belowTargetOnly)
      membersQuery.andWhere(
        `employee.employmentType = 'PNS' AND employee.id NOT IN ${REACHED_TARGET}`,
      );
    if (search) {
      // Only on what the viewer may read of each employee, so a search reveals no hidden name or NIP.
      const readable = (field: string) =>
        rulesToSql(context.ability, 'read', 'Employee', field, employeeSqlFields('employee'));
      const name = readable('name');
      const nip = readable('nip');
      membersQuery.andWhere(
        `((${likeSql('employee.name', 'search')} AND ${name.sql}) OR (${likeSql('employee.nip', 'nipPrefix')} AND ${nip.sql}))`,
        {
          ...name.params,
          ...nip.params,
          search: containing(search),
          nipPrefix: startingWith(search),
        },
      );
    }
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
      throw forbidden(
        'JP_STATISTICS_FORBIDDEN',
        'JP statistics are for analysts, HR and the Camat',
      );
    if (!(await context.loaders.byId(PerformanceCycle).load(cycleId)))
      throw notFound('Cycle', cycleId);
    const column = EMPLOYEE_GROUP_COLUMNS[groupBy];
    // Each employee's JP and group first, then the groups over them.
    const perEmployee = this.dataSource
      .createQueryBuilder()
      .select(column, 'groupKey')
      .addSelect('member.employmentType', 'employmentType')
      .addSelect(JP_PLANNED_SUM, 'planned')
      .addSelect(JP_DONE_SUM, 'done')
      .from('employee', 'member')
      .innerJoin('position', 'position', 'position.id = member.positionId')
      .innerJoin('org_unit', 'unit', 'unit.id = member.unitId')
      .leftJoin(
        'development_plan',
        'jpPlan',
        'jpPlan.employeeId = member.id AND jpPlan.cycleId = :cycleId',
      )
      .leftJoin('development_activity', 'jpActivity', 'jpActivity.planId = jpPlan.id')
      .where('member.active = :active', { active: true })
      .setParameter('cycleId', cycleId)
      .groupBy('member.id')
      .addGroupBy(column)
      .addGroupBy('member.employmentType');
    const below = `jp.employmentType = 'PNS' AND jp.done < ${PNS_ANNUAL_JP}`;
    const groups = await this.dataSource
      .createQueryBuilder()
      .select('jp.groupKey', 'groupKey')
      .addSelect('COUNT(*)', 'employees')
      .addSelect('SUM(jp.planned)', 'jpPlanned')
      .addSelect('SUM(jp.done)', 'jpDone')
      .addSelect(`SUM(CASE WHEN ${below} THEN 1 ELSE 0 END)`, 'pnsBelowTarget')
      .from(`(${perEmployee.getQuery()})`, 'jp')
      .setParameters(perEmployee.getParameters())
      .groupBy('jp.groupKey')
      .orderBy('jp.groupKey', 'ASC')
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
