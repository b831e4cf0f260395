import { Field, InputType, Int } from 'type-graphql';
import { SeparationKind } from './separation.enums';

@InputType({ description: 'HR records that an employee leaves: retirement, resignation, death…' })
export class DeactivateEmployeeInput {
  @Field(() => Int, {
    description: 'The employee’s version last read; a stale one is a CONFLICT and changes nothing',
  })
  version: number;

  @Field(() => SeparationKind, { description: 'Why the employee leaves (jenis pemberhentian)' })
  kind: SeparationKind;

  @Field({ description: 'The date it takes effect (TMT), YYYY-MM-DD, not after today' })
  effectiveDate: string;

  @Field({ description: 'HR’s note on why, 3 to 500 characters' })
  reason: string;

  @Field(() => String, { nullable: true, description: 'Number of the decree (nomor SK), optional' })
  decreeNumber?: string | null;
}
