import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { CyclePeriod, PerformanceCycle } from './cycle.entity';
import { CycleStatus, Period } from './cycle.enums';
import { CreateCycleInput } from './cycle.inputs';
import { CycleThresholdsInput, CycleTransitionPreview } from './cycle-preview.types';
import { CycleDeadlines, CycleDeadlinesInput } from './deadline.types';
import { deadlinesOf } from './timing';
import { canDraftEvaluation, openReportingPeriods } from './utils/deadlines.util';
import { jakartaDate, periodsOf, quarterOn } from './utils/periods.util';
import { CycleService } from './cycle.service';

@Resolver(() => PerformanceCycle)
export class CycleResolver {
  constructor(private readonly cycleService: CycleService) {}

  @Query(() => [PerformanceCycle], { description: 'All cycles, newest first' })
  cycles() {
    return this.cycleService.list();
  }

  @Query(() => PerformanceCycle, { nullable: true, description: 'One performance cycle (year)' })
  cycle(@Arg('id', () => ID, { description: 'The cycle’s id' }) id: string) {
    return this.cycleService.get(parseId(id, 'id'));
  }

  @Mutation(() => PerformanceCycle, { description: 'HR opens a new year in PLANNING' })
  createCycle(
    @Ctx() context: Context,
    @Arg('input', () => CreateCycleInput, {
      description: 'The year and the achievement thresholds of the suggested rating',
    })
    input: CreateCycleInput,
  ) {
    return this.cycleService.create(context, input);
  }

  @Mutation(() => PerformanceCycle, {
    description:
      'HR: PLANNING → ACTIVE; HR or the Camat: ACTIVE → CALIBRATION; the Camat only: CALIBRATION → CLOSED',
  })
  setCycleStatus(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The cycle’s id' }) id: string,
    @Arg('status', () => CycleStatus, { description: 'The next status' }) status: CycleStatus,
    @Arg('reason', () => String, {
      nullable: true,
      description:
        'Why the cycle closes although a distribution-curve rule fails (required then; kept in the audit log)',
    })
    reason?: string | null,
  ) {
    return this.cycleService.setStatus(context, parseId(id, 'id'), status, reason ?? null);
  }

  @Mutation(() => PerformanceCycle, {
    description:
      'HR sets the cycle’s deadlines (a field left out keeps its value; a null date restores the default); takes the cycle’s version',
  })
  updateCycleDeadlines(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The cycle’s id' }) id: string,
    @Arg('input', () => CycleDeadlinesInput, { description: 'The deadlines to change' })
    input: CycleDeadlinesInput,
    @Arg('version', () => Int, {
      description: 'The cycle’s version as read; a stale one is refused',
    })
    version: number,
  ) {
    return this.cycleService.updateDeadlines(context, parseId(id, 'id'), input, version);
  }

  @Mutation(() => PerformanceCycle, {
    description:
      'HR sets the achievement thresholds of the suggested result rating; takes the cycle’s version',
  })
  updateCycleThresholds(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The cycle’s id' }) id: string,
    @Arg('input', () => CycleThresholdsInput, { description: 'Both thresholds' })
    input: CycleThresholdsInput,
    @Arg('version', () => Int, {
      description: 'The cycle’s version as read; a stale one is refused',
    })
    version: number,
  ) {
    return this.cycleService.updateThresholds(context, parseId(id, 'id'), input, version);
  }

  @Query(() => CycleTransitionPreview, {
    description:
      'What moving the cycle to `status` would do, counted now (for HR and the Camat, before they confirm)',
  })
  cycleTransitionPreview(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The cycle’s id' }) id: string,
    @Arg('status', () => CycleStatus, { description: 'The status asked about' })
    status: CycleStatus,
  ) {
    return this.cycleService.transitionPreview(context, parseId(id, 'id'), status);
  }

  @FieldResolver(() => CycleDeadlines, {
    nullable: true,
    description:
      'The deadlines in force (documented defaults where HR set none) and each period’s schedule',
  })
  deadlines(@Root() cycle: PerformanceCycle) {
    return deadlinesOf(cycle);
  }

  @FieldResolver(() => [CyclePeriod], {
    nullable: true,
    description: 'The periods TW1–TW4 and ANNUAL with their dates (Asia/Jakarta)',
  })
  periods(@Root() cycle: PerformanceCycle) {
    return periodsOf({ year: cycle.year });
  }

  @FieldResolver(() => Period, {
    nullable: true,
    description: 'The triwulan of today (Asia/Jakarta), if today is in this cycle',
  })
  currentPeriod(@Root() cycle: PerformanceCycle, @Ctx() context: Context) {
    return quarterOn({ year: cycle.year, date: jakartaDate(context.now) });
  }

  @FieldResolver(() => [Period], {
    nullable: true,
    description:
      'Periods realisations may be reported for today: from the period’s start (ANNUAL: 1 October) until the reporting window after its end closes',
  })
  reportablePeriods(@Root() cycle: PerformanceCycle, @Ctx() context: Context) {
    return openReportingPeriods(deadlinesOf(cycle), jakartaDate(context.now));
  }

  @FieldResolver(() => [Period], {
    nullable: true,
    description:
      'Periods whose evaluation may be saved today: from the period’s start (ANNUAL: 1 October), also after its reporting closes; finalising waits for the period’s end (Cycle.deadlines.schedule.finalizableFrom)',
  })
  evaluablePeriods(@Root() cycle: PerformanceCycle, @Ctx() context: Context) {
    const today = jakartaDate(context.now);
    return deadlinesOf(cycle)
      .schedule.filter((entry) => canDraftEvaluation(entry, today))
      .map((entry) => entry.period);
  }
}
