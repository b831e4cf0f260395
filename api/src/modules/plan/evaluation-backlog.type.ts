import { Field, Int, ObjectType } from 'type-graphql';
import { Period } from '../cycle/cycle.enums';

@ObjectType({ description: 'How many evaluations of one period are still to be made final' })
export class PeriodEvaluationBacklog {
  @Field(() => Period, { description: 'The period' })
  period: Period;

  @Field(() => Int, {
    description:
      'Approved SKP with a pejabat penilai and no final evaluation of the period (none yet, or a draft)',
  })
  pending: number;
}
