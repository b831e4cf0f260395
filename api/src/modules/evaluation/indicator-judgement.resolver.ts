import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { Indicator } from '../plan/indicator.entity';
import { Evaluation } from './evaluation.entity';
import { IndicatorJudgement } from './indicator-judgement.entity';

/** The evaluator's judgements of the KUALITATIF indicators, one batched statement per page. */
@Resolver(() => Evaluation)
export class EvaluationJudgementResolver {
  @FieldResolver(() => [IndicatorJudgement], {
    nullable: true,
    description:
      'The judgement of each KUALITATIF indicator for the period (DI_BAWAH / SESUAI / DI_ATAS_EKSPEKTASI); part of the suggestion',
  })
  judgements(@Root() evaluation: Evaluation, @Ctx() context: Context) {
    return context.loaders
      .manyBy(IndicatorJudgement, 'evaluationId', { id: 'ASC' })
      .load(evaluation.id);
  }
}

@Resolver(() => IndicatorJudgement)
export class IndicatorJudgementResolver {
  @FieldResolver(() => Indicator, {
    nullable: true,
    description: 'The KUALITATIF indicator judged',
  })
  indicator(@Root() judgement: IndicatorJudgement, @Ctx() context: Context) {
    return context.loaders.byId(Indicator).load(judgement.indicatorId);
  }
}
