import { Field, ID, InputType, Int } from 'type-graphql';
import { Period } from '../cycle/cycle.enums';
import { CoreValue } from '../plan/plan.enums';
import { Rating } from './evaluation.enums';

@InputType({ description: 'The evaluator’s feedback on one RHK of the plan' })
export class TargetFeedbackInput {
  @Field(() => ID, { description: 'An RHK of the evaluated plan' })
  workTargetId: string;

  @Field({ description: 'The feedback, 1 to 2000 characters' })
  text: string;
}

@InputType({ description: 'The evaluator’s feedback on one BerAKHLAK core value' })
export class ValueFeedbackInput {
  @Field(() => CoreValue, { description: 'The core value, at most once per evaluation' })
  coreValue: CoreValue;

  @Field(() => Rating, {
    nullable: true,
    description: 'How the value was shown in the period (optional)',
  })
  rating?: Rating | null;

  @Field({ description: 'The feedback, 1 to 2000 characters' })
  text: string;
}

@InputType({ description: 'The evaluator’s judgement of one KUALITATIF indicator of the plan' })
export class IndicatorJudgementInput {
  @Field(() => ID, { description: 'A KUALITATIF IKI of the plan' })
  indicatorId: string;

  @Field(() => Rating, {
    description: 'How the period’s narrative realisation met the narrative target',
  })
  rating: Rating;
}

@InputType({
  description:
    'Creates the DRAFT evaluation of a plan and period, or updates it (then `version` is required)',
})
export class SaveEvaluationInput {
  @Field(() => ID, { description: 'The approved SKP evaluated' })
  planId: string;

  @Field(() => Period, {
    description:
      'The period evaluated; a draft may be saved once it has started (ANNUAL: from 1 October)',
  })
  period: Period;

  @Field(() => Rating, {
    description: 'Rating hasil kerja; the suggestion is shown beside it but may differ',
  })
  resultRating: Rating;

  @Field(() => Rating, { description: 'Rating perilaku kerja' })
  behaviorRating: Rating;

  @Field(() => String, {
    nullable: true,
    description: 'Closing remarks (catatan/rekomendasi), at most 4000 characters',
  })
  summary?: string | null;

  @Field(() => [TargetFeedbackInput], {
    nullable: true,
    description: 'Feedback per RHK; replaces the feedback saved before',
  })
  targetFeedback?: TargetFeedbackInput[];

  @Field(() => [ValueFeedbackInput], {
    nullable: true,
    description: 'Feedback per core value; replaces the feedback saved before',
  })
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

@InputType({
  description: 'Filters for the evaluation list; rows the viewer may not read never appear',
})
export class EvaluationFilter {
  @Field(() => ID, { nullable: true, description: 'Evaluations of this cycle' })
  cycleId?: string;

  @Field(() => Period, { nullable: true, description: 'Evaluations of this period' })
  period?: Period;

  @Field(() => ID, { nullable: true, description: 'Evaluations of this employee' })
  employeeId?: string;

  @Field(() => ID, { nullable: true, description: 'Evaluations this pejabat penilai writes' })
  evaluatorId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Include evaluations replaced by an upheld objection',
  })
  includeSuperseded?: boolean;
}
