import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { PerformancePlan } from './performance-plan.entity';
import { PlanAnnexInput } from './plan-annex.inputs';
import { PlanLifecycleService } from './plan-lifecycle.service';

/** The lampiran SKP printed with the plan: read as plan fields, written by the plan's owner. */
@Resolver(() => PerformancePlan)
export class PlanAnnexResolver {
  constructor(private readonly planLifecycleService: PlanLifecycleService) {}

  @FieldResolver(() => String, { nullable: true, description: 'Lampiran: dukungan sumber daya' })
  resourceSupport(@Root() plan: PerformancePlan) {
    return plan.resourceSupport;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Lampiran: skema pertanggungjawaban',
  })
  accountabilityScheme(@Root() plan: PerformancePlan) {
    return plan.accountabilityScheme;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Lampiran: konsekuensi' })
  consequences(@Root() plan: PerformancePlan) {
    return plan.consequences;
  }

  @Mutation(() => PerformancePlan, {
    description:
      'The owner sets the SKP’s lampiran while the plan is editable (DRAFT or RETURNED); send the plan’s version',
  })
  updatePlanAnnex(
    @Ctx() context: Context,
    @Arg('planId', () => ID, { description: 'The SKP’s id' }) planId: string,
    @Arg('input', () => PlanAnnexInput, {
      description: 'The lampiran: resource support, accountability scheme, consequences',
    })
    input: PlanAnnexInput,
    @Arg('version', () => Int, { description: 'The SKP’s version as read; a stale one is refused' })
    version: number,
  ) {
    return this.planLifecycleService.updateAnnex(
      context,
      parseId(planId, 'planId'),
      input,
      version,
    );
  }
}
