import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseOptionalId } from '../../platform/graphql/ids';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { PeriodEvaluationBacklog } from './evaluation-backlog.type';
import { PlanService } from './plan.service';

@Resolver(() => PerformanceCycle)
export class CycleEvaluationBacklogResolver {
  constructor(private readonly planService: PlanService) {}

  @FieldResolver(() => [PeriodEvaluationBacklog], {
    nullable: true,
    description:
      'Per period (TW1–TW4, then ANNUAL), the approved SKP the viewer may read that still lack a final evaluation, narrowed to a pejabat penilai and/or an employee: what a Penilaian opens on, for a line of any size',
  })
  evaluationBacklog(
    @Root() cycle: PerformanceCycle,
    @Ctx() context: Context,
    @Arg('evaluatorId', () => ID, {
      nullable: true,
      description: 'Only SKP this pejabat penilai evaluates',
    })
    evaluatorId?: string | null,
    @Arg('employeeId', () => ID, { nullable: true, description: 'Only this employee’s SKP' })
    employeeId?: string | null,
  ) {
    // Checked here so a bad id names the argument, not the plan filter it feeds.
    parseOptionalId(evaluatorId, 'evaluatorId');
    parseOptionalId(employeeId, 'employeeId');
    return this.planService.evaluationBacklog(context, {
      cycleId: cycle.id,
      evaluatorId: evaluatorId ?? null,
      employeeId: employeeId ?? null,
    });
  }
}
