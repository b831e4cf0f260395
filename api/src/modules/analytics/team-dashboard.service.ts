import type { DataSource } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { oncePerAbility, rulesToSql } from '../../platform/authz/rules-to-sql';
import {
  entitiesById,
  entityColumnsSql,
  hydrateEntity,
  type Projection,
} from '../../platform/database/entity-rows';
import { queryNamed } from '../../platform/database/named-sql';
import { entryOf } from '../../platform/maps';
import { forbidden, notFound } from '../../platform/graphql/errors';
import { PerformanceCycle } from '../cycle/cycle.entity';
import type { Period } from '../cycle/cycle.enums';
import { deadlinesOf } from '../cycle/timing';
import { evaluationsDue, periodsCovered, realizationsDue } from '../cycle/utils/deadlines.util';
import { jakartaDate } from '../cycle/utils/periods.util';
import { jpByEmployee, JP_DONE } from '../development/jp.service';
import { PNS_ANNUAL_JP } from '../development/utils/jp.util';
import { IN_FORCE_STATUSES } from '../evaluation/evaluation.enums';
import { Employee } from '../org/employee.entity';
import { EmploymentType } from '../org/org.enums';
import { OrgUnit } from '../org/org-unit.entity';
import { PlanStatus } from '../plan/plan.enums';
import { QUARTERS } from '../plan/utils/period-target.util';
import { teamDashboardSqlFields } from './analytics.permissions';
import type {
  TeamDashboard,
  TeamMemberFilter,
  TeamMemberPage,
  TeamMemberSort,
} from './analytics.types';
import { pageTeamMembers, type Person } from './utils/team-member-page.util';
import {
  type FinalEvaluationRow,
  shapeTeamDashboardFromSummary,
  summarizeFinals,
  type TeamMemberRow,
} from './utils/team-dashboard.util';

// The dashboard's reads, written once as SQL (no query builder on this hot path). `team` is the
// condition on `member` (active, in the unit's subtree, the viewer's TeamDashboard rules).
const teamSql = (scope: string) =>
  `member.active = 1 AND ${inUnitSubtree('member.unitId', ':unitId')} AND (${scope})`;
const inTeam = (team: string) => `IN (SELECT member.id FROM employee member WHERE ${team})`;
type MemberRow = Record<string, unknown> & {
  member_id: number;
  planStatus: PlanStatus | null;
  planId: number | null;
  planEvaluatorId: number | null;
  planStartsOn: string | null;
  jpDone?: number | string;
};
/**
 * Whole rows, with the member's current SKP of the cycle (a mutasi closes the earlier ones) and,
 * when asked (`withJp`), JP done in it.
 */
const membersSql = (columns: string, team: string, withJp: boolean) => `SELECT ${columns},
    plan.status AS planStatus, plan.id AS planId, plan.evaluatorId AS planEvaluatorId,
    plan.startsOn AS planStartsOn
    ${withJp ? `, ${JP_DONE} AS jpDone` : ''}
  FROM employee member
  LEFT JOIN performance_plan plan
    ON plan.employeeId = member.id AND plan.cycleId = :cycleId AND plan.endsOn IS NULL
  ${withJp ? `LEFT JOIN ${jpByEmployee(`AND jpActivity.employeeId ${inTeam(team)}`)} jp ON jp.employeeId = member.id` : ''}
  WHERE ${team}
  ORDER BY member.name ASC, member.id ASC`;
/**
 * Every final evaluation of the members, of every cycle: distribution, trend and sparklines. Not
 * sorted: `summarizeFinals` orders them (sorting here cost MariaDB a temporary table and a
 * filesort, 0.2–0.3 ms of the dashboard's slowest read for a 50-person team). Only columns of the
 * evaluation index on (cycle, employee, period, status, supersededAt, predicate, achievement): the
 * predicate's level is derived, so no evaluation row is looked up (892 rows at 5 000: 1.59 → 0.87
 * ms). `summarizeFinals` reads the rows as they come, without changing or copying them.
 */
const finalsSql = (team: string) => `SELECT evaluation.employeeId AS employeeId,
    evaluation.cycleId AS cycleId, cycle.year AS cycleYear, evaluation.period AS period,
    evaluation.predicate AS predicate, evaluation.achievement AS achievement
  FROM evaluation evaluation
  INNER JOIN performance_cycle cycle ON cycle.id = evaluation.cycleId
  WHERE evaluation.supersededAt IS NULL AND evaluation.status IN (:...final)
    AND evaluation.employeeId ${inTeam(team)}`;
/**
 * A member's reports per quarter, packed: each quarter's count is a digit in base 4096 (a plan
 * holds at most 30 × 20 indicators, so a member's count stays below 4096 unless they hold seven
 * approved plans in a cycle), and the sum of all four stays below 2^48, exact as a number.
 */
const QUARTER_BASE = 4096;
const quarterOf = (packed: number, quarter: Period) =>
  Math.floor(packed / QUARTER_BASE ** (QUARTERS as readonly Period[]).indexOf(quarter)) %
  QUARTER_BASE;

/**
 * Per member whose current SKP is approved: its indicators, and the reports in force per quarter.
 * What is missing (indicators × ended quarters the SKP covers − their reports) is summed once the
 * cycle says which quarters have ended, so this read does not wait for the cycle's (the year is
 * derived from the quarters: no annual report is due). After a mutasi the closed SKP's quarters are
 * the closed SKP's (the overdue list names them), not the current one's. An indicator's reports are counted by one probe of the realisation index,
 * their quarters packed into one number (`quarterOf` unpacks it). Joining the reports instead had
 * MariaDB count distinct indicators over indicator × report rows: the dashboard's slowest read, at
 * 1.82 ms against the baseline's 1.54 in MariaDB's slow log under the bench's load at 5 000 (now
 * 1.02 against 0.97, the same 1 130 rows examined).
 */
const reportsSql = (team: string) => `SELECT plan.employeeId AS employeeId,
    COUNT(*) AS indicators,
    SUM((SELECT SUM(CASE report.period ${QUARTERS.map((quarter, index) => `WHEN '${quarter}' THEN ${QUARTER_BASE ** index}`).join(' ')} END)
      FROM realization report
      WHERE report.indicatorId = indicator.id AND report.replacedAt IS NULL
        AND report.period IN (${QUARTERS.map((quarter) => `'${quarter}'`).join(', ')}))) AS reported
  FROM performance_plan plan
  INNER JOIN work_target target ON target.planId = plan.id
  INNER JOIN indicator indicator ON indicator.workTargetId = target.id
  WHERE plan.cycleId = :cycleId AND plan.status = :approved AND plan.endsOn IS NULL
    AND plan.employeeId ${inTeam(team)}
  GROUP BY plan.employeeId`;
type ReportsRow = {
  employeeId: number;
  indicators: number | string;
  reported: number | string | null;
};
/** Objections of the members that the viewer, as their atasan, is to decide. */
const objectionsSql = (team: string) => `SELECT objection.id AS id,
    objection.employeeId AS employeeId, evaluation.planId AS planId, evaluation.period AS period
  FROM objection objection
  INNER JOIN evaluation evaluation ON evaluation.id = objection.evaluationId
  WHERE objection.status = 'FILED' AND objection.atasanId = :me
    AND objection.employeeId ${inTeam(team)}`;

/**
 * Members are the unit's people the viewer may see as a team: everyone for the Camat and HR, the
 * own line for supervisors. Translated once per viewer.
 */
const memberScope = oncePerAbility((ability) =>
  rulesToSql(ability, 'read', 'TeamDashboard', undefined, teamDashboardSqlFields('member')),
);

/** The dashboard's four statements on its members, for one member scope and one read shape. */
interface TeamStatements {
  finals: string;
  reports: string;
  members: string;
  objections: string;
}
/**
 * Built once per member scope's SQL (a role's rules give the same text for every viewer: the
 * viewer's ids are parameters), member columns and JP choice, so that each request sends the same
 * strings: binding looks a statement's parameters up by its text, which cost a hash of some 3 KB
 * of freshly built text on every request. Few keys ever: the roles' scopes × the read shapes (the
 * columns' text is one string per projection, see `entityColumnsSql`).
 */
const statements = [false, true].map(() => new Map<string, Map<string, TeamStatements>>());
function statementsFor(scopeSql: string, columns: string, withJp: boolean): TeamStatements {
  const byColumns = entryOf(
    statements[Number(withJp)],
    scopeSql,
    () => new Map<string, TeamStatements>(),
  );
  return entryOf(byColumns, columns, () => {
    const team = teamSql(scopeSql);
    return {
      finals: finalsSql(team),
      reports: reportsSql(team),
      members: membersSql(columns, team, withJp),
      objections: objectionsSql(team),
    };
  });
}

/** The team dashboard of a unit: its members' plans, results and overdue work, read in SQL, shaped by a pure util. */
export class TeamDashboardService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `withJp: false` (the operation asks neither for the members' JP nor for a page of them) skips
   * the JP join: a derived table over the cycle's activities that the other fields never read.
   * `lean` (when the operation asks of the members' employees only what a directory row answers:
   * the columns those fields read, see `leanEmployeeOf`) reads those columns instead of whole
   * rows, and primes no loader with them.
   */
  async forUnit(
    context: Context,
    unitId: number,
    cycleId: number,
    { withJp = true, lean = null }: { withJp?: boolean; lean?: Projection | null } = {},
  ): Promise<TeamDashboard> {
    const scope = memberScope(context.ability);
    const me = context.viewer?.employeeId ?? null;
    const params = {
      ...scope.params,
      unitId,
      cycleId,
      me,
      final: IN_FORCE_STATUSES,
      approved: PlanStatus.APPROVED,
    };
    const projection = lean ?? undefined;
    const sql = statementsFor(
      scope.sql,
      entityColumnsSql(this.dataSource, Employee, 'member', projection),
      withJp,
    );
    const read = <T>(statement: string) => queryNamed<T>(this.dataSource, statement, params);

    // Every read below is filtered by the same member scope in SQL, and none needs another's rows
    // (the cycle only decides, afterwards, which periods count as overdue), so all are sent at once,
    // in one burst (the cycle too, not through a loader's later batch), and the answer waits for the
    // slowest, not for the cycle and then the slowest. Each read's rows are turned into what the
    // dashboard needs as they arrive.
    const [summary, reports, members, objections, due] = await Promise.all([
      read<FinalEvaluationRow>(sql.finals).then((finals) => summarizeFinals({ cycleId, finals })),
      read<ReportsRow>(sql.reports),
      read<MemberRow>(sql.members).then((rows) => this.teamOf(rows, withJp, projection)),
      me === null
        ? Promise.resolve([])
        : read<{ id: number; employeeId: number; planId: number; period: Period }>(sql.objections),
      // The cycle's deadlines decide what is overdue (read per request: HR may change them), as on
      // Beranda and in overdueItems: past the cycle's due dates, not just ended. Derived as soon as
      // the cycle arrives (first: a read by key), while the other reads are still under way.
      entitiesById(this.dataSource, PerformanceCycle, [cycleId]).then(([cycle]) => {
        if (!cycle) return null;
        const today = jakartaDate(context.now);
        const deadlines = deadlinesOf(cycle);
        return {
          cycle,
          endedPeriods: evaluationsDue(deadlines, today),
          endedQuarters: realizationsDue(deadlines, today),
        };
      }),
    ]);
    if (!due) throw notFound('Cycle', cycleId);
    const { cycle, endedPeriods, endedQuarters } = due;
    context.loaders.byId(PerformanceCycle).prime(cycleId, cycle);
    const { size } = members;
    // A unit with members exists; only an empty answer needs the check.
    if (size === 0 && !(await this.dataSource.getRepository(OrgUnit).existsBy({ id: unitId })))
      throw notFound('OrgUnit', unitId);
    if (size === 0) throw forbidden('NO_TEAM_IN_UNIT', 'You have no team in this unit');
    // Whole rows answer the employee elsewhere in the request through the loader without another
    // read; lean ones are partial entities, for this answer only.
    if (!lean) {
      const employees = context.loaders.byId(Employee);
      for (const [id, member] of members) employees.prime(id, member.employee);
    }
    const dashboard = shapeTeamDashboardFromSummary({
      unitId,
      cycleId,
      year: cycle.year,
      members: [...members.values()].map(({ row }) => row),
      summary,
      missingReports: reports.map((row) => {
        const employeeId = Number(row.employeeId);
        const startsOn = members.get(employeeId)?.row.plan?.startsOn ?? null;
        return {
          employeeId,
          missing: periodsCovered(cycle.year, { startsOn, endsOn: null }, endedQuarters).reduce(
            (missing, quarter) =>
              missing + Number(row.indicators) - quarterOf(Number(row.reported ?? 0), quarter),
            0,
          ),
        };
      }),
      endedPeriods,
      viewerEmployeeId: me,
      objectionsToDecide: objections.map((row) => ({
        kind: 'DECIDE_OBJECTION',
        employeeId: Number(row.employeeId),
        planId: Number(row.planId),
        period: row.period,
        objectionId: Number(row.id),
      })),
    });
    // The employees ride on the answer (every pending action is about a member), so `employee`
    // resolves as a plain field: no loader promise per member.
    for (const member of dashboard.members)
      member.employee = members.get(member.employeeId)?.employee ?? null;
    for (const action of dashboard.pendingActions)
      action.employee = members.get(action.employeeId)?.employee ?? null;
    return dashboard;
  }

  /** The members' entities and dashboard rows, in the read's order (name, id), each once. */
  private teamOf(rows: MemberRow[], withJp: boolean, projection: Projection | undefined) {
    const members = new Map<number, { employee: Employee; row: TeamMemberRow }>();
    for (const row of rows) {
      const id = Number(row.member_id);
      if (members.has(id)) continue;
      const employee = hydrateEntity(this.dataSource, Employee, 'member', row, projection);
      const jpDone = withJp ? Number(row.jpDone) : 0;
      members.set(id, {
        employee,
        row: {
          employeeId: id,
          plan:
            row.planId === null
              ? null
              : {
                  id: Number(row.planId),
                  status: row.planStatus!,
                  evaluatorId: row.planEvaluatorId === null ? null : Number(row.planEvaluatorId),
                  startsOn: row.planStartsOn,
                },
          // Only PNS owe the yearly JP (as on Pengembangan Tim).
          jp: withJp
            ? {
                done: jpDone,
                belowTarget:
                  employee.employmentType === EmploymentType.PNS && jpDone < PNS_ANNUAL_JP,
              }
            : null,
        },
      });
    }
    return members;
  }

  /** The employees of the dashboard's members, as `forUnit` read them: no SQL. */
  private people(dashboard: TeamDashboard) {
    return new Map<number, Person>(
      dashboard.members.flatMap(({ employee }) =>
        employee
          ? [[employee.id, { name: employee.name, nip: employee.nip, unitId: employee.unitId }]]
          : [],
      ),
    );
  }

  /**
   * One page of the members. Who is in the line (the privacy scope) is decided in SQL by `forUnit`;
   * filter, order and cut happen here, in memory, on rows `forUnit` already read, because:
   * - the page's query always asks for the aggregates beside it (distribution, trend, pending
   *   actions), which need every member's row, so SQL paging would add statements, not save reads;
   * - the late counts (sort and `late` filter) are derived from the cycle's deadlines on the day
   *   and from the periods each member has a final evaluation for, not stored columns;
   * - the name order is the locale's collation (Intl.Collator), which SQLite and MariaDB order
   *   differently.
   * Name/NIP search, plan status, predicate and JP could be SQL conditions, but on rows already in
   * memory they would only add a read. The cost stays fixed per request: a unit filter adds one
   * read of the unit tree, whatever the team's size (counted in the API tests).
   */
  async memberPage(
    dashboard: TeamDashboard,
    args: {
      filter: Omit<TeamMemberFilter, 'unitId'>;
      unitId: number | null;
      sort: TeamMemberSort;
      descending: boolean;
      offset: number;
      limit: number;
    },
  ): Promise<TeamMemberPage> {
    const { unitId, ...page } = args;
    const inUnits = unitId === null ? null : await this.unitSubtree(unitId);
    return pageTeamMembers({
      members: dashboard.members,
      people: this.people(dashboard),
      inUnits,
      ...page,
    });
  }

  /** The unit and every unit below it (one indexed read of the closure table). */
  private async unitSubtree(unitId: number) {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('unitSubtree.descendantId', 'id')
      .from('org_unit_closure', 'unitSubtree')
      .where('unitSubtree.ancestorId = :unitId', { unitId })
      .getRawMany<{ id: number | string }>();
    return new Set(rows.map((row) => Number(row.id)));
  }

  /** The units the members sit in, each once, by name (only units of members the viewer sees). */
  async memberUnits(context: Context, dashboard: TeamDashboard) {
    const people = this.people(dashboard);
    const units = await context.loaders
      .byId(OrgUnit)
      .loadMany([...new Set([...people.values()].map((person) => person.unitId))]);
    return units
      .filter((unit): unit is OrgUnit => unit instanceof OrgUnit)
      .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id - b.id);
  }
}
