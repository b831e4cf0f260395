import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { recordAudit } from '../../platform/audit/audit.service';
import { badInput, forbidden, notFound } from '../../platform/graphql/errors';
import { type Connection, type PageArgs, paginate } from '../../platform/graphql/pagination';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Period } from '../cycle/cycle.enums';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import type { DistributionCheck } from './calibration.types';
import { type OrganizationPredicateValue, Predicate } from './evaluation.enums';
import { OrganizationPredicate } from './organization-predicate.entity';
import { checkDistribution, tallyPredicates } from './utils/distribution.util';
import { runTransaction } from '../../platform/database/transaction';

export class CalibrationService {
  constructor(private readonly dataSource: DataSource) {}

  async setOrganizationPredicate(
    context: Context,
    unitId: number,
    cycleId: number,
    predicate: OrganizationPredicateValue,
  ): Promise<OrganizationPredicate> {
    if (!context.ability.can('update', 'OrganizationPredicate'))
      throw forbidden('Only the Camat records organisation predicates');
    return runTransaction(this.dataSource, async (manager) => {
      if (!(await manager.existsBy(OrgUnit, { id: unitId }))) throw notFound('OrgUnit', unitId);
      if (!(await manager.existsBy(PerformanceCycle, { id: cycleId })))
        throw notFound('Cycle', cycleId);
      const before = await manager.findOneBy(OrganizationPredicate, { unitId, cycleId });
      if (before)
        await manager.update(OrganizationPredicate, before.id, {
          predicate,
          recordedAt: new Date(),
        });
      else
        await manager.insert(OrganizationPredicate, {
          unitId,
          cycleId,
          predicate,
          recordedAt: new Date(),
        });
      const after = await manager.findOneByOrFail(OrganizationPredicate, { unitId, cycleId });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'calibration.organization-predicate',
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
      throw forbidden('Calibration is for the Camat and HR');
    if (!(await this.dataSource.getRepository(OrgUnit).existsBy({ id: unitId })))
      throw notFound('OrgUnit', unitId);
    return this.check(this.dataSource.manager, unitId, cycleId);
  }

  /** Readable reasons for every unit whose recorded organisation predicate's curve fails. */
  async failingUnits(manager: EntityManager, cycleId: number): Promise<string[]> {
    const recorded = await manager.findBy(OrganizationPredicate, { cycleId });
    const failing: string[] = [];
    for (const record of recorded) {
      const check = await this.check(manager, record.unitId, cycleId);
      const unit = await manager.findOneByOrFail(OrgUnit, { id: record.unitId });
      failing.push(...check.rules.filter((r) => !r.passed).map((r) => `${unit.name}: ${r.detail}`));
    }
    return failing;
  }

  /** The unit's annual predicates in force (drafts included), counted in SQL. */
  private async check(
    manager: EntityManager,
    unitId: number,
    cycleId: number,
  ): Promise<DistributionCheck> {
    const rows = await annualPredicates(manager, unitId, cycleId)
      .select('evaluation.predicate', 'predicate')
      .addSelect('COUNT(*)', 'count')
      .groupBy('evaluation.predicate')
      .getRawMany<{ predicate: Predicate; count: string }>();
    const predicates = rows.flatMap((row) =>
      Array.from({ length: Number(row.count) }, () => row.predicate),
    );
    const recorded = await manager.findOneBy(OrganizationPredicate, { unitId, cycleId });
    const tally = tallyPredicates({ predicates });
    const curve = recorded
      ? checkDistribution({ organizationPredicate: recorded.predicate, predicates })
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
   * of `predicates` (what a curve rule counts), by name: bounded however large the unit is.
   */
  async employeePage(
    context: Context,
    where: { unitId: number; cycleId: number; predicates: Predicate[] },
    page: PageArgs,
  ): Promise<Connection<Employee>> {
    if (!context.ability.can('read', 'Calibration'))
      throw forbidden('Calibration is for the Camat and HR');
    if (where.predicates.length === 0)
      throw badInput([{ field: 'predicates', message: 'must name at least one predicate' }]);
    const inRule = annualPredicates(this.dataSource.manager, where.unitId, where.cycleId)
      .select('evaluation.employeeId')
      .andWhere('evaluation.predicate IN (:...predicates)', { predicates: where.predicates });
    const query = this.dataSource
      .getRepository(Employee)
      .createQueryBuilder('employee')
      .where(`employee.id IN (${inRule.getQuery()})`, inRule.getParameters());
    const [connection, unit] = await Promise.all([
      paginate(query, page, {
        expression: 'employee.name',
        valueOf: (employee) => employee.name,
        idExpression: 'employee.id',
      }),
      this.dataSource.getRepository(OrgUnit).existsBy({ id: where.unitId }),
    ]);
    if (!unit) throw notFound('OrgUnit', where.unitId);
    return connection;
  }
}

// Drafts count too: calibration is where annual predicates are settled before they are final.
function annualPredicates(manager: EntityManager, unitId: number, cycleId: number) {
  return manager
    .createQueryBuilder()
    .from('evaluation', 'evaluation')
    .where(
      'evaluation.cycleId = :cycleId AND evaluation.period = :annual AND evaluation.supersededAt IS NULL',
      { cycleId, annual: Period.ANNUAL },
    )
    .andWhere(
      `evaluation.employeeId IN (SELECT member.id FROM employee member WHERE member.unitId IN (SELECT tree.descendantId FROM org_unit_closure tree WHERE tree.ancestorId = :unitId))`,
      { unitId },
    );
}
