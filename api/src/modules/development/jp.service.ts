import type { DataSource } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { entityColumnsSql, hydrateEntity } from '../../platform/database/entity-rows';
import { containing, likeSql, startingWith } from '../../platform/database/like';
import { rulesToSql } from '../../platform/authz/rules-to-sql';
import { forbidden, notFound } from '../../platform/graphql/errors';
import type { DistributionGroupBy } from '../analytics/analytics.types';
import { EMPLOYEE_GROUP_COLUMNS } from '../analytics/utils/group-columns';
import { MIN_GROUP_SIZE } from '../analytics/utils/suppression.util';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { jakartaDate } from '../cycle/utils/periods.util';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import type { EmploymentType } from '../org/org.enums';
import { employeeSqlFields } from '../org/org.permissions';
import { DevelopmentActivity } from './development-activity.entity';
import { ActivityStatus } from './development.enums';
import { developmentSqlFields } from './development.permissions';
import {
  JpMemberSort,
  type EmployeeJp,
  type JpGroup,
  type JpMemberPage,
  type JpOverview,
  type JpProgress,
  type JpScope,
  type JpTotals,
} from './development.types';
import { jpStanding, PNS_ANNUAL_JP, YEAR_RUNNING_OUT_FROM } from './utils/jp.util';

/**
 * JP per employee in the cycle `:cycleId` (planned: not cancelled; done: DONE), as a derived table
 * to LEFT JOIN on `employeeId`, narrowed by `where` to a page of employees: for a bounded set only.
 * Joined to every employee, MariaDB evaluates it per employee over all their cycles ("lateral
 * derived"), which grows faster than the data: whole-population reads use `jpOf`.
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
 * JP of the employee `alias` in the cycle `:cycleId` (planned: not cancelled; done: DONE) as a
 * correlated subquery over their plan of the cycle (unique per employee and cycle) and its
 * activities, both read from indexes alone ((employeeId, cycleId) and (planId, status, jp)). An
 * employee costs a few index steps, and nothing is grouped or put in a temporary table per
 * employee: sorting by it is a plain filesort of the employee rows, kept to the page by LIMIT
 * (grouping wide employee rows spilled its temporary table to disk and grew faster than the data).
 */
const jpOf = (alias: string, condition: string) =>
  `COALESCE((SELECT SUM(jpActivity.jp) FROM development_plan jpPlan
    INNER JOIN development_activity jpActivity ON jpActivity.planId = jpPlan.id
    WHERE jpPlan.employeeId = ${alias}.id AND jpPlan.cycleId = :cycleId AND ${condition}), 0)`;
const jpPlanned = (alias: string) => jpOf(alias, `jpActivity.status <> 'CANCELLED'`);
const jpDone = (alias: string) => jpOf(alias, `jpActivity.status = 'DONE'`);
/** Over the rows of `perEmployee` (alias `jp`): what each sort orders by. */
const JP_SORT_EXPRESSIONS: Record<JpMemberSort, string> = {
  [JpMemberSort.NAME]: 'jp.name',
  [JpMemberSort.UNIT]: 'jp.unitName',
  [JpMemberSort.EMPLOYMENT_TYPE]: 'jp.employmentType',
  [JpMemberSort.JP_DONE]: 'jp.done',
  [JpMemberSort.JP_PLANNED]: 'jp.planned',
  [JpMemberSort.JP_REMAINING]: `(CASE WHEN jp.employmentType <> 'PNS' THEN -1 WHEN jp.done >= ${PNS_ANNUAL_JP} THEN 0 ELSE ${PNS_ANNUAL_JP} - jp.done END)`,
};
export const JP_DONE = 'COALESCE(jp.done, 0)';

/** Whose development the viewer may read, as an SQL condition on the employee alias. */
const readableDevelopment = (context: Context, alias: string) =>
  rulesToSql(
    context.ability,
    'read',
    'DevelopmentPlan',
    undefined,
    developmentSqlFields(`${alias}.id`),
  );

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
    if (!cycle) throw notFound('Cycle', cycleId);
    if (!employee) throw notFound('Employee', employeeId);
    const sum = (statuses: ActivityStatus[]) =>
      activities.filter((a) => statuses.includes(a.status)).reduce((total, a) => total + a.jp, 0);
    return this.progress(
      cycle.year,
      employee.employmentType,
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

  /**
   * JP of everyone the viewer may read development of (their line; everyone for HR and the Camat):
   * the year; the totals, the member page and the units are read from the returned scope, as the
   * fields asked for, side by side.
   */
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
  ): Promise<JpOverview> {
    const cycle = await context.loaders.byId(PerformanceCycle).load(cycleId);
    if (!cycle) throw notFound('Cycle', cycleId);
    return {
      year: cycle.year,
      yearRunningOut: jakartaDate(new Date()) >= `${cycle.year}-${YEAR_RUNNING_OUT_FROM}`,
      scope: { cycleId, year: cycle.year, unitId, belowTargetOnly, search },
    };
  }

  /**
   * The overview's totals in two statements sent together, each streamed through the indexes with
   * nothing grouped per employee: the headcounts with the PNS still below target (each PNS's JP
   * done by `jpOf`), and the JP summed over the same employees' activities of the cycle. Grouping
   * the activities per employee first put one row per employee in a temporary table, which spills
   * to disk once it outgrows `tmp_table_size` (past about 300 000 employees at the default 16 MiB)
   * and made the totals grow faster than the data.
   */
  async totals(context: Context, scope: JpScope): Promise<JpTotals> {
    const pns = `employee.employmentType = 'PNS'`;
    const sumOf = (condition: string) =>
      `SUM(CASE WHEN ${condition} THEN jpActivity.jp ELSE 0 END)`;
    const headcounts = this.readableEmployees(context, scope)
      .select('COUNT(*)', 'employees')
      .addSelect(`SUM(CASE WHEN ${pns} THEN 1 ELSE 0 END)`, 'pns')
      .addSelect(
        `SUM(CASE WHEN ${pns} AND ${jpDone('employee')} < ${PNS_ANNUAL_JP} THEN 1 ELSE 0 END)`,
        'pnsBelowTarget',
      )
      .setParameter('cycleId', scope.cycleId);
    const hours = this.readableEmployees(context, scope)
      .innerJoin(
        'development_plan',
        'jpPlan',
        'jpPlan.employeeId = employee.id AND jpPlan.cycleId = :cycleId',
        { cycleId: scope.cycleId },
      )
      .innerJoin('development_activity', 'jpActivity', 'jpActivity.planId = jpPlan.id')
      .select(sumOf(`jpActivity.status <> 'CANCELLED'`), 'jpPlanned')
      .addSelect(sumOf(`jpActivity.status = 'DONE'`), 'jpDone');
    type Row = Record<string, string | number | null> | undefined;
    const [counted, summed] = await Promise.all([
      headcounts.getRawOne<Row>(),
      hours.getRawOne<Row>(),
    ]);
    const count = (value: string | number | null | undefined) => Number(value ?? 0);
    return {
      employees: count(counted?.employees),
      pns: count(counted?.pns),
      jpPlanned: count(summed?.jpPlanned),
      jpDone: count(summed?.jpDone),
      pnsBelowTarget: count(counted?.pnsBelowTarget),
    };
  }

  /**
   * Active employees whose development the viewer may read (in SQL), in the unit's subtree when
   * one is given: what the overview counts, before its member page's own filters.
   */
  private readableEmployees(context: Context, { unitId }: JpScope) {
    const rows = readableDevelopment(context, 'employee');
    const query = this.dataSource
      .createQueryBuilder()
      .from('employee', 'employee')
      .where('employee.active = :active', { active: true })
      .andWhere(rows.sql, rows.params);
    if (unitId !== null) query.andWhere(inUnitSubtree('employee.unitId', ':unitId'), { unitId });
    return query;
  }

  /**
   * The overview's employees (see `readableEmployees`), each with their JP of the cycle read from
   * the indexes (see `jpOf`): one row per employee without grouping, linear in the data.
   */
  private perEmployee(context: Context, scope: JpScope) {
    return this.readableEmployees(context, scope)
      .select('employee.id', 'id')
      .addSelect('employee.employmentType', 'employmentType')
      .addSelect(jpPlanned('employee'), 'planned')
      .addSelect(jpDone('employee'), 'done')
      .setParameter('cycleId', scope.cycleId);
  }

  /**
   * One page of the overview's employees, ordered in SQL by `sort` (ties by name, then id) and
   * cut by offset and limit: a count, and the page with its employees, whatever the page size.
   */
  async memberPage(
    context: Context,
    scope: JpScope,
    {
      sort,
      descending,
      offset,
      limit,
    }: { sort: JpMemberSort; descending: boolean; offset: number; limit: number },
  ): Promise<JpMemberPage> {
    const perEmployee = this.perEmployee(context, scope).addSelect('employee.name', 'name');
    // The unit's name only to order by it: the page's employees and units are joined after the cut.
    if (sort === JpMemberSort.UNIT)
      perEmployee
        .addSelect('unit.name', 'unitName')
        .innerJoin('org_unit', 'unit', 'unit.id = employee.unitId');
    if (scope.search) {
      // Only on what the viewer may read of each employee, so a search reveals no hidden name or NIP.
      const readable = (field: string) =>
        rulesToSql(context.ability, 'read', 'Employee', field, employeeSqlFields('employee'));
      const name = readable('name');
      const nip = readable('nip');
      perEmployee.andWhere(
        `((${likeSql('employee.name', 'search')} AND ${name.sql}) OR (${likeSql('employee.nip', 'nipPrefix')} AND ${nip.sql}))`,
        {
          ...name.params,
          ...nip.params,
          search: containing(scope.search),
          nipPrefix: startingWith(scope.search),
        },
      );
    }
    const listed = () => {
      const query = this.dataSource
        .createQueryBuilder()
        .from(`(${perEmployee.getQuery()})`, 'jp')
        .setParameters(perEmployee.getParameters());
      if (scope.belowTargetOnly)
        query.where(`jp.employmentType = 'PNS' AND jp.done < ${PNS_ANNUAL_JP}`);
      return query;
    };
    const direction = descending ? 'DESC' : 'ASC';
    const order: [string, 'ASC' | 'DESC'][] = [
      [JP_SORT_EXPRESSIONS[sort], direction],
      ['jp.name', sort === JpMemberSort.NAME ? direction : 'ASC'],
      ['jp.id', sort === JpMemberSort.NAME ? direction : 'ASC'],
    ];
    // The page's ids and what it is ordered by, cut while narrow, then joined to its employees and
    // their units (every listing shows them): one statement, and one beside it for the count.
    const cut = listed()
      .select('jp.id', 'id')
      .addSelect('jp.planned', 'planned')
      .addSelect('jp.done', 'done')
      .addSelect('jp.name', 'name')
      .addSelect('jp.employmentType', 'employmentType')
      .orderBy(order[0][0], order[0][1])
      .addOrderBy(order[1][0], order[1][1])
      .addOrderBy(order[2][0], order[2][1])
      .offset(offset)
      .limit(limit);
    if (sort === JpMemberSort.UNIT) cut.addSelect('jp.unitName', 'unitName');
    const [cutSql, cutParams] = cut.getQueryAndParameters();
    const [total, rows] = await Promise.all([
      listed().select('COUNT(*)', 'total').getRawOne<{ total: string | number }>(),
      this.dataSource.query<(Record<string, unknown> & { planned: unknown; done: unknown })[]>(
        `SELECT jp.planned AS planned, jp.done AS done,
          ${entityColumnsSql(this.dataSource, Employee, 'employee')},
          ${entityColumnsSql(this.dataSource, OrgUnit, 'unit')}
        FROM (${cutSql}) jp
        INNER JOIN employee employee ON employee.id = jp.id
        LEFT JOIN org_unit unit ON unit.id = employee.unitId
        ORDER BY ${order.map(([expression, way]) => `${expression} ${way}`).join(', ')}`,
        cutParams,
      ),
    ]);
    const units = new Set<number>();
    const members = rows.map((row) => {
      const employee = hydrateEntity(this.dataSource, Employee, 'employee', row);
      context.loaders.byId(Employee).prime(employee.id, employee);
      const unitId = row.unit_id === null ? null : Number(row.unit_id);
      if (unitId !== null && !units.has(unitId)) {
        units.add(unitId);
        context.loaders
          .byId(OrgUnit)
          .prime(unitId, hydrateEntity(this.dataSource, OrgUnit, 'unit', row));
      }
      return {
        employeeId: employee.id,
        employee,
        employmentType: employee.employmentType,
        jp: this.progress(
          scope.year,
          employee.employmentType,
          Number(row.planned),
          Number(row.done),
        ),
      } satisfies EmployeeJp;
    });
    return {
      totalCount: Number(total?.total ?? 0),
      offset,
      members,
    };
  }

  /** The units holding at least one employee the overview counts (before its unit filter), by name. */
  async unitsOf(context: Context): Promise<OrgUnit[]> {
    const rows = readableDevelopment(context, 'member');
    return this.dataSource
      .getRepository(OrgUnit)
      .createQueryBuilder('unit')
      .where(
        `unit.id IN (SELECT member.unitId FROM employee member WHERE member.active = :active AND ${rows.sql})`,
        { ...rows.params, active: true },
      )
      .orderBy('unit.name', 'ASC')
      .addOrderBy('unit.id', 'ASC')
      .getMany();
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
    // Each employee's JP and group first, then the groups over them. PNS is a flag, not the column:
    // TypeORM repeats every selection of a column it selects twice (grouped by employment type).
    const perEmployee = this.dataSource
      .createQueryBuilder()
      .select(column, 'groupKey')
      .addSelect(`CASE WHEN member.employmentType = 'PNS' THEN 1 ELSE 0 END`, 'pns')
      .addSelect(jpPlanned('member'), 'planned')
      .addSelect(jpDone('member'), 'done')
      .from('employee', 'member')
      .innerJoin('position', 'position', 'position.id = member.positionId')
      .innerJoin('org_unit', 'unit', 'unit.id = member.unitId')
      .where('member.active = :active', { active: true })
      .setParameter('cycleId', cycleId);
    const below = `jp.pns = 1 AND jp.done < ${PNS_ANNUAL_JP}`;
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
