import { subject as asSubject } from '@casl/ability';
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
import { parseId } from '../../platform/graphql/ids';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination';
import { Evaluation } from './evaluation.entity';
import { Objection, ObjectionStatus } from './objection.entity';
import { ExternalObjectionDecisionInput } from './objection.inputs';
import { canDecideFrom, daysSince, decideBy, decisionDaysLeft } from './utils/objection.util';
import { EvaluationService } from './evaluation.service';

export const ObjectionConnection = ConnectionType(Objection, 'Objection');

/** Who may act on an objection now: the subject CASL judges (its evaluator and its atasan). */
async function subjectOf(objection: Objection, context: Context) {
  const evaluation = await context.loaders.byId(Evaluation).load(objection.evaluationId);
  return asSubject('Objection', {
    ...objection,
    evaluatorId: evaluation?.evaluatorId ?? null,
  });
}

@Resolver(() => Objection)
export class ObjectionDecisionResolver {
  constructor(private readonly evaluationService: EvaluationService) {}

  @Query(() => Objection, { nullable: true, description: 'One keberatan (objection)' })
  objection(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The objection’s id' }) id: string,
  ) {
    return this.evaluationService.getObjection(context, parseId(id, 'id'));
  }

  @Query(() => ObjectionConnection, {
    description:
      'FILED objections waiting for the viewer’s decision, oldest first: as the atasan pejabat penilai, or (HR) to record the decision of an atasan outside the kecamatan',
  })
  objectionsToDecide(@Ctx() context: Context, @Args(() => PageArgs) page: PageArgs) {
    return this.evaluationService.objectionsWaiting(context, 'decide', page);
  }

  @Query(() => ObjectionConnection, {
    description:
      'FILED objections against the viewer’s evaluations (as pejabat penilai), oldest first',
  })
  objectionsToRespond(@Ctx() context: Context, @Args(() => PageArgs) page: PageArgs) {
    return this.evaluationService.objectionsWaiting(context, 'respond', page);
  }

  @Query(() => ObjectionConnection, {
    description:
      'Decided objections (UPHELD or REJECTED) the viewer may read, the latest filed first: the history beside what still waits',
  })
  objectionsDecided(@Ctx() context: Context, @Args(() => PageArgs) page: PageArgs) {
    return this.evaluationService.objectionsDecided(context, page);
  }

  @Mutation(() => Objection, {
    description:
      'The pejabat penilai’s response (tanggapan) to an objection against their evaluation, while it is FILED',
  })
  respondToObjection(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The objection’s id' }) id: string,
    @Arg('response', { description: 'The pejabat penilai’s answer to the objection' })
    response: string,
    @Arg('version', () => Int, {
      description: 'The objection’s version as read; a stale one is refused',
    })
    version: number,
  ) {
    return this.evaluationService.respondToObjection(context, parseId(id, 'id'), response, version);
  }

  @Mutation(() => Objection, {
    description:
      'HR records the decision of the atasan pejabat penilai outside the kecamatan (the evaluator has no supervisor in the system)',
  })
  recordExternalObjectionDecision(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The objection’s id' }) id: string,
    @Arg('input', () => ExternalObjectionDecisionInput, {
      description: 'The decision: who took it, when, its reference, reason and revised ratings',
    })
    input: ExternalObjectionDecisionInput,
    @Arg('version', () => Int, {
      description: 'The objection’s version as read; a stale one is refused',
    })
    version: number,
  ) {
    return this.evaluationService.recordExternalObjectionDecision(
      context,
      parseId(id, 'id'),
      input,
      version,
    );
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'From when the objection may be decided: the pejabat penilai’s response, or 7 days after filing without one',
  })
  canDecideFrom(@Root() objection: Objection) {
    return canDecideFrom(objection.filedAt, objection.respondedAt);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The last day (YYYY-MM-DD, Asia/Jakarta) to decide: 14 days after the response or the 7-day wait for it',
  })
  decideBy(@Root() objection: Objection) {
    return decideBy(objection.filedAt, objection.respondedAt);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Calendar days left to decide while FILED (0 on the last day, negative once passed; null once decided)',
  })
  decisionDaysLeft(@Root() objection: Objection, @Ctx() context: Context) {
    return objection.status === ObjectionStatus.FILED
      ? decisionDaysLeft(objection.filedAt, objection.respondedAt, context.now)
      : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Whole days since filing while FILED (null once decided)',
  })
  daysWaiting(@Root() objection: Objection, @Ctx() context: Context) {
    return objection.status === ObjectionStatus.FILED
      ? daysSince(objection.filedAt, context.now)
      : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'The atasan pejabat penilai is outside the kecamatan (no pejabat penilai of the evaluator in the system): HR records the decision',
  })
  decidedOutside(@Root() objection: Objection) {
    return objection.atasanId === null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'The viewer may respond now' })
  async viewerCanRespond(@Root() objection: Objection, @Ctx() context: Context) {
    if (objection.status !== ObjectionStatus.FILED) return false;
    return context.ability.can('respond', await subjectOf(objection, context));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'The viewer decides it (resolveObjection) once it may be decided',
  })
  async viewerCanDecide(@Root() objection: Objection, @Ctx() context: Context) {
    if (objection.status !== ObjectionStatus.FILED) return false;
    return context.ability.can('resolve', await subjectOf(objection, context));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'The viewer (HR) records the external decision (recordExternalObjectionDecision)',
  })
  async viewerCanRecordExternal(@Root() objection: Objection, @Ctx() context: Context) {
    if (objection.status !== ObjectionStatus.FILED) return false;
    return context.ability.can('recordExternal', await subjectOf(objection, context));
  }
}
