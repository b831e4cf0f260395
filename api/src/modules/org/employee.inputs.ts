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

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for current employees only, false for those who have left',
  })
  active?: boolean;

  @Field(() => ID, { nullable: true, description: 'Direct reports of this supervisor' })
  supervisorId?: string;

  @Field(() => EmploymentType, { nullable: true, description: 'Only PNS or only PPPK' })
  employmentType?: EmploymentType;
}

@InputType({ description: 'A new employee, added by HR' })
export class CreateEmployeeInput {
  @Field({
    description: 'Nomor Induk Pegawai: 18 digits that encode the birth date and gender given here',
  })
  nip: string;

  @Field({ description: 'Full name, 2 to 120 characters' })
  name: string;

  @Field(() => Gender, { description: 'Jenis kelamin; must match the gender digit of the NIP' })
  gender: Gender;

  @Field({ description: 'YYYY-MM-DD' })
  birthDate: string;

  @Field(() => EmploymentType, {
    description: 'PNS or PPPK; decides how the NIP and the golongan are checked',
  })
  employmentType: EmploymentType;

  @Field({ description: 'Golongan: I/a…IV/e for PNS, I…XVII for PPPK' })
  rank: string;

  @Field(() => ID, { description: 'The jabatan (position) held' })
  positionId: string;

  @Field(() => ID, { description: 'The unit kerja' })
  unitId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Atasan langsung (pejabat penilai kinerja); required for everyone but the Camat',
  })
  supervisorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Work email address' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone number: 8 to 15 digits, optionally starting with +',
  })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'TMT: the first day in the kecamatan (appointment or transfer in), YYYY-MM-DD, not after today; it opens the riwayat jabatan, and their SKP of that year starts on it. Left out: not known, the SKP covers the whole year',
  })
  tmt?: string | null;
}

@InputType({ description: 'Only the fields given change; `version` must be the one last read' })
export class UpdateEmployeeInput {
  @Field(() => Int, {
    description: 'The version last read; a stale one is a CONFLICT and changes nothing',
  })
  version: number;

  @Field(() => String, { nullable: true, description: 'New Nomor Induk Pegawai (18 digits)' })
  nip?: string;

  @Field(() => String, { nullable: true, description: 'New full name, 2 to 120 characters' })
  name?: string;

  @Field(() => Gender, {
    nullable: true,
    description: 'New jenis kelamin; must match the gender digit of the NIP',
  })
  gender?: Gender;

  @Field(() => String, {
    nullable: true,
    description: 'New birth date, YYYY-MM-DD; must match the NIP',
  })
  birthDate?: string;

  @Field(() => EmploymentType, { nullable: true, description: 'New employment type, PNS or PPPK' })
  employmentType?: EmploymentType;

  @Field(() => String, {
    nullable: true,
    description: 'New golongan: I/a…IV/e for PNS, I…XVII for PPPK',
  })
  rank?: string;

  @Field(() => ID, { nullable: true, description: 'New jabatan (position)' })
  positionId?: string;

  @Field(() => ID, { nullable: true, description: 'New unit kerja' })
  unitId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'null removes the supervisor (only for the Camat)',
  })
  supervisorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New work email address; an empty string clears it',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New phone number; an empty string clears it',
  })
  phone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'False when the employee leaves (only once nobody active reports to them); also deactivates their account',
  })
  active?: boolean;
}
