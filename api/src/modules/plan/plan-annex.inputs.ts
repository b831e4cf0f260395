import { Field, InputType } from 'type-graphql';
import type { PerformancePlan } from './performance-plan.entity';

/** The SKP's lampiran: each free text 0–2000 characters once trimmed; blank or null clears it. */
@InputType()
export class PlanAnnexInput implements Partial<PerformancePlan> {
  @Field(() => String, { nullable: true, description: 'Dukungan sumber daya' })
  resourceSupport?: string | null;

  @Field(() => String, { nullable: true, description: 'Skema pertanggungjawaban' })
  accountabilityScheme?: string | null;

  @Field(() => String, { nullable: true, description: 'Konsekuensi' })
  consequences?: string | null;
}
