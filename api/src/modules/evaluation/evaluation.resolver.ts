import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { readableRows } from '../../platform/authz/field-guard';
import { parseId } from '../../platform/graphql/ids';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Employee } from '../org/employee.entity';
import { Period } from '../cycle/cycle.enums';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { WorkTarget } from '../plan/work-target.entity';
import { Evaluation } from './evaluation.entity';
import { IN_FORCE_STATUSES, Rating } from './evaluation.enums';
import { headedUnitPredicate } from './headed-unit-predicate';
import { EvaluationFeedback } from './evaluation-feedback.entity';
import { EvaluationFilter, SaveEvaluationInput } from './evaluation.inputs';
import { Objection, ObjectionDecision } from './objection.entity';
import { OrganizationPredicate } from './organization-predicate.entity';
import { EvaluationService } from './evaluation.service';

const QUARTER_PERIODS = [Period.TW1, Period.TW2, Period.TW3, Period.TW4];

export const EvaluationConnection = ConnectionType(Evaluation, 'Evaluation');

@Resolver(() => Evaluation)
export class EvaluationResolver {
  constructor(private readonly evaluationService: EvaluationService) {}

  @Query(() => Evaluation, {
    nullable: true,
    description: 'One evaluation (penilaian kinerja of a plan and period)',
  })
  evaluation(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The evaluation’s id' }) id: string,
  ) {
    return this.evaluationService.get(context, parseId(id, 'id'));
  }

  @Query(() => EvaluationConnection, {
    description: 'Evaluations the viewer may read; replaced revisions only on request',
  })
  evaluations(
    @Ctx() context: Context,
    @Arg('filter', () => EvaluationFilter, {
      nullable: true,
      description: 'Cycle, period, employee, evaluator and replaced revisions',
    })
    filter: EvaluationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return this.evaluationService.list(context, filter, page);
  }

  @Mutation(() => Evaluation, {
    description: 'Create or update (with `version`) the DRAFT evaluation of a plan and period',
  })
  saveEvaluation(
    @Ctx() context: Context,
    @Arg('input', () => SaveEvaluationInput, {
      description: 'Ratings, feedback and judgements of the plan’s period',
    })
    input: SaveEvaluationInput,
  ) {
    return this.evaluationService.save(context, input);
  }

  @Mutation(() => Evaluation, {
    description:
      'The pejabat penilai makes a DRAFT evaluation FINAL once its period has ended; the employee is notified',
  })
  finalizeEvaluation(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The evaluation’s id' }) id: string,
    @Arg('version', () => Int, {
      description: 'The evaluation’s version as read; a stale one is refused',
    })
    version: number,
    @Arg('reason', () => String, {
      nullable: true,
      description:
        'Required when indicators are unreported or the achievement is far from the chosen result rating; kept with the evaluation',
    })
    reason?: string | null,
  ) {
    return this.evaluationService.finalize(context, parseId(id, 'id'), version, reason);
  }

  @Mutation(() => Evaluation, {
    description: 'The evaluated employee confirms having read a FINAL evaluation',
  })
  acknowledgeEvaluation(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The evaluation’s id' }) id: string,
  ) {
    return this.evaluationService.acknowledge(context, parseId(id, 'id'));
  }

  @Mutation(() => Objection, {
    description: 'Keberatan against a FINAL annual evaluation, within 14 days',
  })
  fileObjection(
    @Ctx() context: Context,
    @Arg('evaluationId', () => ID, { description: 'The FINAL annual evaluation objected to' })
    evaluationId: string,
    @Arg('reason', { description: 'Why the employee objects' }) reason: string,
  ) {
    return this.evaluationService.fileObjection(
      context,
      parseId(evaluationId, 'evaluationId'),
      reason,
    );
  }

  @Mutation(() => Objection, {
    description:
      'The atasan pejabat penilai upholds (with revised ratings) or rejects an objection, after the pejabat penilai’s response or 7 days after filing',
  })
  resolveObjection(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The objection’s id' }) id: string,
    @Arg('decision', () => ObjectionDecision, { description: 'UPHELD or REJECTED' })
    decision: ObjectionDecision,
    @Arg('reason', { description: 'Why, for the employee and the audit log' }) reason: string,
    @Arg('resultRating', () => Rating, {
      nullable: true,
      description: 'The revised result rating (when upheld)',
    })
    resultRating?: Rating | null,
    @Arg('behaviorRating', () => Rating, {
      nullable: true,
      description: 'The revised behaviour rating (when upheld)',
    })
    behaviorRating?: Rating | null,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'The objection’s version as read; when given, a stale one is refused',
    })
    version?: number | null,
  ) {
    return this.evaluationService.resolveObjection(
      context,
      parseId(id, 'id'),
      decision,
      reason,
      { resultRating, behaviorRating },
      version,
    );
  }

  @FieldResolver(() => PerformancePlan, { nullable: true, description: 'The SKP evaluated' })
  plan(@Root() evaluation: Evaluation, @Ctx() context: Context) {
    return context.loaders.byId(PerformancePlan).load(evaluation.planId);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee evaluated' })
  employee(@Root() evaluation: Evaluation, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(evaluation.employeeId);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Pejabat penilai kinerja' })
  evaluator(@Root() evaluation: Evaluation, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(evaluation.evaluatorId);
  }

  @FieldResolver(() => PerformanceCycle, { nullable: true, description: 'The cycle (year)' })
  cycle(@Root() evaluation: Evaluation, @Ctx() context: Context) {
    return context.loaders.byId(PerformanceCycle).load(evaluation.cycleId);
  }

  @FieldResolver(() => [EvaluationFeedback], {
    nullable: true,
    description: 'Feedback per RHK and per BerAKHLAK value',
  })
  feedback(@Root() evaluation: Evaluation, @Ctx() context: Context) {
    return context.loaders
      .manyBy(EvaluationFeedback, 'evaluationId', { id: 'ASC' })
      .load(evaluation.id);
  }

  @FieldResolver(() => Evaluation, {
    nullable: true,
    description: 'The evaluation an upheld objection revised',
  })
  revisionOf(@Root() evaluation: Evaluation, @Ctx() context: Context) {
    return evaluation.revisionOfId === null
      ? null
      : context.loaders.byId(Evaluation).load(evaluation.revisionOfId);
  }

  @FieldResolver(() => Objection, {
    nullable: true,
    description: 'The keberatan (objection) filed against this evaluation, if any',
  })
  async objection(@Root() evaluation: Evaluation, @Ctx() context: Context) {
    return (await context.loaders.manyBy(Objection, 'evaluationId').load(evaluation.id))[0] ?? null;
  }

  @FieldResolver(() => OrganizationPredicate, {
    nullable: true,
    description:
      'For the head of a unit: the unit’s organisation predicate, the basis of the result rating',
  })
  organizationPredicate(@Root() evaluation: Evaluation, @Ctx() context: Context) {
    return headedUnitPredicate(context.loaders, evaluation);
  }
}

/** What the annual evaluation form reads off the plan, before and after its first save. */
@Resolver(() => PerformancePlan)
export class PlanEvaluationResolver {
  constructor(private readonly evaluationService: EvaluationService) {}

  @FieldResolver(() => [Evaluation], {
    nullable: true,
    description:
      'TW1–TW4: the FINAL (or acknowledged) evaluation in force of each quarter that has one, by period; a quarter without one is missing (belum dinilai). The annual suggestion draws on their result ratings',
  })
  async quarterEvaluations(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    // After a mutasi the quarters are spread over the cycle's SKPs: each has its own.
    const cyclePlans = (
      await context.loaders.manyBy(PerformancePlan, 'employeeId').load(plan.employeeId)
    )
      .filter((row) => row.cycleId === plan.cycleId)
      .map((row) => row.id);
    const current = await Promise.all(
      QUARTER_PERIODS.map(async (period) => {
        for (const planId of cyclePlans.length ? cyclePlans : [plan.id]) {
          const found = await this.evaluationService.currentFor(context.loaders, planId, period);
          if (found) return found;
        }
        return null;
      }),
    );
    const final = current.filter(
      (evaluation): evaluation is Evaluation =>
        evaluation !== null && IN_FORCE_STATUSES.includes(evaluation.status),
    );
    return readableRows(context, 'Evaluation', final);
  }

  @FieldResolver(() => OrganizationPredicate, {
    nullable: true,
    description:
      'For the head of a unit: the unit’s recorded organisation predicate for the plan’s cycle, which the annual suggestion follows',
  })
  organizationPredicate(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return headedUnitPredicate(context.loaders, plan);
  }
}

@Resolver(() => EvaluationFeedback)
export class EvaluationFeedbackResolver {
  @FieldResolver(() => WorkTarget, {
    nullable: true,
    description: 'The RHK (work target) the feedback is about; null for a core value',
  })
  workTarget(@Root() item: EvaluationFeedback, @Ctx() context: Context) {
    return item.workTargetId === null
      ? null
      : context.loaders.byId(WorkTarget).load(item.workTargetId);
  }
}

@Resolver(() => Objection)
export class ObjectionResolver {
  @FieldResolver(() => Evaluation, { nullable: true, description: 'The evaluation objected to' })
  evaluation(@Root() objection: Objection, @Ctx() context: Context) {
    return context.loaders.byId(Evaluation).load(objection.evaluationId);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee who objects' })
  employee(@Root() objection: Objection, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(objection.employeeId);
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'The atasan pejabat penilai who decided',
  })
  decider(@Root() objection: Objection, @Ctx() context: Context) {
    return objection.deciderId === null
      ? null
      : context.loaders.byId(Employee).load(objection.deciderId);
  }

  @FieldResolver(() => Evaluation, {
    nullable: true,
    description: 'The new revision an upheld objection created',
  })
  revisedEvaluation(@Root() objection: Objection, @Ctx() context: Context) {
    return objection.revisedEvaluationId === null
      ? null
      : context.loaders.byId(Evaluation).load(objection.revisedEvaluationId);
  }
}
