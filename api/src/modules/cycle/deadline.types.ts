import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { Employee } from '../org/employee.entity';
import { OverdueKind, Period } from './cycle.enums';

@ObjectType({ description: 'One period of a cycle with its reporting window and deadlines' })
export class PeriodDeadline {
  @Field(() => Period, { description: 'The period these dates belong to' })
  period: Period;

  @Field({ description: 'YYYY-MM-DD, Asia/Jakarta' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, Asia/Jakarta' })
  endsOn: string;

  @Field({
    description:
      'First day realisations and evaluation drafts may be saved (ANNUAL: 1 October, with TW4)',
  })
  reportingOpensOn: string;

  @Field({ description: 'Last day realisations may be reported' })
  reportingClosesOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'Realisations due by; null for ANNUAL (the year is derived from the quarters)',
  })
  realizationsDueOn: string | null;

  @Field({ description: 'The evaluation of the period is final by' })
  evaluationDueOn: string;

  @Field({
    description: 'First day the evaluation may be finalised: the day after the period ends',
  })
  finalizableFrom: string;
}

@ObjectType({
  description:
    'A cycle’s deadlines (tenggat) with the documented defaults filled in, and each period’s schedule',
})
export class CycleDeadlines {
  @Field({
    description:
      'SKP approved by (default: 31 January of the year); an SKP that starts later (the TMT of a mutasi) has as many days from its first day',
  })
  skpDueOn: string;

  @Field({ description: 'Annual evaluation final by (default: 31 January of the next year)' })
  annualEvaluationDueOn: string;

  @Field(() => Int, { description: 'Realisations due this many days after each triwulan ends' })
  realizationDueDays: number;

  @Field(() => Int, {
    description: 'Evaluations due this many days after each triwulan ends',
  })
  evaluationDueDays: number;

  @Field(() => Int, {
    description: 'Realisations may be reported until this many days after their period ends',
  })
  reportingWindowDays: number;

  @Field(() => [PeriodDeadline], {
    description: 'Each period’s dates and deadlines: TW1 to TW4, then ANNUAL',
  })
  schedule: PeriodDeadline[];
}

@InputType({ description: 'New deadlines of a cycle; a field left out keeps its value' })
export class CycleDeadlinesInput {
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD within the cycle year; null restores the default (31 January)',
  })
  skpDueOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD within the next year; null restores the default (31 January)',
  })
  annualEvaluationDueOn?: string | null;

  @Field(() => Int, { nullable: true, description: '0–90 days' })
  realizationDueDays?: number | null;

  @Field(() => Int, { nullable: true, description: '0–90 days, at least realizationDueDays' })
  reportingWindowDays?: number | null;

  @Field(() => Int, { nullable: true, description: '0–90 days' })
  evaluationDueDays?: number | null;
}

@ObjectType({ description: 'What is past its deadline about a plan or an evaluation' })
export class Overdue {
  @Field(() => OverdueKind, { description: 'What is late' })
  kind: OverdueKind;

  @Field(() => Period, { nullable: true, description: 'Null for the SKP itself' })
  period: Period | null;

  @Field({
    description:
      'The deadline, YYYY-MM-DD (Asia/Jakarta); for an SKP that starts with a mutasi, counted from its first day',
  })
  dueOn: string;

  @Field(() => Int, { description: 'Days since the deadline (the due day itself is not late)' })
  daysLate: number;
}

@ObjectType({ description: 'One overdue item of a unit: whose, what, since when, who must act' })
export class OverdueItem extends Overdue {
  employeeId: number;
  responsibleId: number;
  /** The SKP concerned; null when none was drafted. */
  planId: number | null;
  /** Set when the item is built from rows already read. */
  employeeRow?: Employee;
}

@ObjectType({ description: 'How many overdue items of one kind' })
export class OverdueCount {
  @Field(() => OverdueKind, { description: 'What is late' })
  kind: OverdueKind;

  @Field(() => Int, { description: 'Overdue items of this kind' })
  count: number;
}

@ObjectType({ description: 'The overdue items the viewer may see, most days late first' })
export class OverdueList {
  @Field(() => Int, { description: 'All items, also those beyond `items(first)`' })
  totalCount: number;

  @Field(() => Int, { description: 'People with at least one item' })
  employeeCount: number;

  @Field(() => [OverdueCount], { description: 'Items per kind (kinds without items left out)' })
  counts: OverdueCount[];

  /** Every item, most days late first; `items(first)` shows the head of it. */
  all: OverdueItem[];
}
