import { Field, ID, InputType } from 'type-graphql';
import { CoreValue } from '../plan/plan.enums';
import { FeedbackKind } from './feedback.entity';

@InputType()
export class GiveFeedbackInput {
  @Field(() => ID)
  recipientId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An RHK of the recipient’s SKP in the active cycle',
  })
  workTargetId?: string | null;

  @Field(() => CoreValue, { nullable: true })
  coreValue?: CoreValue | null;

  @Field(() => FeedbackKind)
  kind: FeedbackKind;

  @Field()
  text: string;
}

@InputType()
export class FeedbackFilter {
  @Field(() => ID, { nullable: true })
  recipientId?: string;

  @Field(() => ID, { nullable: true })
  authorId?: string;

  @Field(() => ID, { nullable: true })
  cycleId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only feedback not yet acknowledged' })
  unacknowledged?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the first item of each thread (replies through `Feedback.replies`)',
  })
  threadsOnly?: boolean;
}
