import { Field, ID, InputType, Int } from 'type-graphql';
import { CoreValue, IndicatorAspect } from '../plan/plan.enums';
import { ActivityKind, ActivityStatus, TrainingMode } from './development.enums';

@InputType()
export class CompetenciesInput {
  @Field(() => [CoreValue], { defaultValue: [] })
  coreValues: CoreValue[];

  @Field(() => [IndicatorAspect], { defaultValue: [] })
  aspects: IndicatorAspect[];
}

@InputType()
export class TrainingProgramInput {
  @Field({ description: 'Unique, e.g. PLT-KOM-01' })
  code: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => CompetenciesInput)
  competencies: CompetenciesInput;

  @Field(() => Int, { description: 'JP (1 JP = 45 minutes)' })
  hours: number;

  @Field()
  provider: string;

  @Field(() => TrainingMode)
  mode: TrainingMode;
}

@InputType()
export class TrainingProgramUpdate {
  @Field(() => Int, { description: 'The version you read: a newer one means someone else saved' })
  version: number;

  @Field({ nullable: true })
  code?: string;

  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => CompetenciesInput, { nullable: true })
  competencies?: CompetenciesInput;

  @Field(() => Int, { nullable: true })
  hours?: number;

  @Field({ nullable: true })
  provider?: string;

  @Field(() => TrainingMode, { nullable: true })
  mode?: TrainingMode;
}

@InputType()
export class TrainingProgramFilter {
  @Field({ nullable: true, description: 'In code or title' })
  search?: string;

  @Field(() => CoreValue, { nullable: true })
  coreValue?: CoreValue;

  @Field(() => IndicatorAspect, { nullable: true })
  aspect?: IndicatorAspect;

  @Field(() => TrainingMode, { nullable: true })
  mode?: TrainingMode;

  @Field({ nullable: true, defaultValue: false })
  includeRetired?: boolean;
}

@InputType()
export class AddDevelopmentActivityInput {
  @Field(() => ID)
  employeeId: string;

  @Field(() => ID)
  cycleId: string;

  @Field(() => ActivityKind)
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

  @Field(() => CoreValue, { nullable: true })
  reasonCoreValue?: CoreValue | null;

  @Field(() => ID, { nullable: true })
  reasonIndicatorId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to the programme’s JP' })
  jp?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;
}

@InputType()
export class UpdateDevelopmentActivityInput {
  @Field(() => Int, { description: 'The version you read: a newer one means someone else saved' })
  version: number;

  @Field(() => ActivityStatus, { nullable: true })
  status?: ActivityStatus;

  @Field(() => String, { nullable: true })
  outcome?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) link, e.g. to the certificate' })
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  reason?: string;

  @Field(() => Int, { nullable: true })
  jp?: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is cancelled: required when cancelling a required pembinaan',
  })
  cancelReason?: string | null;
}
