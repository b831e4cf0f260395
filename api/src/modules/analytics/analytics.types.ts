import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Period } from '../cycle/cycle.enums';
import { Predicate, Rating } from '../evaluation/evaluation.enums';
import { CoreValue, PlanStatus } from '../plan/plan.enums';
import { PredicateCount } from '../evaluation/calibration.types';
import { Employee } from '../org/employee.entity';

export enum DistributionGroupBy {
  UNIT = 'UNIT',
  RANK = 'RANK',
  POSITION_LEVEL = 'POSITION_LEVEL',
  EMPLOYMENT_TYPE = 'EMPLOYMENT_TYPE',
  GENDER = 'GENDER',
}
registerEnumType(DistributionGroupBy, {
  name: 'DistributionGroupBy',
  description: 'What a de-identified distribution is grouped by',
  valuesConfig: {
    UNIT: { description: 'The unit kerja, by name' },
    RANK: { description: 'The golongan, e.g. III/a or IX' },
    POSITION_LEVEL: { description: 'The jabatan level, e.g. PELAKSANA' },
    EMPLOYMENT_TYPE: { description: 'PNS or PPPK' },
    GENDER: { description: 'Jenis kelamin' },
  },
});

@ObjectType({
  description: 'How often one BerAKHLAK value got one rating in an evaluation’s feedback',
})
export class ValueFeedbackCount {
  @Field(() => CoreValue, { description: 'The BerAKHLAK core value' })
  coreValue: CoreValue;

  @Field(() => Rating, { description: 'The rating given to it' })
  rating: Rating;

  @Field(() => Int, { description: 'Feedback items with this value and rating' })
  count: number;
}

@ObjectType({ description: 'One evaluated period of an employee' })
export class TrendPoint {
  @Field(() => Int, { description: 'Year of the cycle' })
  cycleYear: number;

  @Field(() => Period, { description: 'The period evaluated' })
  period: Period;

  @Field(() => Predicate, { description: 'Predikat kinerja of the final evaluation in force' })
  predicate: Predicate;

  @Field(() => Int, {
    description: 'The predicate as a number for charts: 5 (SANGAT_BAIK) … 1 (SANGAT_KURANG)',
  })
  predicateLevel: number;

  @Field(() => Rating, { description: 'Rating hasil kerja' })
  resultRating: Rating;

  @Field(() => Rating, { description: 'Rating perilaku kerja' })
  behaviorRating: Rating;

  @Field(() => Float, {
    nullable: true,
    description:
      'Plan achievement (%) for the period when the evaluation was last saved; null without reports',
  })
  achievement: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Productivity: mean achievement of KUANTITAS, WAKTU and BIAYA indicators',
  })
  productivity: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Quality of work: mean achievement of KUALITAS indicators',
  })
  qualityOfWork: number | null;

  @Field(() => Int, {
    description: 'Professional attitude: the behaviour rating as 1 (below) … 3 (above)',
  })
  professionalAttitude: number;

  @Field(() => [ValueFeedbackCount], {
    description: 'BerAKHLAK feedback of the evaluation, counted per value and rating',
  })
  behaviorFeedback: ValueFeedbackCount[];
}

@ObjectType({ description: 'A team member on the team dashboard' })
export class TeamMember {
  @Field(() => ID, { description: 'The member’s employee id' })
  employeeId: number;

  // Set by the service from the rows it read (and primed into the loader): no promise per member.
  @Field(() => Employee, { nullable: true, description: 'The team member' })
  employee?: Employee | null;

  @Field(() => PlanStatus, { nullable: true, description: 'Null when no SKP exists for the cycle' })
  planStatus: PlanStatus | null;

  @Field(() => Predicate, {
    nullable: true,
    description: 'Predicate of the member’s latest final evaluation in this cycle',
  })
  latestPredicate: Predicate | null;

  @Field(() => Period, { nullable: true, description: 'Period of that evaluation' })
  latestPeriod: Period | null;

  @Field(() => Float, { nullable: true, description: 'Achievement (%) of that evaluation' })
  latestAchievement: number | null;

  @Field(() => Int, {
    description:
      'Indicator reports missing for triwulan past their realisation due date (Cycle.deadlines)',
  })
  overdueRealizations: number;

  @Field(() => Int, {
    description:
      'Periods past their evaluation due date without a final evaluation (Cycle.deadlines)',
  })
  overdueEvaluations: number;

  @Field(() => [Int], {
    description: 'Predicate levels of every final evaluation, oldest first (sparkline)',
  })
  predicateLevels: number[];

  // Both absent when the operation asks for neither nor for memberPage: the service then skips the
  // JP join, and a non-null field resolved without them would be an error, never a wrong 0.
  @Field(() => Int, { description: 'JP (jam pelajaran) done in the cycle' })
  jpDone?: number;

  @Field({ description: 'A PNS with fewer JP done in the cycle than the yearly 20' })
  belowJpTarget?: boolean;
}

export enum TeamMemberSort {
  NAME = 'NAME',
  PREDICATE = 'PREDICATE',
  ACHIEVEMENT = 'ACHIEVEMENT',
  PLAN_STATUS = 'PLAN_STATUS',
  OVERDUE_REALIZATIONS = 'OVERDUE_REALIZATIONS',
  OVERDUE_EVALUATIONS = 'OVERDUE_EVALUATIONS',
  JP_DONE = 'JP_DONE',
}
registerEnumType(TeamMemberSort, {
  name: 'TeamMemberSort',
  description: 'The column a team member page is ordered by (ties by name)',
  valuesConfig: {
    NAME: { description: 'The member’s name' },
    PREDICATE: { description: 'The latest predicate’s level; none sorts lowest' },
    ACHIEVEMENT: { description: 'The latest achievement (%); none sorts lowest' },
    PLAN_STATUS: { description: 'The SKP status (none, draft, submitted, returned, approved)' },
    OVERDUE_REALIZATIONS: { description: 'Indicator reports past due' },
    OVERDUE_EVALUATIONS: { description: 'Evaluations past due' },
    JP_DONE: { description: 'JP done in the cycle' },
  },
});

@InputType({ description: 'Which team members a page holds; every condition given must hold' })
export class TeamMemberFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or of the NIP' })
  search?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Members of this unit or of one below it; a unit without visible members gives an empty page',
  })
  unitId?: string | null;

  @Field(() => PlanStatus, { nullable: true, description: 'SKP in this status' })
  planStatus?: PlanStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'True: no SKP for the cycle at all' })
  withoutPlan?: boolean | null;

  @Field(() => Predicate, { nullable: true, description: 'Latest predicate of the cycle' })
  predicate?: Predicate | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: realisation reports or evaluations past due; false: nothing past due',
  })
  late?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: PNS below the yearly JP target; false: everyone else',
  })
  belowJpTarget?: boolean | null;
}

@ObjectType({ description: 'One page of a team’s members, filtered and ordered' })
export class TeamMemberPage {
  @Field(() => Int, { description: 'Members matching the filter, over all pages' })
  totalCount: number;

  @Field(() => Int, { description: 'Position of the first member of this page' })
  offset: number;

  @Field(() => [TeamMember], { description: 'The members of this page, in order' })
  members: TeamMember[];
}

@ObjectType({
  description: 'How the team’s final predicates of one period are spread',
})
export class PeriodDistribution {
  @Field(() => Period, { description: 'The period' })
  period: Period;

  @Field(() => [PredicateCount], { description: 'Members per predicate, every predicate listed' })
  counts: PredicateCount[];
}

@ObjectType({ description: 'The team’s averages for one evaluated period' })
export class TeamTrendPoint {
  @Field(() => Int, { description: 'Year of the cycle' })
  cycleYear: number;

  @Field(() => Period, { description: 'The period' })
  period: Period;

  @Field(() => Float, {
    description: 'Mean predicate level (5 SANGAT_BAIK … 1 SANGAT_KURANG) of the final evaluations',
  })
  averagePredicateLevel: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean achievement (%) of those with one; null when none has',
  })
  averageAchievement: number | null;

  @Field(() => Int, { description: 'Members with a final evaluation for the period' })
  evaluated: number;
}

@ObjectType({ description: 'Something the viewer has to do' })
export class PendingAction {
  @Field({ description: 'APPROVE_PLAN, EVALUATE or DECIDE_OBJECTION' })
  kind: string;

  @Field(() => ID, { description: 'Whose plan, evaluation or objection it is' })
  employeeId: number;

  // Always a member of the team: set by the service from the members' rows, as on TeamMember.
  @Field(() => Employee, {
    nullable: true,
    description: 'The employee whose SKP, evaluation or objection waits',
  })
  employee?: Employee | null;

  @Field(() => ID, { nullable: true, description: 'The SKP concerned' })
  planId: number | null;

  @Field(() => Period, {
    nullable: true,
    description: 'EVALUATE and DECIDE_OBJECTION: the period concerned',
  })
  period: Period | null;

  @Field(() => ID, { nullable: true, description: 'DECIDE_OBJECTION: the objection to decide' })
  objectionId: number | null;
}

@ObjectType({
  description:
    'A unit’s team for one cycle: its members, their predicates and the viewer’s pending actions',
})
export class TeamDashboard {
  @Field(() => ID, { description: 'The unit (with its sub-units)' })
  unitId: number;

  @Field(() => ID, { description: 'The cycle' })
  cycleId: number;

  @Field(() => [TeamMember], {
    description: 'Active members the viewer may see as a team, by name',
  })
  members: TeamMember[];

  @Field(() => [PeriodDistribution], {
    description: 'Final predicates per period of the cycle, TW1 to ANNUAL',
  })
  predicateDistribution: PeriodDistribution[];

  @Field(() => [TeamTrendPoint], {
    description: 'Team averages per evaluated period, across cycles, oldest first',
  })
  averageTrend: TeamTrendPoint[];

  @Field(() => [PendingAction], { description: 'What the viewer has to do for these members' })
  pendingActions: PendingAction[];
}

@ObjectType({
  description: 'One group of a de-identified distribution; groups under 5 people are suppressed',
})
export class DistributionGroup {
  @Field({ description: 'Unit name, golongan, level, type or gender' })
  group: string;

  @Field({ description: 'True when the group has fewer than 5 people: only its name is shown' })
  suppressed: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Final evaluations counted in the group; null when suppressed',
  })
  total: number | null;

  @Field(() => [PredicateCount], {
    nullable: true,
    description: 'Evaluations per predicate; null when suppressed',
  })
  counts: PredicateCount[] | null;
}

@ObjectType({ description: 'One top-level unit (with its sub-units) in the kecamatan summary' })
export class UnitSummary {
  @Field(() => ID, { description: 'The top-level unit' })
  unitId: number;

  @Field(() => Int, { description: 'Active employees' })
  members: number;

  @Field(() => Int, { description: 'Employees with an approved SKP for the cycle' })
  approvedPlans: number;

  @Field(() => Float, { description: 'Approved SKP per active employee (%)' })
  planCompletion: number;

  @Field(() => Int, { description: 'Final evaluations of periods that have ended' })
  evaluationsDone: number;

  @Field(() => Int, { description: 'Evaluations due for periods that have ended' })
  evaluationsExpected: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Final evaluations done ÷ due (%); null when no period has ended',
  })
  evaluationCompletion: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean achievement of the final evaluations of the cycle',
  })
  averageAchievement: number | null;

  @Field(() => [PredicateCount], { description: 'Final predicates of the cycle’s ended periods' })
  predicateCounts: PredicateCount[];
}
