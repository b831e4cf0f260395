import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Period } from '../cycle/cycle.enums';
import { Predicate, Rating } from '../evaluation/evaluation.enums';
import { Employee } from '../org/employee.entity';
import { EmploymentType } from '../org/org.enums';
import { CoreValue, IndicatorAspect } from '../plan/plan.enums';
import { ConnectionType } from '../../platform/graphql/pagination';
import { EffectChange, EffectMeasure, WeaknessKind } from './development.enums';
import { TrainingProgram } from './training-program.entity';

@ObjectType({ description: 'JP of one employee for one year, against the 20 JP right of a PNS' })
export class JpProgress {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'JP of activities not cancelled' })
  planned: number;

  @Field(() => Int, { description: 'JP of activities DONE' })
  done: number;

  @Field(() => Int, { nullable: true, description: '20 for PNS; null for PPPK' })
  target: number | null;

  @Field(() => Float, { nullable: true, description: 'done ÷ target, 0–1' })
  progress: number | null;

  @Field()
  belowTarget: boolean;

  @Field({ description: 'Below target while the year is running out (from 1 October) or over' })
  flagged: boolean;
}

@ObjectType({ description: 'Why a programme is recommended: one weakness of a recent evaluation' })
export class WeaknessReason {
  @Field(() => WeaknessKind)
  kind: WeaknessKind;

  @Field(() => ID)
  evaluationId: number;

  @Field(() => Int)
  cycleYear: number;

  @Field(() => Period)
  period: Period;

  @Field(() => CoreValue, { nullable: true })
  coreValue: CoreValue | null;

  @Field({ description: 'The value was rated DI_BAWAH_EKSPEKTASI' })
  ratedBelowExpectation: boolean;

  @Field(() => Int, { description: 'Improvement feedback on the value during that cycle' })
  improvementFeedbackCount: number;

  @Field(() => ID, { nullable: true })
  indicatorId: number | null;

  @Field(() => String, { nullable: true })
  indicatorDescription: string | null;

  @Field(() => IndicatorAspect, { nullable: true })
  aspect: IndicatorAspect | null;

  @Field(() => Float, { nullable: true, description: 'The indicator’s achievement (%)' })
  achievement: number | null;

  @Field(() => Predicate, { nullable: true })
  predicate: Predicate | null;

  @Field(() => Float, { description: 'How much it counts in the ranking' })
  weight: number;
}

@ObjectType()
export class TrainingRecommendation {
  @Field(() => TrainingProgram)
  program: TrainingProgram;

  @Field(() => Float)
  score: number;

  @Field(() => [WeaknessReason], { description: 'Strongest first' })
  reasons: WeaknessReason[];
}

@ObjectType({ description: 'A completed activity’s effect on one rating' })
export class ActivityEffect {
  @Field(() => EffectMeasure)
  measure: EffectMeasure;

  @Field(() => CoreValue, { nullable: true })
  coreValue: CoreValue | null;

  @Field(() => ID, { nullable: true })
  beforeEvaluationId: number | null;

  @Field(() => Int, { nullable: true })
  beforeCycleYear: number | null;

  @Field(() => Period, { nullable: true })
  beforePeriod: Period | null;

  @Field(() => Rating, { nullable: true })
  beforeRating: Rating | null;

  @Field(() => ID, { nullable: true })
  afterEvaluationId: number | null;

  @Field(() => Int, { nullable: true })
  afterCycleYear: number | null;

  @Field(() => Period, { nullable: true })
  afterPeriod: Period | null;

  @Field(() => Rating, { nullable: true })
  afterRating: Rating | null;

  @Field(() => EffectChange)
  change: EffectChange;
}

@ObjectType({ description: 'What one programme did to one rating, over everyone who completed it' })
export class ProgramEffect {
  @Field(() => TrainingProgram)
  program: TrainingProgram;

  @Field(() => EffectMeasure)
  measure: EffectMeasure;

  @Field(() => CoreValue, { nullable: true })
  coreValue: CoreValue | null;

  @Field(() => Int, { description: 'Activities DONE with this programme' })
  completions: number;

  @Field(() => Int, { description: 'Completions with a rating before and after' })
  measured: number;

  @Field(() => Int)
  improved: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int, { description: 'Rated DI_BAWAH_EKSPEKTASI before' })
  belowBefore: number;

  @Field(() => Int, { description: 'Of those, at or above expectation after' })
  belowToMeets: number;

  @Field({ description: 'False when fewer than 5 completions could be measured: too little data' })
  enoughData: boolean;
}

@ObjectType({ description: 'One employee’s JP for a year' })
export class EmployeeJp {
  @Field(() => ID)
  employeeId: number;

  @Field(() => Employee, { nullable: true })
  employee?: Employee | null;

  @Field(() => EmploymentType)
  employmentType: EmploymentType;

  @Field(() => JpProgress)
  jp: JpProgress;
}

export const EmployeeJpConnection = ConnectionType(EmployeeJp, 'EmployeeJp');

@ObjectType({ description: 'JP totals over the employees counted' })
export class JpTotals {
  @Field(() => Int)
  employees: number;

  @Field(() => Int)
  pns: number;

  @Field(() => Int)
  jpPlanned: number;

  @Field(() => Int)
  jpDone: number;

  @Field(() => Int, { description: 'PNS with fewer than 20 JP done' })
  pnsBelowTarget: number;
}

@ObjectType({ description: 'JP status of a team or the kecamatan for one year' })
export class JpOverview {
  @Field(() => Int)
  year: number;

  @Field({ description: 'From 1 October on, PNS below 20 JP are flagged' })
  yearRunningOut: boolean;

  @Field(() => JpTotals)
  totals: JpTotals;

  @Field(() => EmployeeJpConnection, { description: 'Below target first, then by name' })
  members: InstanceType<typeof EmployeeJpConnection>;
}

@ObjectType({
  description: 'JP totals of one group; for analysts, groups under 5 people are suppressed',
})
export class JpGroup {
  @Field()
  group: string;

  @Field()
  suppressed: boolean;

  @Field(() => Int, { nullable: true })
  employees: number | null;

  @Field(() => Int, { nullable: true })
  jpPlanned: number | null;

  @Field(() => Int, { nullable: true })
  jpDone: number | null;

  @Field(() => Int, { nullable: true })
  pnsBelowTarget: number | null;
}
