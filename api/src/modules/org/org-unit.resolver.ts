import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { notFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { Employee } from './employee.entity';
import { OrgUnit } from './org-unit.entity';
import { OrgUnitService } from './org-unit.service';

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  constructor(private readonly orgUnitService: OrgUnitService) {}

  @Query(() => [OrgUnit], {
    description: 'All units in tree order (each parent before its children)',
  })
  orgUnits() {
    return this.orgUnitService.listInTreeOrder();
  }

  @Query(() => OrgUnit, { nullable: true, description: 'One unit of the kecamatan' })
  async orgUnit(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The unit’s id' }) id: string,
  ) {
    const unitId = parseId(id, 'id');
    const unit = await context.loaders.byId(OrgUnit).load(unitId);
    if (!unit) throw notFound('OrgUnit', unitId);
    return unit;
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: 'The unit above (null for the kecamatan)',
  })
  parent(@Root() unit: OrgUnit, @Ctx() context: Context) {
    return unit.parentId === null ? null : context.loaders.byId(OrgUnit).load(unit.parentId);
  }

  @FieldResolver(() => [OrgUnit], { description: 'The units directly below, in order' })
  children(@Root() unit: OrgUnit, @Ctx() context: Context) {
    return context.loaders
      .manyBy(OrgUnit, 'parentId', { sortOrder: 'ASC', id: 'ASC' })
      .load(unit.id);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Head of the unit' })
  head(@Root() unit: OrgUnit, @Ctx() context: Context) {
    return unit.headId === null ? null : context.loaders.byId(Employee).load(unit.headId);
  }
}
