import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Period } from '../cycle/cycle.enums';
import { Predicate, Rating } from '../evaluation/evaluation.enums';
import { CoreValue, PlanStatus } from '../plan/plan.enums';
import { PredicateCount } from '../evaluation/calibration.types';

export enum DistributionGroupBy {
  UNIT = 'UNIT',
  RANK = 'RANK',
  POSITION_LEVEL = 'POSITION_LEVEL',
  EMPLOYMENT_TYPE = 'EMPLOYMENT_TYPE',
  GENDER = 'GENDER',
}
registerEnumType(DistributionGroupBy, { name: 'DistributionGroupBy' });

@ObjectType()
export class ValueFeedbackCount {
  @Field(() => CoreValue)
  coreValue: CoreValue;

  @Field(() => Rating)
  rating: Rating;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'One evaluated period of an employee' })
export class TrendPoint {
  @Field(() => Int)
  cycleYear: number;

  @Field(() => Period)
  period: Period;

  @Field(() => Predicate)
  predicate: Predicate;

  @Field(() => Int)
  predicateLevel: number;

  @Field(() => Rating)
  resultRating: Rating;

  @Field(() => Rating)
  behaviorRating: Rating;

  @Field(() => Float, { nullable: true })
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
  @Field(() => ID)
  employeeId: number;

  @Field(() => PlanStatus, { nullable: true, description: 'Null when no SKP exists for the cycle' })
  planStatus: PlanStatus | null;

  @Field(() => Predicate, { nullable: true })
  latestPredicate: Predicate | null;

  @Field(() => Period, { nullable: true })
  latestPeriod: Period | null;

  @Field(() => Float, { nullable: true })
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
}

@ObjectType()
export class PeriodDistribution {
  @Field(() => Period)
  period: Period;

  @Field(() => [PredicateCount])
  counts: PredicateCount[];
}

@ObjectType({ description: 'The team’s averages for one evaluated period' })
export class TeamTrendPoint {
  @Field(() => Int)
  cycleYear: number;

  @Field(() => Period)
  period: Period;

  @Field(() => Float)
  averagePredicateLevel: number;

  @Field(() => Float, { nullable: true })
  averageAchievement: number | null;

  @Field(() => Int)
  evaluated: number;
}

@ObjectType({ description: 'Something the viewer has to do' })
export class PendingAction {
  @Field({ description: 'APPROVE_PLAN, EVALUATE or DECIDE_OBJECTION' })
  kind: string;

  @Field(() => ID)
  employeeId: number;

  @Field(() => ID, { nullable: true })
  planId: number | null;

  @Field(() => Period, { nullable: true })
  period: Period | null;

  @Field(() => ID, { nullable: true })
  objectionId: number | null;
}

@ObjectType()
export class TeamDashboard {
  @Field(() => ID)
  unitId: number;

  @Field(() => ID)
  cycleId: number;

  @Field(() => [TeamMember])
  members: TeamMember[];

  @Field(() => [PeriodDistribution])
  predicateDistribution: PeriodDistribution[];

  @Field(() => [TeamTrendPoint])
  averageTrend: TeamTrendPoint[];

  @Field(() => [PendingAction])
  pendingActions: PendingAction[];
}

@ObjectType({
  description: 'One group of a de-identified distribution; groups under 5 people are suppressed',
})
export class DistributionGroup {
  @Field({ description: 'Unit name, golongan, level, type or gender' })
  group: string;

  @Field()
  suppressed: boolean;

  @Field(() => Int, { nullable: true })
  total: number | null;

  @Field(() => [PredicateCount], { nullable: true })
  counts: PredicateCount[] | null;
}

@ObjectType({ description: 'One top-level unit (with its sub-units) in the kecamatan summary' })
export class UnitSummary {
  @Field(() => ID)
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

  @Field(() => Float, { nullable: true })
  evaluationCompletion: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean achievement of the final evaluations of the cycle',
  })
  averageAchievement: number | null;

  @Field(() => [PredicateCount], { description: 'Final predicates of the cycle’s ended periods' })
  predicateCounts: PredicateCount[];
}
