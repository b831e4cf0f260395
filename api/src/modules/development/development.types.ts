import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Period } from '../cycle/cycle.enums';
import { Predicate, Rating } from '../evaluation/evaluation.enums';
import { Employee } from '../org/employee.entity';
import { EmploymentType } from '../org/org.enums';
import { CoreValue, IndicatorAspect } from '../plan/plan.enums';
import { EffectChange, EffectMeasure, WeaknessKind } from './development.enums';
import { TrainingProgram } from './training-program.entity';

@ObjectType({ description: 'JP of one employee for one year, against the 20 JP right of a PNS' })
export class JpProgress {
  @Field(() => Int, { description: 'The cycle year' })
  year: number;

  @Field(() => Int, { description: 'JP of activities not cancelled' })
  planned: number;

  @Field(() => Int, { description: 'JP of activities DONE' })
  done: number;

  @Field(() => Int, { nullable: true, description: '20 for PNS; null for PPPK' })
  target: number | null;

  @Field(() => Float, { nullable: true, description: 'Done ÷ target, 0–1 (capped at 1)' })
  progress: number | null;

  @Field({ description: 'A PNS with fewer than 20 JP done; always false for PPPK' })
  belowTarget: boolean;

  @Field({ description: 'Below target while the year is running out (from 1 October) or over' })
  flagged: boolean;
}

@ObjectType({ description: 'Why a programme is recommended: one weakness of a recent evaluation' })
export class WeaknessReason {
  @Field(() => WeaknessKind, {
    description: 'What is weak: a core value, an indicator, or the predicate',
  })
  kind: WeaknessKind;

  @Field(() => ID, { description: 'The evaluation the weakness was found in' })
  evaluationId: number;

  @Field(() => Int, { description: 'Year of that evaluation' })
  cycleYear: number;

  @Field(() => Period, { description: 'Period of that evaluation' })
  period: Period;

  @Field(() => CoreValue, { nullable: true, description: 'CORE_VALUE: the weak BerAKHLAK value' })
  coreValue: CoreValue | null;

  @Field({ description: 'The value was rated DI_BAWAH_EKSPEKTASI' })
  ratedBelowExpectation: boolean;

  @Field(() => Int, { description: 'Improvement feedback on the value during that cycle' })
  improvementFeedbackCount: number;

  @Field(() => ID, { nullable: true, description: 'INDICATOR: the IKI that fell short' })
  indicatorId: number | null;

  @Field(() => String, { nullable: true, description: 'INDICATOR: what the IKI measures' })
  indicatorDescription: string | null;

  @Field(() => IndicatorAspect, { nullable: true, description: 'INDICATOR: the IKI’s aspect' })
  aspect: IndicatorAspect | null;

  @Field(() => Float, { nullable: true, description: 'The indicator’s achievement (%)' })
  achievement: number | null;

  @Field(() => Predicate, {
    nullable: true,
    description: 'PREDICATE: the low predicate (BUTUH_PERBAIKAN or lower)',
  })
  predicate: Predicate | null;

  @Field(() => Float, { description: 'How much it counts in the ranking' })
  weight: number;
}

@ObjectType({ description: 'A catalogue programme recommended for an employee, with why' })
export class TrainingRecommendation {
  @Field(() => TrainingProgram, {
    description: 'The recommended programme (not retired, not already planned or done)',
  })
  program: TrainingProgram;

  @Field(() => Float, {
    description: 'Sum of the weights of the weaknesses it addresses; higher ranks first',
  })
  score: number;

  @Field(() => [WeaknessReason], { description: 'Strongest first' })
  reasons: WeaknessReason[];
}

@ObjectType({ description: 'A completed activity’s effect on one rating' })
export class ActivityEffect {
  @Field(() => EffectMeasure, {
    description: 'Which rating is compared: a core value’s or the result rating',
  })
  measure: EffectMeasure;

  @Field(() => CoreValue, { nullable: true, description: 'CORE_VALUE: the value compared' })
  coreValue: CoreValue | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The nearest evaluation whose period ended by the completion day',
  })
  beforeEvaluationId: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of that evaluation' })
  beforeCycleYear: number | null;

  @Field(() => Period, { nullable: true, description: 'Period of that evaluation' })
  beforePeriod: Period | null;

  @Field(() => Rating, { nullable: true, description: 'The rating in that evaluation' })
  beforeRating: Rating | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The nearest evaluation whose period began after the completion day',
  })
  afterEvaluationId: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of that evaluation' })
  afterCycleYear: number | null;

  @Field(() => Period, { nullable: true, description: 'Period of that evaluation' })
  afterPeriod: Period | null;

  @Field(() => Rating, { nullable: true, description: 'The rating in that evaluation' })
  afterRating: Rating | null;

  @Field(() => EffectChange, {
    description: 'How the rating moved; NO_DATA without both evaluations',
  })
  change: EffectChange;
}

@ObjectType({ description: 'What one programme did to one rating, over everyone who completed it' })
export class ProgramEffect {
  @Field(() => TrainingProgram, { description: 'The programme' })
  program: TrainingProgram;

  @Field(() => EffectMeasure, {
    description: 'Which rating is compared: a core value’s or the result rating',
  })
  measure: EffectMeasure;

  @Field(() => CoreValue, { nullable: true, description: 'CORE_VALUE: the value compared' })
  coreValue: CoreValue | null;

  @Field(() => Int, { description: 'Activities DONE with this programme' })
  completions: number;

  @Field(() => Int, { description: 'Completions with a rating before and after' })
  measured: number;

  @Field(() => Int, { description: 'Measured completions whose rating rose' })
  improved: number;

  @Field(() => Int, { description: 'Measured completions whose rating stayed' })
  unchanged: number;

  @Field(() => Int, { description: 'Measured completions whose rating fell' })
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
  @Field(() => ID, { description: 'The employee’s id' })
  employeeId: number;

  @Field(() => Employee, {
    nullable: true,
    description: 'The employee (fields follow the viewer’s rights)',
  })
  employee?: Employee | null;

  @Field(() => EmploymentType, { description: 'PNS or PPPK: only PNS have the 20 JP right' })
  employmentType: EmploymentType;

  @Field(() => JpProgress, { description: 'JP planned and done in the year' })
  jp: JpProgress;
}

/** The column a page of JP members is ordered by; ties by name, then id. */
export enum JpMemberSort {
  NAME = 'NAME',
  UNIT = 'UNIT',
  EMPLOYMENT_TYPE = 'EMPLOYMENT_TYPE',
  JP_DONE = 'JP_DONE',
  JP_PLANNED = 'JP_PLANNED',
  JP_REMAINING = 'JP_REMAINING',
}
registerEnumType(JpMemberSort, {
  name: 'JpMemberSort',
  description: 'The column a page of JP members is ordered by (ties by name, then id)',
  valuesConfig: {
    NAME: { description: 'The employee’s name' },
    UNIT: { description: 'The name of the employee’s unit' },
    EMPLOYMENT_TYPE: { description: 'PNS or PPPK' },
    JP_DONE: { description: 'JP of activities DONE in the year' },
    JP_PLANNED: { description: 'JP of activities not cancelled in the year' },
    JP_REMAINING: {
      description:
        'JP still missing to the 20 JP target (0 once reached); those without a target (PPPK) sort lowest',
    },
  },
});

@ObjectType({ description: 'One page of the employees counted, filtered and ordered' })
export class JpMemberPage {
  @Field(() => Int, { description: 'Employees matching the filters, over all pages' })
  totalCount: number;

  @Field(() => Int, { description: 'Position of the first employee of this page' })
  offset: number;

  @Field(() => [EmployeeJp], { description: 'The employees of this page, in order' })
  members: EmployeeJp[];
}

/** What a JP overview was asked for: its member page and units are read within the same scope. */
export interface JpScope {
  cycleId: number;
  year: number;
  unitId: number | null;
  belowTargetOnly: boolean;
  search: string | null;
}

@ObjectType({ description: 'JP totals over the employees counted' })
export class JpTotals {
  @Field(() => Int, { description: 'Active employees counted' })
  employees: number;

  @Field(() => Int, { description: 'Of those, PNS' })
  pns: number;

  @Field(() => Int, { description: 'JP of activities not cancelled, summed' })
  jpPlanned: number;

  @Field(() => Int, { description: 'JP of activities DONE, summed' })
  jpDone: number;

  @Field(() => Int, { description: 'PNS with fewer than 20 JP done' })
  pnsBelowTarget: number;
}

@ObjectType({ description: 'JP status of a team or the kecamatan for one year' })
export class JpOverview {
  @Field(() => Int, { description: 'The cycle year' })
  year: number;

  @Field({ description: 'From 1 October on, PNS below 20 JP are flagged' })
  yearRunningOut: boolean;

  /** The arguments the overview was read with (not in the schema). */
  scope: JpScope;
}

@ObjectType({
  description: 'JP totals of one group; for analysts, groups under 5 people are suppressed',
})
export class JpGroup {
  @Field({
    description: 'The group: unit name, golongan, jabatan level, employment type or gender',
  })
  group: string;

  @Field({ description: 'True when the group has fewer than 5 people and the counts are hidden' })
  suppressed: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Active employees in the group; null when suppressed',
  })
  employees: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'JP of activities not cancelled; null when suppressed',
  })
  jpPlanned: number | null;

  @Field(() => Int, { nullable: true, description: 'JP of activities DONE; null when suppressed' })
  jpDone: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'PNS with fewer than 20 JP done; null when suppressed',
  })
  pnsBelowTarget: number | null;
}

@ObjectType({
  description:
    'What retiring a programme would do: it is no longer offered or recommended; activities that name it stay',
})
export class ProgramRetirementPreview {
  @Field(() => ID, { description: 'The programme' })
  programId: number;

  @Field(() => Int, {
    description:
      'Activities with the programme still PLANNED or IN_PROGRESS: they stay in their plans and can still be completed',
  })
  openActivities: number;

  @Field(() => Int, { description: 'People with such an activity' })
  openEmployees: number;

  @Field(() => Int, { description: 'People who completed the programme (their history is kept)' })
  completedEmployees: number;
}
