import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Employee } from '../org/employee.entity';
import { WorkTarget } from '../plan/work-target.entity';
import { Feedback } from './feedback.entity';
import { FeedbackFilter, GiveFeedbackInput } from './feedback.inputs';
import { Notification } from './notification.entity';
import { FeedbackService } from './feedback.service';

export const FeedbackConnection = ConnectionType(Feedback, 'Feedback');

@ObjectType('NotificationInbox', {
  description: 'The viewer’s inbox, newest first: a page of notices and how many are unread',
})
export class NotificationInbox extends ConnectionType(Notification, 'Notification') {
  @Field(() => Int, { description: 'Unread notices in the whole inbox, not only this page' })
  unreadCount: number;
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  constructor(private readonly feedbackService: FeedbackService) {}

  @Query(() => FeedbackConnection, {
    description: 'Feedback the viewer wrote, received, or may read as a supervisor; newest first',
  })
  feedback(
    @Ctx() context: Context,
    @Arg('filter', () => FeedbackFilter, {
      nullable: true,
      description: 'Recipient, author, cycle, unacknowledged items or threads only',
    })
    filter: FeedbackFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return this.feedbackService.list(context, filter, page);
  }

  @Mutation(() => Feedback, {
    description:
      'Umpan balik berkelanjutan (continuous feedback) in an ACTIVE cycle: down the supervisor chain, between peers of a unit, or up to one’s supervisors',
  })
  giveFeedback(
    @Ctx() context: Context,
    @Arg('input', () => GiveFeedbackInput, {
      description: 'Recipient, kind, text and optionally the RHK or core value it is about',
    })
    input: GiveFeedbackInput,
  ) {
    return this.feedbackService.give(context, input);
  }

  @Mutation(() => Feedback, {
    description:
      'Replies in the feedback’s thread (to its first item), by the thread’s author or recipient only',
  })
  replyToFeedback(
    @Ctx() context: Context,
    @Arg('feedbackId', () => ID, { description: 'Any item of the thread' }) feedbackId: string,
    @Arg('text', { description: 'The reply' }) text: string,
  ) {
    return this.feedbackService.reply(context, parseId(feedbackId, 'feedbackId'), text);
  }

  @Mutation(() => Feedback, { description: 'The recipient marks feedback as read' })
  acknowledgeFeedback(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The feedback’s id' }) id: string,
  ) {
    return this.feedbackService.acknowledge(context, parseId(id, 'id'));
  }

  @Query(() => NotificationInbox, {
    description:
      'The viewer’s inbox, paged, newest first. Opening it first writes the deadline notices due to the viewer (once per item).',
  })
  inbox(
    @Ctx() context: Context,
    @Arg('unreadOnly', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Only notices not read yet',
    })
    unreadOnly: boolean,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return this.feedbackService.inbox(context, unreadOnly, page);
  }

  @Mutation(() => Int, {
    description: 'Marks all the viewer’s notices read; returns how many were unread',
  })
  markAllNotificationsRead(@Ctx() context: Context) {
    return this.feedbackService.markAllNotificationsRead(context);
  }

  @Query(() => [Notification], {
    description: 'The viewer’s newest 100 notices (see `inbox` for the paged inbox)',
  })
  notifications(
    @Ctx() context: Context,
    @Arg('unreadOnly', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Only notices not read yet',
    })
    unreadOnly: boolean,
  ) {
    return this.feedbackService.notifications(context, unreadOnly);
  }

  @Mutation(() => Notification, { description: 'Marks one of the viewer’s notices read' })
  markNotificationRead(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The notice’s id' }) id: string,
  ) {
    return this.feedbackService.markNotificationRead(context, parseId(id, 'id'));
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Who wrote it' })
  author(@Root() feedback: Feedback, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(feedback.authorId);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Who it is for' })
  recipient(@Root() feedback: Feedback, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(feedback.recipientId);
  }

  @FieldResolver(() => PerformanceCycle, {
    nullable: true,
    description: 'The cycle (year) it was given in',
  })
  cycle(@Root() feedback: Feedback, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(feedback.cycleId);
  }

  @FieldResolver(() => Feedback, {
    nullable: true,
    description: 'The first item of the thread this one replies to; null for a first item',
  })
  thread(@Root() feedback: Feedback, @Ctx() context: Context) {
    return feedback.threadId === null
      ? null
      : context.loaders.byId(Feedback).load(feedback.threadId);
  }

  @FieldResolver(() => [Feedback], {
    nullable: true,
    description: 'The replies to a thread’s first item, oldest first (empty on a reply)',
  })
  replies(@Root() feedback: Feedback, @Ctx() context: Context) {
    if (feedback.threadId !== null) return [];
    return context.loaders.manyBy(Feedback, 'threadId', { id: 'ASC' }).load(feedback.id);
  }

  @FieldResolver(() => WorkTarget, {
    nullable: true,
    description: 'The RHK (work target) it is about, if any',
  })
  workTarget(@Root() feedback: Feedback, @Ctx() context: Context) {
    return feedback.workTargetId === null
      ? null
      : context.loaders.byId(WorkTarget).load(feedback.workTargetId);
  }
}
