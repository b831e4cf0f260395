import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { badInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { Evaluation } from '../evaluation/evaluation.entity';
import { Employee } from '../org/employee.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { Overdue, OverdueItem, OverdueList } from './deadline.types';
import { OVERDUE_PAGE_DEFAULT, OVERDUE_PAGE_MAX, OverdueService } from './overdue.service';

@Resolver(() => OverdueItem)
export class OverdueItemResolver {
  constructor(private readonly overdueService: OverdueService) {}

  @Query(() => OverdueList, {
    description:
      'What is past its deadline in a running cycle, in a unit and its sub-units (the whole kecamatan without unitId): the viewer’s own items and their reporting line’s; everyone’s for the Camat and HR. Most days late first',
  })
  overdueItems(
    @Ctx() context: Context,
    @Arg('cycleId', () => ID, { description: 'The performance cycle (year)' }) cycleId: string,
    @Arg('unitId', () => ID, {
      nullable: true,
      description: 'The unit, with its sub-units; the whole kecamatan when left out',
    })
    unitId?: string | null,
  ) {
    return this.overdueService.list(context, {
      cycleId: parseId(cycleId, 'cycleId'),
      unitId: unitId === null || unitId === undefined ? null : parseId(unitId, 'unitId'),
    });
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Whose item it is' })
  employee(@Root() item: OverdueItem, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(item.employeeId);
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description:
      'Who must act: the employee for the SKP and realisations (the approver once the SKP is submitted), the evaluator for evaluations',
  })
  responsible(@Root() item: OverdueItem, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(item.responsibleId);
  }
}

@Resolver(() => OverdueList)
export class OverdueListResolver {
  @FieldResolver(() => [OverdueItem], { description: 'Most days late first' })
  items(
    @Root() list: OverdueList,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: OVERDUE_PAGE_DEFAULT,
      description: `At most this many (max ${OVERDUE_PAGE_MAX}); totalCount and counts cover them all`,
    })
    first?: number | null,
  ) {
    const limit = first ?? OVERDUE_PAGE_DEFAULT;
    if (limit < 0 || limit > OVERDUE_PAGE_MAX)
      throw badInput([
        {
          field: 'first',
          reason: 'PAGE_SIZE',
          message: `must be from 0 to ${OVERDUE_PAGE_MAX}`,
          params: { min: 0, max: OVERDUE_PAGE_MAX },
        },
      ]);
    return list.all.slice(0, limit);
  }
}

@Resolver(() => PerformancePlan)
export class PlanOverdueResolver {
  constructor(private readonly overdueService: OverdueService) {}

  @FieldResolver(() => Overdue, {
    nullable: true,
    description:
      'In a running cycle: the SKP not approved after its deadline, else its most overdue triwulan report; null when nothing is late',
  })
  overdue(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return this.overdueService.forPlan(context, plan);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The SKP is to be approved by, YYYY-MM-DD: the cycle’s skpDueOn, or as many days after its first day for an SKP that starts with a mutasi or an arrival during the year',
  })
  approvalDueOn(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return this.overdueService.approvalDueOn(context, plan);
  }
}

@Resolver(() => Evaluation)
export class EvaluationOverdueResolver {
  constructor(private readonly overdueService: OverdueService) {}

  @FieldResolver(() => Overdue, {
    nullable: true,
    description:
      'In a running cycle: a draft past its period’s evaluation deadline; null when nothing is late',
  })
  overdue(@Root() evaluation: Evaluation, @Ctx() context: Context) {
    return this.overdueService.forEvaluation(context, evaluation);
  }
}
