import { Field, Float, ObjectType } from 'type-graphql';
import { Period } from '../cycle/cycle.enums';

@ObjectType({ description: 'The target of an IKI for one triwulan, with its rencana aksi' })
export class PeriodTarget {
  @Field(() => Period, { description: 'The triwulan, TW1–TW4' })
  period: Period;

  @Field(() => Float, { nullable: true, description: 'Null for a KUALITATIF indicator' })
  target: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Rencana aksi: what will be done that quarter',
  })
  actionPlan: string | null;
}

@ObjectType({
  description:
    'An IKI in one period: achievement against that period’s target; the annual value derived from the quarters unless an annual report corrects it',
})
export class IndicatorPeriodResult {
  @Field(() => Period, { description: 'The triwulan, or ANNUAL for the year' })
  period: Period;

  @Field(() => Float, {
    nullable: true,
    description: 'The period’s target (ANNUAL: the annual target); null for a KUALITATIF indicator',
  })
  target: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The value achievement is measured on; null when not reported',
  })
  value: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'ANNUAL: the value made from the quarters by the aggregation',
  })
  derivedValue: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The report entered for the period (ANNUAL: a correction of the derived value)',
  })
  reportedValue: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'ANNUAL: the correction minus the derived value, when both exist',
  })
  correction: number | null;

  @Field(() => Boolean, {
    description:
      'False: belum dilaporkan (achievement is null, not 0 %); KUALITATIF: whether the period has a narrative',
  })
  reported: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Achievement (%) capped at 120; always null for a KUALITATIF indicator (judged)',
  })
  achievement: number | null;
}
