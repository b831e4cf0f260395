import { Field, ID, InputType, Int } from 'type-graphql';
import { CoreValue, IndicatorAspect } from '../plan/plan.enums';
import { ActivityKind, ActivityStatus, TrainingMode } from './development.enums';

@InputType({
  description: 'What a programme strengthens: at least one core value or aspect, none twice',
})
export class CompetenciesInput {
  @Field(() => [CoreValue], {
    defaultValue: [],
    description: 'BerAKHLAK core values the programme strengthens',
  })
  coreValues: CoreValue[];

  @Field(() => [IndicatorAspect], {
    defaultValue: [],
    description: 'IKI aspects the programme strengthens',
  })
  aspects: IndicatorAspect[];
}

@InputType({ description: 'A new programme in the training catalogue' })
export class TrainingProgramInput {
  @Field({ description: 'Unique, e.g. PLT-KOM-01' })
  code: string;

  @Field({ description: 'Name of the programme, 3 to 160 characters' })
  title: string;

  @Field({ description: 'What the programme covers, 10 to 4000 characters' })
  description: string;

  @Field(() => CompetenciesInput, { description: 'What the programme strengthens' })
  competencies: CompetenciesInput;

  @Field(() => Int, { description: 'JP (1 JP = 45 minutes)' })
  hours: number;

  @Field({ description: 'Who runs it, 2 to 160 characters' })
  provider: string;

  @Field(() => TrainingMode, { description: 'How it is delivered' })
  mode: TrainingMode;
}

@InputType({
  description:
    'Changes to a catalogue programme; only the fields given change (null, like a field left out, keeps the current value)',
})
export class TrainingProgramUpdate {
  @Field(() => Int, { description: 'The version you read: a newer one means someone else saved' })
  version: number;

  @Field({
    nullable: true,
    description: 'New unique code: 2 to 32 capital letters, digits or dashes',
  })
  code?: string;

  @Field({ nullable: true, description: 'New name, 3 to 160 characters' })
  title?: string;

  @Field({ nullable: true, description: 'New description, 10 to 4000 characters' })
  description?: string;

  @Field(() => CompetenciesInput, {
    nullable: true,
    description: 'New competencies; replace the current ones',
  })
  competencies?: CompetenciesInput;

  @Field(() => Int, { nullable: true, description: 'New length in JP, 1 to 200' })
  hours?: number;

  @Field({ nullable: true, description: 'New provider, 2 to 160 characters' })
  provider?: string;

  @Field(() => TrainingMode, { nullable: true, description: 'New mode of delivery' })
  mode?: TrainingMode;
}

@InputType({ description: 'Filters for the training catalogue' })
export class TrainingProgramFilter {
  @Field({ nullable: true, description: 'In code or title' })
  search?: string;

  @Field(() => CoreValue, {
    nullable: true,
    description: 'Programmes that strengthen this core value',
  })
  coreValue?: CoreValue;

  @Field(() => IndicatorAspect, {
    nullable: true,
    description: 'Programmes that strengthen this IKI aspect',
  })
  aspect?: IndicatorAspect;

  @Field(() => TrainingMode, { nullable: true, description: 'Programmes delivered this way' })
  mode?: TrainingMode;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Also list retired programmes (left out by default)',
  })
  includeRetired?: boolean;
}

@InputType({
  description:
    'A new item in an employee’s development plan for a cycle that is not closed (the plan is created with it)',
})
export class AddDevelopmentActivityInput {
  @Field(() => ID, {
    description: 'The employee developed; the viewer must be in their supervisor chain',
  })
  employeeId: string;

  @Field(() => ID, { description: 'The cycle of the development plan' })
  cycleId: string;

  @Field(() => ActivityKind, {
    description: 'TRAINING from the catalogue, or COACHING (pembinaan) or MENTORING',
  })
  kind: ActivityKind;

  @Field(() => ID, { nullable: true, description: 'Required for TRAINING' })
  programId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required for coaching and mentoring; a programme’s title otherwise',
  })
  title?: string | null;

  @Field({ description: 'The weakness this answers, in words' })
  reason: string;

  @Field(() => ID, { nullable: true, description: 'The evaluation the weakness was found in' })
  reasonEvaluationId?: string | null;

  @Field(() => CoreValue, {
    nullable: true,
    description: 'The BerAKHLAK value whose weakness this answers',
  })
  reasonCoreValue?: CoreValue | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An IKI of the employee’s SKP whose weakness this answers',
  })
  reasonIndicatorId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to the programme’s JP' })
  jp?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;
}

@InputType({
  description:
    'Changes to an activity; only the fields given change. A DONE or CANCELLED activity changes only its outcome and evidence',
})
export class UpdateDevelopmentActivityInput {
  @Field(() => Int, { description: 'The version you read: a newer one means someone else saved' })
  version: number;

  @Field(() => ActivityStatus, {
    nullable: true,
    description:
      'New status: PLANNED and IN_PROGRESS may move to any other; DONE and CANCELLED are final',
  })
  status?: ActivityStatus;

  @Field(() => String, { nullable: true, description: 'What came of it, at most 4000 characters' })
  outcome?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) link, e.g. to the certificate' })
  evidenceUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'New title of a coaching or mentoring, 3 to 160 characters (a training keeps its programme’s)',
  })
  title?: string;

  @Field(() => String, { nullable: true, description: 'New reason, 10 to 4000 characters' })
  reason?: string;

  @Field(() => Int, { nullable: true, description: 'New JP, 0 to 200' })
  jp?: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is cancelled: required when cancelling a required pembinaan',
  })
  cancelReason?: string | null;
}
