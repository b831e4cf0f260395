import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseId, parseOptionalId } from '../../platform/graphql/ids';
import { OrgUnit } from './org-unit.entity';
import { CreatePositionInput, UpdatePositionInput } from './org-structure.inputs';
import { PositionKind, positionKindOf } from './position-kind';
import { Position } from './position.entity';
import { PositionService } from './position.service';
import { positionHolderCounts } from './unit-members';

@Resolver(() => Position)
export class PositionResolver {
  constructor(private readonly positionService: PositionService) {}

  @Query(() => [Position], { description: 'Open jabatan by title (what pickers offer)' })
  positions(
    @Arg('unitId', () => ID, {
      nullable: true,
      description: 'Only the positions that belong to this unit',
    })
    unitId?: string | null,
    @Arg('withoutUnit', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Only the staff titles that belong to no unit (ignored when unitId is given)',
    })
    withoutUnit?: boolean,
    @Arg('includeClosed', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Also list the positions HR has closed (for history)',
    })
    includeClosed?: boolean,
  ) {
    return this.positionService.list({
      unitId: parseOptionalId(unitId, 'unitId') ?? (withoutUnit ? null : undefined),
      includeClosed: includeClosed ?? false,
    });
  }

  @Mutation(() => Position, { description: 'HR adds a jabatan' })
  createPosition(
    @Ctx() context: Context,
    @Arg('input', () => CreatePositionInput, { description: 'The new position' })
    input: CreatePositionInput,
  ) {
    return this.positionService.create(context, input);
  }

  @Mutation(() => Position, { description: 'HR changes a jabatan' })
  updatePosition(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The position’s id' }) id: string,
    @Arg('input', () => UpdatePositionInput, {
      description: 'The fields to change, with the version read',
    })
    input: UpdatePositionInput,
  ) {
    return this.positionService.update(context, parseId(id, 'id'), input);
  }

  @Mutation(() => Position, {
    description: 'HR closes a jabatan no active employee holds; history keeps it',
  })
  closePosition(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The position to close' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; a stale one is a CONFLICT' })
    version: number,
  ) {
    return this.positionService.close(context, parseId(id, 'id'), version);
  }

  @FieldResolver(() => PositionKind, { description: 'Jenis jabatan, derived from the level' })
  kind(@Root() position: Position) {
    return positionKindOf(position.level);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: 'The unit it belongs to; null for a staff title used in any unit',
  })
  unit(@Root() position: Position, @Ctx() context: Context) {
    return position.unitId === null ? null : context.loaders.byId(OrgUnit).load(position.unitId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Active employees holding this position',
  })
  holderCount(@Root() position: Position, @Ctx() context: Context) {
    return context.loaders.get(positionHolderCounts).load(position.id);
  }
}
