import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { notFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { Employee } from './employee.entity';
import { OrgUnit } from './org-unit.entity';
import { OrgUnitService } from './org-unit.service';
import { CreateOrgUnitInput, UpdateOrgUnitInput } from './org-structure.inputs';
import { Position } from './position.entity';
import { unitMemberCounts, unitSubtreeMemberCounts } from './unit-members';

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  constructor(private readonly orgUnitService: OrgUnitService) {}

  @Query(() => [OrgUnit], {
    description: 'All open units in tree order (each parent before its children)',
  })
  orgUnits(
    @Arg('includeClosed', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Also list the units HR has closed (for history); pickers leave it out',
    })
    includeClosed: boolean,
  ) {
    return this.orgUnitService.listInTreeOrder({ includeClosed });
  }

  @Query(() => OrgUnit, {
    nullable: true,
    description: 'One unit of the kecamatan, open or closed',
  })
  async orgUnit(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The unit’s id' }) id: string,
  ) {
    const unitId = parseId(id, 'id');
    const unit = await context.loaders.byId(OrgUnit).load(unitId);
    if (!unit) throw notFound('OrgUnit', unitId);
    return unit;
  }

  @Mutation(() => OrgUnit, { description: 'HR adds a unit under an open unit' })
  createOrgUnit(
    @Ctx() context: Context,
    @Arg('input', () => CreateOrgUnitInput, { description: 'The new unit' })
    input: CreateOrgUnitInput,
  ) {
    return this.orgUnitService.create(context, input);
  }

  @Mutation(() => OrgUnit, { description: 'HR renames a unit and/or sets its head' })
  updateOrgUnit(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The unit’s id' }) id: string,
    @Arg('input', () => UpdateOrgUnitInput, {
      description: 'The fields to change, with the version read',
    })
    input: UpdateOrgUnitInput,
  ) {
    return this.orgUnitService.update(context, parseId(id, 'id'), input);
  }

  @Mutation(() => OrgUnit, {
    description:
      'HR puts a unit, with everything below it, under another open unit (never under itself or its own sub-units)',
  })
  moveOrgUnit(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The unit to move' }) id: string,
    @Arg('parentId', () => ID, { description: 'The open unit it goes under' }) parentId: string,
    @Arg('version', () => Int, { description: 'The version read; a stale one is a CONFLICT' })
    version: number,
  ) {
    return this.orgUnitService.move(context, parseId(id, 'id'), parentId, version);
  }

  @Mutation(() => OrgUnit, {
    description:
      'HR closes a unit with no open sub-unit, no active employee in it or below and no open position; history keeps it',
  })
  closeOrgUnit(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The unit to close' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; a stale one is a CONFLICT' })
    version: number,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Why, e.g. the regulation that dissolved it (kept in the audit log)',
    })
    reason?: string | null,
  ) {
    return this.orgUnitService.close(context, parseId(id, 'id'), version, reason);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: 'The unit above (null for the kecamatan)',
  })
  parent(@Root() unit: OrgUnit, @Ctx() context: Context) {
    return unit.parentId === null ? null : context.loaders.byId(OrgUnit).load(unit.parentId);
  }

  @FieldResolver(() => [OrgUnit], {
    description: 'The units directly below, in order, closed ones included',
  })
  children(@Root() unit: OrgUnit, @Ctx() context: Context) {
    return context.loaders
      .manyBy(OrgUnit, 'parentId', { sortOrder: 'ASC', id: 'ASC' })
      .load(unit.id);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Head of the unit' })
  head(@Root() unit: OrgUnit, @Ctx() context: Context) {
    return unit.headId === null ? null : context.loaders.byId(Employee).load(unit.headId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Active employees working directly in this unit',
  })
  memberCount(@Root() unit: OrgUnit, @Ctx() context: Context) {
    return context.loaders.get(unitMemberCounts).load(unit.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Active employees in this unit and every unit below it',
  })
  totalMemberCount(@Root() unit: OrgUnit, @Ctx() context: Context) {
    return context.loaders.get(unitSubtreeMemberCounts).load(unit.id);
  }

  @FieldResolver(() => [Position], {
    description: 'The jabatan that belong to this unit, by title, closed ones included',
  })
  positions(@Root() unit: OrgUnit, @Ctx() context: Context) {
    return context.loaders.manyBy(Position, 'unitId', { title: 'ASC' }).load(unit.id);
  }
}
