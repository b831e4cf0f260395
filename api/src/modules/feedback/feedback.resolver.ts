import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../platform/graphql/ids';
import { ConnectionType } from '../../platform/graphql/pagination';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Employee } from '../org/employee.entity';
import { WorkTarget } from '../plan/work-target.entity';
import { Feedback } from './feedback.entity';
import { FeedbackFilter, GiveFeedbackInput } from './feedback.inputs';
import { Notification } from './notification.entity';

export const FeedbackConnection = ConnectionType(Feedback, 'Feedback');

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Query(() => FeedbackConnection, {
    description: 'Feedback the viewer wrote, received, or may read as a supervisor; newest first',
  })
  feedback(
    @Ctx() context: Context,
    @Arg('filter', () => FeedbackFilter, { nullable: true }) filter?: FeedbackFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return context.services.feedback.list(context, filter, { first, after });
  }

  @Mutation(() => Feedback)
  giveFeedback(
    @Ctx() context: Context,
    @Arg('input', () => GiveFeedbackInput) input: GiveFeedbackInput,
  ) {
    return context.services.feedback.give(context, input);
  }

  @Mutation(() => Feedback)
  acknowledgeFeedback(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.feedback.acknowledge(context, parseId(id, 'id'));
  }

  @Query(() => [Notification], { description: 'The viewer’s inbox, newest first' })
  notifications(
    @Ctx() context: Context,
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false }) unreadOnly: boolean,
  ) {
    return context.services.feedback.notifications(context, unreadOnly);
  }

  @Mutation(() => Notification)
  markNotificationRead(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.feedback.markNotificationRead(context, parseId(id, 'id'));
  }

  @FieldResolver(() => Employee, { nullable: true })
  author(@Root() feedback: Feedback, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(feedback.authorId);
  }

  @FieldResolver(() => Employee, { nullable: true })
  recipient(@Root() feedback: Feedback, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(feedback.recipientId);
  }

  @FieldResolver(() => PerformanceCycle, { nullable: true })
  cycle(@Root() feedback: Feedback, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(feedback.cycleId);
  }

  @FieldResolver(() => WorkTarget, { nullable: true })
  workTarget(@Root() feedback: Feedback, @Ctx() context: Context) {
    return feedback.workTargetId === null
      ? null
      : context.loaders.byId(WorkTarget).load(feedback.workTargetId);
  }
}
