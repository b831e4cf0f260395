import { Field, InputType } from 'type-graphql';
import { Rating } from './evaluation.enums';
import { ObjectionDecision } from './objection.entity';

@InputType({
  description:
    'A decision on an objection taken by the atasan pejabat penilai outside the kecamatan, recorded by HR',
})
export class ExternalObjectionDecisionInput {
  @Field(() => ObjectionDecision, { description: 'UPHELD (with revised ratings) or REJECTED' })
  decision: ObjectionDecision;

  @Field({ description: 'The written reason of the decision, 10 to 4000 characters' })
  reason: string;

  @Field({ description: 'Name and office of who decided, 1 to 200 characters' })
  decidedBy: string;

  @Field({ description: 'Decree or letter number, 1 to 100 characters' })
  referenceNumber: string;

  @Field({ description: 'YYYY-MM-DD, not before the filing day nor in the future (Asia/Jakarta)' })
  decisionDate: string;

  @Field(() => Rating, { nullable: true, description: 'Required when UPHELD' })
  resultRating?: Rating | null;

  @Field(() => Rating, { nullable: true, description: 'Required when UPHELD' })
  behaviorRating?: Rating | null;
}
