import { Field, ID, InputType, Int } from 'type-graphql';
import { ActingKind, JobChangeKind } from './staffing.enums';

@InputType({
  description:
    'A mutasi, rotation, promotion or kenaikan pangkat with its TMT; fields left out keep their value',
})
export class MoveEmployeeInput {
  @Field(() => ID, { description: 'The employee who moves' })
  employeeId: string;

  @Field(() => Int, { description: 'The employee’s version as read (stale → CONFLICT)' })
  version: number;

  @Field({ description: 'TMT (terhitung mulai tanggal), YYYY-MM-DD, not after today' })
  tmt: string;

  @Field({ description: 'Nomor SK (decree) of the change' })
  decreeNumber: string;

  @Field(() => JobChangeKind, {
    nullable: true,
    description:
      'What kind of change; derived when left out (another unit → MUTASI, a higher level → PROMOSI, another post → ROTASI, golongan only → KENAIKAN_PANGKAT)',
  })
  kind?: JobChangeKind | null;

  @Field(() => ID, { nullable: true, description: 'The new unit kerja' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The new jabatan (position)' })
  positionId?: string | null;

  @Field(() => String, { nullable: true, description: 'The new golongan (promotion of rank)' })
  rank?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the employee heads the (new) unit; left out: stays head when the unit is unchanged, otherwise not',
  })
  headOfUnit?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The new atasan langsung (pejabat penilai, at least PENGAWAS); left out: the head of the unit, or the next head up',
  })
  supervisorId?: string | null;
}

@InputType({ description: 'HR records a Plt or Plh acting as head of a unit for a term' })
export class CreateActingAssignmentInput {
  @Field(() => ActingKind, { description: 'PLT (vacant post) or PLH (head temporarily absent)' })
  kind: ActingKind;

  @Field(() => ID, { description: 'The acting official' })
  employeeId: string;

  @Field(() => ID, { description: 'The unit whose head they act for' })
  unitId: string;

  @Field({ description: 'First day of the term, YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'Last day of the term, YYYY-MM-DD' })
  endsOn: string;

  @Field({ description: 'Nomor surat perintah / SK' })
  decreeNumber: string;
}

@InputType({ description: 'Filter for the acting-officials list' })
export class ActingAssignmentFilter {
  @Field(() => ID, { nullable: true, description: 'Only the terms of this acting official' })
  employeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only terms for this unit' })
  unitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only terms not cancelled whose last day is today or later',
  })
  current?: boolean | null;
}
