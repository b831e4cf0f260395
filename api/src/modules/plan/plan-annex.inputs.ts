import { Field, InputType } from 'type-graphql';
import type { PerformancePlan } from './performance-plan.entity';

@InputType({
  description:
    'The SKP’s lampiran (annex): each free text at most 2000 characters once trimmed; blank or null clears it',
})
export class PlanAnnexInput implements Partial<PerformancePlan> {
  @Field(() => String, { nullable: true, description: 'Dukungan sumber daya' })
  resourceSupport?: string | null;

  @Field(() => String, { nullable: true, description: 'Skema pertanggungjawaban' })
  accountabilityScheme?: string | null;

  @Field(() => String, { nullable: true, description: 'Konsekuensi' })
  consequences?: string | null;
}
