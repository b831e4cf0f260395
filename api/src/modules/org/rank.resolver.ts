import { Arg, Query, Resolver } from 'type-graphql';
import { EmploymentType } from './org.enums';
import { RankOption } from './rank.types';
import { pangkatOf, ranksOf } from './utils/rank.util';

@Resolver(() => RankOption)
export class RankResolver {
  @Query(() => [RankOption], {
    description:
      'The golongan an employee may hold, lowest first: what the employee and mutasi forms offer (one list, from the regulation facts)',
  })
  ranks(
    @Arg('employmentType', () => EmploymentType, {
      nullable: true,
      description: 'Only the golongan of PNS or of PPPK; both when left out',
    })
    employmentType?: EmploymentType | null,
  ): RankOption[] {
    const types = employmentType ? [employmentType] : Object.values(EmploymentType);
    return types.flatMap((type) =>
      ranksOf(type).map((code) => ({ code, employmentType: type, pangkat: pangkatOf(code) })),
    );
  }
}
