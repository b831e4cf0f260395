import { Field, ID, InputType, Int } from 'type-graphql';
import { EmploymentType, Gender } from './org.enums';

@InputType({
  description:
    'Filters for the employee directory; each applies only where the viewer may read that field',
})
export class EmployeeFilter {
  @Field(() => ID, { nullable: true, description: 'The unit and all its sub-units' })
  unitId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name or NIP' })
  search?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => ID, { nullable: true, description: 'Direct reports of this supervisor' })
  supervisorId?: string;

  @Field(() => EmploymentType, { nullable: true })
  employmentType?: EmploymentType;
}

@InputType()
export class CreateEmployeeInput {
  @Field()
  nip: string;

  @Field()
  name: string;

  @Field(() => Gender)
  gender: Gender;

  @Field({ description: 'YYYY-MM-DD' })
  birthDate: string;

  @Field(() => EmploymentType)
  employmentType: EmploymentType;

  @Field()
  rank: string;

  @Field(() => ID)
  positionId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ID, { nullable: true })
  supervisorId?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: 'Only the fields given change; `version` must be the one last read' })
export class UpdateEmployeeInput {
  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  nip?: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => String, { nullable: true })
  birthDate?: string;

  @Field(() => EmploymentType, { nullable: true })
  employmentType?: EmploymentType;

  @Field(() => String, { nullable: true })
  rank?: string;

  @Field(() => ID, { nullable: true })
  positionId?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'null removes the supervisor (only for the Camat)',
  })
  supervisorId?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}
