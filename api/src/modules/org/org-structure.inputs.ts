import { Field, ID, InputType, Int } from 'type-graphql';
import { PositionLevel } from './org.enums';

@InputType({ description: 'A new unit kerja, added by HR under an open unit' })
export class CreateOrgUnitInput {
  @Field({ description: 'Official name, 2 to 160 characters, unique among all units' })
  name: string;

  @Field(() => ID, { description: 'The open unit it sits under' })
  parentId: string;
}

@InputType({
  description: 'Changes to a unit: its name and its head (fields left out keep their value)',
})
export class UpdateOrgUnitInput {
  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT' })
  version: number;

  @Field(() => String, { nullable: true, description: 'New official name, 2 to 160 characters' })
  name?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The head: an active employee of this unit; null leaves the unit without a head',
  })
  headId?: string | null;
}

@InputType({ description: 'A new jabatan, added by HR' })
export class CreatePositionInput {
  @Field({ description: 'Nama jabatan, 2 to 160 characters, unique among all positions' })
  title: string;

  @Field(() => PositionLevel, { description: 'Jenjang jabatan' })
  level: PositionLevel;

  @Field(() => ID, {
    nullable: true,
    description: 'The open unit it belongs to; left out for a staff title used in any unit',
  })
  unitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'The head position (kepala) of its unit; at most one per unit, needs a unit',
  })
  isHead?: boolean;
}

@InputType({ description: 'Changes to a jabatan (fields left out keep their value)' })
export class UpdatePositionInput {
  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT' })
  version: number;

  @Field(() => String, { nullable: true, description: 'New nama jabatan, 2 to 160 characters' })
  title?: string | null;

  @Field(() => PositionLevel, { nullable: true, description: 'New jenjang jabatan' })
  level?: PositionLevel | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The open unit it belongs to; null makes it a staff title used in any unit',
  })
  unitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The head position of its unit; at most one per unit, needs a unit',
  })
  isHead?: boolean | null;
}
