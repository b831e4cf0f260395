import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../platform/graphql/ids';
import { PerformancePlan } from './performance-plan.entity';
import { PlanAnnexInput } from './plan-annex.inputs';

/** The lampiran SKP printed with the plan: read as plan fields, written by the plan's owner. */
@Resolver(() => PerformancePlan)
export class PlanAnnexResolver {
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
    @Arg('planId', () => ID) planId: string,
    @Arg('input', () => PlanAnnexInput) input: PlanAnnexInput,
    @Arg('version', () => Int) version: number,
  ) {
    return context.services.planLifecycle.updateAnnex(
      context,
      parseId(planId, 'planId'),
      input,
      version,
    );
  }
}
