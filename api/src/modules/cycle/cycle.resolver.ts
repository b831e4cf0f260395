import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../platform/graphql/ids';
import { CyclePeriod, PerformanceCycle } from './cycle.entity';
import { CycleStatus, Period } from './cycle.enums';
import { CreateCycleInput } from './cycle.inputs';
import { jakartaDate, periodsOf, quarterOn, reportablePeriods } from './utils/periods.util';

@Resolver(() => PerformanceCycle)
export class CycleResolver {
  @Query(() => [PerformanceCycle], { description: 'All cycles, newest first' })
  cycles(@Ctx() context: Context) {
    return context.services.cycles.list();
  }

  @Query(() => PerformanceCycle, { nullable: true })
  cycle(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.cycles.get(parseId(id, 'id'));
  }

  @Mutation(() => PerformanceCycle, { description: 'HR opens a new year in PLANNING' })
  createCycle(
    @Ctx() context: Context,
    @Arg('input', () => CreateCycleInput) input: CreateCycleInput,
  ) {
    return context.services.cycles.create(context, input);
  }

  @Mutation(() => PerformanceCycle, {
    description: 'HR: PLANNING → ACTIVE; the Camat: ACTIVE → CALIBRATION → CLOSED',
  })
  setCycleStatus(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => CycleStatus) status: CycleStatus,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return context.services.cycles.setStatus(context, parseId(id, 'id'), status, reason ?? null);
  }

  @FieldResolver(() => [CyclePeriod], { nullable: true })
  periods(@Root() cycle: PerformanceCycle) {
    return periodsOf({ year: cycle.year });
  }

  @FieldResolver(() => Period, {
    nullable: true,
    description: 'The triwulan of today (Asia/Jakarta), if today is in this cycle',
  })
  currentPeriod(@Root() cycle: PerformanceCycle) {
    return quarterOn({ year: cycle.year, date: jakartaDate(new Date()) });
  }

  @FieldResolver(() => [Period], {
    nullable: true,
    description: 'Periods realisations may be reported for today',
  })
  reportablePeriods(@Root() cycle: PerformanceCycle) {
    return reportablePeriods({ year: cycle.year, date: jakartaDate(new Date()) });
  }
}
