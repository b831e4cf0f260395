import { Field, ID, InputType } from 'type-graphql';
import { CoreValue } from '../plan/plan.enums';
import { FeedbackKind } from './feedback.entity';

@InputType({
  description:
    'Feedback in the ACTIVE cycle: down or up the reporting line, or to a peer of the same unit',
})
export class GiveFeedbackInput {
  @Field(() => ID, { description: 'Who receives it: an active employee other than the author' })
  recipientId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An RHK of the recipient’s SKP in the active cycle',
  })
  workTargetId?: string | null;

  @Field(() => CoreValue, {
    nullable: true,
    description: 'The BerAKHLAK value it is about (not together with workTargetId)',
  })
  coreValue?: CoreValue | null;

  @Field(() => FeedbackKind, {
    description: 'Pujian (praise), perbaikan (improvement) or catatan (note)',
  })
  kind: FeedbackKind;

  @Field({ description: 'The feedback, 1 to 2000 characters' })
  text: string;
}

@InputType({
  description: 'Filters for the feedback list; rows the viewer may not read never appear',
})
export class FeedbackFilter {
  @Field(() => ID, { nullable: true, description: 'Feedback received by this employee' })
  recipientId?: string;

  @Field(() => ID, { nullable: true, description: 'Feedback written by this employee' })
  authorId?: string;

  @Field(() => ID, { nullable: true, description: 'Feedback of this cycle' })
  cycleId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only feedback not yet acknowledged' })
  unacknowledged?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the first item of each thread (replies through `Feedback.replies`)',
  })
  threadsOnly?: boolean;
}
