import { subject as asSubject } from '@casl/ability';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { inUnitSubtree } from '../../platform/authz/hierarchy-sql';
import { dateProblem } from '../../platform/graphql/dates';
import {
  assertNoProblems,
  badInput,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
} from '../../platform/graphql/errors';
import { textProblems } from '../../platform/graphql/text';
import { jakartaDate } from '../cycle/utils/periods.util';
import {
  type Connection,
  connectionOf,
  keysetCut,
  type KeysetOrder,
  type PageArgs,
  pageSizeOf,
} from '../../platform/graphql/pagination';
import { CycleStatus, Period } from '../cycle/cycle.enums';
import { heldCycle } from '../cycle/held-cycle';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import type { DistributionCheck, FailingCurveRule } from './calibration.types';
import { type OrganizationPredicateValue, Predicate } from './evaluation.enums';
import { OrganizationPredicate } from './organization-predicate.entity';
import { checkDistribution, tallyPredicates } from './utils/distribution.util';
import { entityColumnsSql, hydrateEntity } from '../../platform/database/entity-rows';
import { queryNamed } from '../../platform/database/named-sql';
import { runTransaction } from '../../platform/database/transaction';

export class CalibrationService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The Camat records the predicates of the units below the kecamatan; the kecamatan's own (the root
   * unit's) is decided by the city and recorded by HR with the decision's number and date.
   */
  async setOrganizationPredicate(
    context: Context,
    unitId: number,
    cycleId: number,
    predicate: OrganizationPredicateValue,
    reference: { referenceNumber?: string | null; referenceDate?: string | null } = {},
  ): Promise<OrganizationPredicate> {
    if (!context.ability.can('update', 'OrganizationPredicate'))
      throw forbidden(
        'ORGANIZATION_PREDICATE_FORBIDDEN',
        'Only the Camat and HR record organisation predicates',
      );
    return runTransaction(this.dataSource, async (manager) => {
      const unit = await manager.findOneBy(OrgUnit, { id: unitId });
      if (!unit) throw notFound('OrgUnit', unitId);
      // Held: the curve that closing the cycle checks reads this predicate.
      const cycle = await heldCycle(manager, cycleId);
      if (cycle.status === CycleStatus.CLOSED)
        throw conflict(
          'CYCLE_CLOSED',
          `The ${cycle.year} cycle is CLOSED: its organisation predicates are kept`,
          { year: cycle.year },
        );
      const unitIsRoot = unit.parentId === null;
      if (
        !context.ability.can('update', asSubject('OrganizationPredicate', { unitId, unitIsRoot }))
      )
        throw unitIsRoot
          ? forbidden(
              'ROOT_PREDICATE_BY_HR',
              'The kecamatan’s own organisation predicate is decided by the city and recorded by HR with its reference',
            )
          : forbidden(
              'UNIT_PREDICATE_BY_LEADER',
              'Only the Camat records the organisation predicates of the units below the kecamatan',
            );
      const { referenceNumber, referenceDate } = referenceOf(reference, {
        required: unitIsRoot,
        today: jakartaDate(context.now),
      });
      const before = await manager.findOneBy(OrganizationPredicate, { unitId, cycleId });
      const values = { predicate, referenceNumber, referenceDate, recordedAt: context.now };
      if (before) await manager.update(OrganizationPredicate, before.id, values);
      else await manager.insert(OrganizationPredicate, { unitId, cycleId, ...values });
      const after = await manager.findOneByOrFail(OrganizationPredicate, { unitId, cycleId });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'organizationPredicate.record',
        entity: 'OrganizationPredicate',
        entityId: after.id,
        before,
        after,
      });
      return after;
    });
  }

  async distributionCheck(
    context: Context,
    unitId: number,
    cycleId: number,
  ): Promise<DistributionCheck> {
    // The check names employees and their predicates: the Camat's and HR's view only.
    if (!context.ability.can('read', 'Calibration'))
      throw forbidden('CALIBRATION_FORBIDDEN', 'Calibration is for the Camat and HR');
    const check = await this.check(this.dataSource.manager, unitId, cycleId);
    if (!check) throw notFound('OrgUnit', unitId);
    return check;
  }

  /** Readable reasons for every unit whose recorded organisation predicate's curve fails. */
  async failingUnits(manager: EntityManager, cycleId: number): Promise<FailingCurveRule[]> {
    const recorded = await manager.findBy(OrganizationPredicate, { cycleId });
    const failing: FailingCurveRule[] = [];
    for (const record of recorded) {
      const check = (await this.check(manager, record.unitId, cycleId))!;
      const unit = await manager.findOneByOrFail(OrgUnit, { id: record.unitId });
      failing.push(
        ...check.rules
          .filter((r) => !r.passed)
          .map((r) => ({
            unitId: unit.id,
            unitName: unit.name,
            organizationPredicate: record.predicate,
            rule: r.rule,
            predicates: r.predicates,
            bound: r.bound,
            percent: r.percent,
            count: r.count,
            total: check.total,
            actualPercent: r.actualPercent,
            detail: r.detail,
          })),
      );
    }
    return failing;
  }

  /**
   * The unit's annual predicates in force (drafts included), summed in SQL from the counts kept per
   * unit, beside the unit and its recorded organisation predicate: two statements side by side;
   * null when the unit does not exist.
   */
  private async check(
    manager: EntityManager,
    unitId: number,
    cycleId: number,
  ): Promise<DistributionCheck | null> {
    const params = { unitId, cycleId, annual: Period.ANNUAL };
    const [rows, [unit]] = await Promise.all([
      queryNamed<{ predicate: Predicate; count: number | string }>(
        manager,
        PREDICATE_COUNTS_SQL,
        params,
      ),
      queryNamed<{ predicate: OrganizationPredicateValue | null }>(
        manager,
        UNIT_PREDICATE_SQL,
        params,
      ),
    ]);
    if (!unit) return null;
    const counts = Object.fromEntries(rows.map((row) => [row.predicate, Number(row.count)]));
    const recorded = unit.predicate === null ? null : { predicate: unit.predicate };
    const tally = tallyPredicates({ counts });
    const curve = recorded
      ? checkDistribution({ organizationPredicate: recorded.predicate, counts })
      : null;
    return {
      unitId,
      cycleId,
      organizationPredicate: recorded?.predicate ?? null,
      total: tally.total,
      counts: Object.values(Predicate).map((predicate) => ({
        predicate,
        count: tally.counts[predicate],
      })),
      percentages: Object.values(Predicate).map((predicate) => ({
        predicate,
        percentage: tally.percentages[predicate],
      })),
      rules: (curve?.rules ?? []).map((rule) => ({
        rule: rule.code,
        predicates: rule.predicates,
        bound: rule.bound,
        percent: rule.percent,
        passed: rule.passed,
        count: rule.count,
        actualPercent: rule.actualPercent,
        detail: rule.detail,
        unitId,
        cycleId,
      })),
      passed: curve ? curve.passed : null,
    };
  }

  /**
   * One page of the employees of a unit and its sub-units whose annual predicate of the cycle is one
   * of `predicates` (what a curve rule counts), by name: bounded however large the unit is. Two
   * statements side by side: the count (with whether rows precede the cursor), and the page, sorted
   * while narrow (id and name) and only then joined to the whole rows, which prime the Employee
   * loader. The unit's existence is read only when nobody matches (a unit with people exists).
   */
  async employeePage(
    context: Context,
    where: { unitId: number; cycleId: number; predicates: Predicate[] },
    page: PageArgs,
  ): Promise<Connection<Employee>> {
    if (!context.ability.can('read', 'Calibration'))
      throw forbidden('CALIBRATION_FORBIDDEN', 'Calibration is for the Camat and HR');
    if (where.predicates.length === 0)
      throw badInput([
        { field: 'predicates', reason: 'REQUIRED', message: 'must name at least one predicate' },
      ]);
    const first = pageSizeOf(page);
    const cut = keysetCut(BY_NAME, page.after);
    const params = {
      unitId: where.unitId,
      cycleId: where.cycleId,
      annual: Period.ANNUAL,
      predicates: where.predicates,
      ...cut?.params,
    };
    const [[count], rows] = await Promise.all([
      queryNamed<{ total: number | string; preceding: number | string | null }>(
        this.dataSource,
        ruleCountSql(cut?.preceding ?? null),
        params,
      ),
      queryNamed<Record<string, unknown>>(
        this.dataSource,
        rulePageSql(
          entityColumnsSql(this.dataSource, Employee, 'employee'),
          cut?.page ?? null,
          first + 1,
        ),
        params,
      ),
    ]);
    const totalCount = Number(count.total);
    if (
      totalCount === 0 &&
      !(await this.dataSource.getRepository(OrgUnit).existsBy({ id: where.unitId }))
    )
      throw notFound('OrgUnit', where.unitId);
    const employees = context.loaders.byId(Employee);
    const nodes = rows.map((row) => {
      const employee = hydrateEntity(this.dataSource, Employee, 'employee', row);
      employees.prime(employee.id, employee);
      return employee;
    });
    return connectionOf(nodes, {
      first,
      order: BY_NAME,
      totalCount,
      hasPreviousPage: Number(count.preceding ?? 0) > 0,
    });
  }
}

// Drafts count too: calibration is where annual predicates are settled before they are final.
const ANNUAL_IN_UNIT = `evaluation.cycleId = :cycleId AND evaluation.period = :annual
  AND evaluation.supersededAt IS NULL
  AND evaluation.employeeId IN (SELECT member.id FROM employee member WHERE ${inUnitSubtree('member.unitId', ':unitId')})`;

// The curve check's two reads, written once as SQL (no query builder on this hot path).
/**
 * The maintained counts (unit-counts.ts) of the unit and every unit below it, summed:
 * one short primary-key range per unit, whatever the number of employees.
 */
const PREDICATE_COUNTS_SQL = `SELECT counted.predicate AS predicate, SUM(counted.count) AS count
  FROM org_unit_closure tree
  INNER JOIN unit_predicate_count counted
    ON counted.unitId = tree.descendantId AND counted.cycleId = :cycleId
  WHERE tree.ancestorId = :unitId
  GROUP BY counted.predicate`;
/** A row only when the unit exists, with the organisation predicate recorded for it in the cycle. */
const UNIT_PREDICATE_SQL = `SELECT unit.id AS id, recorded.predicate AS predicate
  FROM org_unit unit
  LEFT JOIN organization_predicate recorded
    ON recorded.unitId = unit.id AND recorded.cycleId = :cycleId
  WHERE unit.id = :unitId`;

/** The employees a curve rule counts: their annual predicate of the cycle is one of `:predicates`. */
const IN_RULE = `employee.id IN (SELECT evaluation.employeeId FROM evaluation evaluation
  WHERE ${ANNUAL_IN_UNIT} AND evaluation.predicate IN (:...predicates))`;
/** A rule's people by name (the keyset runs on the page's narrow rows). */
const BY_NAME: KeysetOrder<Employee> = {
  expression: 'employee.name',
  valueOf: (employee) => employee.name,
  idExpression: 'employee.id',
};
/** How many people the rule counts, and how many of them sort up to the cursor (`preceding`). */
const ruleCountSql = (preceding: string | null) => `SELECT COUNT(*) AS total,
    ${preceding ? `SUM(CASE WHEN ${preceding} THEN 1 ELSE 0 END)` : '0'} AS preceding
  FROM employee employee
  WHERE ${IN_RULE}`;
/** The page's ids and names sorted while narrow, then joined to their whole rows. */
const rulePageSql = (columns: string, after: string | null, limit: number) => `SELECT ${columns}
  FROM (
    SELECT employee.id AS id, employee.name AS name
    FROM employee employee
    WHERE ${IN_RULE}${after ? ` AND ${after}` : ''}
    ORDER BY employee.name ASC, employee.id ASC
    LIMIT ${limit}
  ) page
  INNER JOIN employee employee ON employee.id = page.id
  ORDER BY page.name ASC, page.id ASC`;

/**
 * The decision's number (1–100 characters) and date (a real date, not after today in Jakarta):
 * required for the kecamatan's own predicate, optional below it; trimmed, blank as none.
 */
function referenceOf(
  reference: { referenceNumber?: string | null; referenceDate?: string | null },
  { required, today }: { required: boolean; today: string },
): { referenceNumber: string | null; referenceDate: string | null } {
  const referenceNumber = reference.referenceNumber?.trim() || null;
  const referenceDate = reference.referenceDate?.trim() || null;
  const problems: FieldProblem[] = [];
  if (referenceNumber === null) {
    if (required)
      problems.push({
        field: 'referenceNumber',
        reason: 'REQUIRED',
        message: 'is required for the kecamatan’s predicate (the city’s decision number)',
      });
  } else problems.push(...textProblems('referenceNumber', referenceNumber, { min: 1, max: 100 }));
  if (referenceDate === null) {
    if (required)
      problems.push({
        field: 'referenceDate',
        reason: 'REQUIRED',
        message: 'is required for the kecamatan’s predicate (the date of the city’s decision)',
      });
  } else {
    const problem = dateProblem('referenceDate', referenceDate);
    if (problem) problems.push(problem);
    else if (referenceDate > today)
      problems.push({
        field: 'referenceDate',
        reason: 'DATE_IN_FUTURE',
        message: 'must not be in the future',
      });
  }
  assertNoProblems(problems);
  return { referenceNumber, referenceDate };
}
