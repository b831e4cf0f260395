import type { DataSource } from 'typeorm';
import type { Context } from '../../context';
import type { SqlFieldMap } from '../../platform/authz/rules-to-sql';
import { ReadableRows } from '../../platform/database/readable-rows';
import type { Connection, PageArgs } from '../../platform/graphql/pagination';
import { anonymitySetSql } from '../org/anonymity-set';
import { PerformancePlan } from './performance-plan.entity';
import type { PerformancePlanFilter } from './plan.inputs';

/** How the SKP-family rule conditions read in SQL for a plan alias. */
export function planSqlFields(alias: string): SqlFieldMap {
  return {
    ownerId: `${alias}.employeeId`,
    evaluatorId: `${alias}.evaluatorId`,
    ownerChainIds: (operator, value, param) => {
      if (operator !== 'eq')
        throw new Error(`ownerChainIds supports only equality, got ${operator}`);
      return `${alias}.employeeId IN (SELECT chain.descendantId FROM reporting_line chain WHERE chain.ancestorId = ${param(value)} AND chain.depth > 0)`;
    },
    ownerAnonymitySetSize: anonymitySetSql(`${alias}.employeeId`),
  };
}

/** Reading SKP: one plan, a page of them, the cascade of a unit, as far as the viewer may read them. */
export class PlanService {
  private readonly plans: ReadableRows<PerformancePlan>;

  constructor(dataSource: DataSource) {
    this.plans = new ReadableRows(dataSource, PerformancePlan, 'plan', planSqlFields('plan'));
  }

  list(
    context: Context,
    filter: PerformancePlanFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<PerformancePlan>> {
    return this.plans.list(context.ability, page, {
      filter,
      ids: {
        cycleId: 'plan.cycleId',
        employeeId: 'plan.employeeId',
        unitId: {
          where:
            'plan.employeeId IN (SELECT member.id FROM employee member WHERE member.unitId IN (SELECT tree.descendantId FROM org_unit_closure tree WHERE tree.ancestorId = :unitId))',
        },
        evaluatorId: { where: 'plan.evaluatorId = :evaluatorId', field: 'evaluator' },
      },
      narrow: (query) => {
        if (filter?.status) query.andWhere('plan.status = :status', { status: filter.status });
      },
    });
  }

  get(context: Context, id: number): Promise<PerformancePlan> {
    return this.plans.get(context.ability, id);
  }

  /**
   * The plans of a cascade view: everyone in the unit and its sub-units, plus the heads of the
   * units above it (up to the Camat) for viewers who may know who heads a unit, as far as the
   * viewer may read them.
   */
  cascade(context: Context, cycleId: number, unitId: number): Promise<PerformancePlan[]> {
    const inUnit =
      'plan.employeeId IN (SELECT member.id FROM employee member WHERE member.unitId IN (SELECT tree.descendantId FROM org_unit_closure tree WHERE tree.ancestorId = :unitId))';
    const headAbove =
      'plan.employeeId IN (SELECT above.headId FROM org_unit above WHERE above.id IN (SELECT up.ancestorId FROM org_unit_closure up WHERE up.descendantId = :unitId))';
    return this.plans
      .query(context.ability)
      .andWhere('plan.cycleId = :cycleId', { cycleId })
      .andWhere(
        context.ability.can('read', 'OrgUnit', 'head') ? `(${inUnit} OR ${headAbove})` : inUnit,
        { unitId },
      )
      .orderBy('plan.id', 'ASC')
      .limit(2000)
      .getMany();
  }
}
