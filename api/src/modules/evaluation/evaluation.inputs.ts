import { Field, ID, InputType, Int } from 'type-graphql';
import { Period } from '../cycle/cycle.enums';
import { CoreValue } from '../plan/plan.enums';
import { Rating } from './evaluation.enums';

@InputType()
export class TargetFeedbackInput {
  @Field(() => ID)
  workTargetId: string;

  @Field()
  text: string;
}

@InputType()
export class ValueFeedbackInput {
  @Field(() => CoreValue)
  coreValue: CoreValue;

  @Field(() => Rating, { nullable: true })
  rating?: Rating | null;

  @Field()
  text: string;
}

@InputType({ description: 'The evaluator’s judgement of one KUALITATIF indicator of the plan' })
export class IndicatorJudgementInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => Rating)
  rating: Rating;
}

@InputType({
  description:
    'Creates the DRAFT evaluation of a plan and period, or updates it (then `version` is required)',
})
export class SaveEvaluationInput {
  @Field(() => ID)
  planId: string;

  @Field(() => Period)
  period: Period;

  @Field(() => Rating)
  resultRating: Rating;

  @Field(() => Rating)
  behaviorRating: Rating;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [TargetFeedbackInput], { nullable: true })
  targetFeedback?: TargetFeedbackInput[];

  @Field(() => [ValueFeedbackInput], { nullable: true })
  valueFeedback?: ValueFeedbackInput[];

  @Field(() => [IndicatorJudgementInput], {
    nullable: true,
    description:
      'One per KUALITATIF indicator of the plan, at most once each; replaces those saved before. Part of the suggestion; an indicator left out counts as unjudged',
  })
  judgements?: IndicatorJudgementInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'The version last read; required to update an existing draft',
  })
  version?: number | null;
}

@InputType()
export class EvaluationFilter {
  @Field(() => ID, { nullable: true })
  cycleId?: string;

  @Field(() => Period, { nullable: true })
  period?: Period;

  @Field(() => ID, { nullable: true })
  employeeId?: string;

  @Field(() => ID, { nullable: true, description: 'Evaluations this pejabat penilai writes' })
  evaluatorId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Include evaluations replaced by an upheld objection',
  })
  includeSuperseded?: boolean;
}
