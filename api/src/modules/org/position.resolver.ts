import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { Position } from './position.entity';

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => [Position], { description: 'All jabatan, by title' })
  positions(@Ctx() context: Context) {
    return context.dataSource.getRepository(Position).find({ order: { title: 'ASC' } });
  }
}
