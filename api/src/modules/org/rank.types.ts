import { Field, ObjectType } from 'type-graphql';
import { EmploymentType } from './org.enums';

@ObjectType({
  description:
    'A golongan an employee may hold (PNS I/a…IV/e, PPPK I…XVII), lowest first: regulation facts, the same for everyone',
})
export class RankOption {
  @Field({ description: 'The golongan as stored on the employee, e.g. III/a or IX' })
  code: string;

  @Field(() => EmploymentType, { description: 'Who may hold it' })
  employmentType: EmploymentType;

  @Field(() => String, { nullable: true, description: 'The pangkat name (PNS only)' })
  pangkat: string | null;
}
