import { subject as asSubject } from '@casl/ability';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { recordAudit } from '../../platform/audit/audit.service';
import { rulesToSql } from '../../platform/authz/rules-to-sql';
import {
  assertNoProblems,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
  staleVersion,
} from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { lengthProblem, textProblems } from '../../platform/graphql/text';
import { type Connection, newestFirst, type PageArgs } from '../../platform/graphql/pagination';
import { ReadableRows } from '../../platform/database/readable-rows';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { CycleStatus, Period } from '../cycle/cycle.enums';
import { recountUnitsOfEmployees } from './unit-counts';
import { assertFinalizable, evaluationDraftProblem } from '../cycle/timing';
import { jakartaDate } from '../cycle/utils/periods.util';
import { notify } from '../feedback/notices';
import { Employee } from '../org/employee.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { planPeriodSummary } from '../plan/plan-achievement';
import { PlanStatus } from '../plan/plan.enums';
import { WorkTarget } from '../plan/work-target.entity';
import type { Loaders } from '../../platform/graphql/loaders';
import { Evaluation } from './evaluation.entity';
import { evaluationSqlFields, objectionSqlFields } from './evaluation.permissions';
import {
  EvaluationStatus,
  IN_FORCE_STATUSES,
  type OrganizationPredicateValue,
  type Rating,
} from './evaluation.enums';
import { EvaluationFeedback } from './evaluation-feedback.entity';
import { IndicatorJudgement } from './indicator-judgement.entity';
import type { EvaluationFilter, SaveEvaluationInput } from './evaluation.inputs';
import { Objection, ObjectionDecision, ObjectionStatus } from './objection.entity';
import type { ExternalObjectionDecisionInput } from './objection.inputs';
import {
  canDecideFrom,
  decisionNoticeMessage,
  decideBy,
  DECISION_DAYS,
  decisionRefusal,
  externalDecisionDateProblem,
  responseNoticeMessage,
} from './utils/objection.util';
import { computePredicate } from './utils/predicate.util';
import { suggestEvaluation } from './utils/suggestion.util';
import { type UnusualFinalization, unusualFinalization } from './utils/finalization.util';
import { OrganizationPredicate } from './organization-predicate.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { lockedRow } from '../../platform/database/row-lock';
import { runTransaction } from '../../platform/database/transaction';
import { updateVersioned } from '../../platform/database/versioned-update';
import { syncRequiredCoaching } from '../development/required-coaching';
import { refreshTrainingEffects } from '../development/training-effects';
import { PejabatPenilaiService } from '../staffing/pejabat-penilai.service';
import { resolveAtasanPejabatPenilai } from '../staffing/utils/pejabat-penilai.util';
import { periodOutsidePlanProblem } from '../staffing/utils/staffing-dates.util';

import {
  evaluationFinalNotice,
  OBJECTION_WINDOW_DAYS,
  objectionFiledNotice,
} from '../feedback/utils/notice-text.util';
import { heldCycle } from '../cycle/held-cycle';

export { OBJECTION_WINDOW_DAYS };

/** Finalising an unusual evaluation without a written reason: names what makes it unusual. */
function finalizationReasonRequired(
  unusual: UnusualFinalization[],
  evaluation: Pick<Evaluation, 'achievement' | 'unreportedIndicators' | 'resultRating'>,
): FieldProblem {
  return {
    field: 'reason',
    reason: 'FINALIZATION_REASON_REQUIRED',
    message: `is required to finalise with ${unusual.join(' and ')}`,
    params: {
      causes: unusual.join(','),
      unreportedIndicators: evaluation.unreportedIndicators ?? 0,
      achievement: evaluation.achievement ?? '',
      resultRating: evaluation.resultRating,
    },
  };
}

const alreadyDecided = () => conflict('ALREADY_DECIDED', 'This objection was decided already');

const requiredToUphold = (field: string): FieldProblem => ({
  field,
  reason: 'REQUIRED_TO_UPHOLD',
  message: 'is required to uphold an objection',
});

/** Checks a decision's reason and ratings (adding to `problems`); returns the trimmed reason. */
function decisionProblems(
  decision: ObjectionDecision,
  reason: string,
  ratings: { resultRating?: Rating | null; behaviorRating?: Rating | null },
  problems: FieldProblem[],
): string {
  const text = reason.trim();
  problems.push(...textProblems('reason', text, { min: 10, max: 4000 }));
  if (decision === ObjectionDecision.UPHELD) {
    if (!ratings.resultRating) problems.push(requiredToUphold('resultRating'));
    if (!ratings.behaviorRating) problems.push(requiredToUphold('behaviorRating'));
  }
  assertNoProblems(problems);
  return text;
}
const EVALUABLE_CYCLE = [CycleStatus.ACTIVE, CycleStatus.CALIBRATION];

/** Evaluations are drafted and finalised while the cycle is ACTIVE or in CALIBRATION. */
function assertEvaluationsOpen(cycle: PerformanceCycle) {
  if (!EVALUABLE_CYCLE.includes(cycle.status))
    throw conflict(
      'EVALUATIONS_CLOSED',
      `The ${cycle.year} cycle is ${cycle.status}: evaluations are closed`,
      { year: cycle.year, status: cycle.status },
    );
}
const QUARTER_PERIODS = [Period.TW1, Period.TW2, Period.TW3, Period.TW4];

const textOrNull = (value: string | null | undefined) => value?.trim() || null;

/** Each judgement names a KUALITATIF indicator of the plan being evaluated, at most once. */
function judgementProblems(
  input: SaveEvaluationInput,
  qualitativeIndicatorIds: readonly number[],
): FieldProblem[] {
  const seen = new Set<number>();
  return (input.judgements ?? []).flatMap((item, index): FieldProblem[] => {
    const field = `judgements[${index}].indicatorId`;
    const id = Number(item.indicatorId);
    if (!qualitativeIndicatorIds.includes(id))
      return [
        {
          field,
          reason: 'NOT_QUALITATIVE_INDICATOR',
          message: 'must be a KUALITATIF indicator of this plan',
        },
      ];
    if (seen.has(id)) return [{ field, reason: 'REPEATED', message: 'appears twice' }];
    seen.add(id);
    return [];
  });
}

export class EvaluationService {
  private readonly evaluations: ReadableRows<Evaluation>;
  private readonly objections: ReadableRows<Objection>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly pejabatPenilai = new PejabatPenilaiService(),
  ) {
    const fields = evaluationSqlFields('evaluation');
    this.evaluations = new ReadableRows(dataSource, Evaluation, 'evaluation', fields);
    // An objection reads as the evaluation it objects to.
    const objectionFields = objectionSqlFields('evaluation', 'objection');
    this.objections = new ReadableRows(
      dataSource,
      Objection,
      'objection',
      objectionFields,
      (query) =>
        query.innerJoin(Evaluation, 'evaluation', 'evaluation.id = objection.evaluationId'),
    );
  }

  list(
    context: Context,
    filter: EvaluationFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<Evaluation>> {
    return this.evaluations.list(context.ability, page, {
      filter,
      ids: {
        cycleId: 'evaluation.cycleId',
        employeeId: 'evaluation.employeeId',
        evaluatorId: { where: 'evaluation.evaluatorId = :evaluatorId', field: 'evaluator' },
      },
      narrow: (query) => {
        if (!filter?.includeSuperseded) query.andWhere('evaluation.supersededAt IS NULL');
        if (filter?.period)
          query.andWhere('evaluation.period = :period', { period: filter.period });
      },
    });
  }

  get(context: Context, id: number): Promise<Evaluation> {
    return this.evaluations.get(context.ability, id);
  }

  /** Creates or updates the DRAFT evaluation of a plan and period; only the plan's evaluator may. */
  async save(context: Context, input: SaveEvaluationInput): Promise<Evaluation> {
    const planId = parseId(input.planId, 'planId');
    const found = await this.dataSource.getRepository(PerformancePlan).findOneBy({ id: planId });
    if (!found) throw notFound('PerformancePlan', planId);
    // A Plt/Plh term may have begun or ended since the plan's pejabat penilai was last set.
    const plan = await runTransaction(this.dataSource, (manager) =>
      this.pejabatPenilai.current(manager, found, { now: context.now, actor: context.viewer }),
    );
    this.assertEvaluator(context, plan);
    const cycle = await this.dataSource
      .getRepository(PerformanceCycle)
      .findOneByOrFail({ id: plan.cycleId });
    if (plan.status !== PlanStatus.APPROVED)
      throw conflict('PLAN_NOT_APPROVED', 'Only an approved SKP can be evaluated');
    assertEvaluationsOpen(cycle);
    // Numeric indicators give the achievement (unreported ones left out of the mean); the
    // qualitative ones are judged here, and both go into the suggestion.
    const evidence = await planPeriodSummary({
      plan,
      period: input.period,
      loaders: context.loaders,
    });
    const problems = [
      ...(await this.feedbackProblems(input, plan)),
      ...judgementProblems(input, evidence.qualitativeIndicatorIds),
    ];
    // After a mutasi each period belongs to the SKP in force on its last day.
    const outside = periodOutsidePlanProblem(cycle.year, input.period, plan);
    if (outside) problems.push(outside);
    // A draft once the period has started; finalising waits for its end (finalize).
    const notStarted = evaluationDraftProblem(cycle, input.period, context.now);
    if (notStarted) problems.push(notStarted);
    const summary = textOrNull(input.summary);
    if (summary) problems.push(...textProblems('summary', summary, { max: 4000 }));
    assertNoProblems(problems);

    const { achievement, reportedNumeric, unreportedNumeric, qualitativeIndicatorIds } = evidence;
    const judged = new Map(
      (input.judgements ?? []).map((item) => [Number(item.indicatorId), item.rating]),
    );
    // Left out of the suggestion, counted beside it: numeric ones belum dilaporkan, qualitative ones unjudged.
    const unreportedIndicators =
      unreportedNumeric + qualitativeIndicatorIds.filter((id) => !judged.has(id)).length;
    const suggestion = await this.suggestionFor(plan, cycle, input.period, {
      achievement,
      reportedNumeric,
      judgements: [...judged.values()],
    });
    const suggestedResultRating = suggestion.rating;
    const values = {
      resultRating: input.resultRating,
      behaviorRating: input.behaviorRating,
      ...computePredicate(input),
      achievement,
      unreportedIndicators,
      suggestedResultRating,
      suggestionBasis: suggestion.basis,
      differsFromSuggestion:
        suggestedResultRating !== null && suggestedResultRating !== input.resultRating,
      summary,
    };
    const id = await runTransaction(this.dataSource, async (manager) => {
      // Read again, held: the cycle may have moved on since, and must not while this is saved.
      assertEvaluationsOpen(await heldCycle(manager, plan.cycleId));
      const current = await manager.findOne(Evaluation, {
        where: { planId, period: input.period },
        order: { revision: 'DESC' },
      });
      let evaluationId: number;
      // A version means the client read a saved draft: with none saved, its view is stale.
      if (!current && input.version !== undefined && input.version !== null)
        throw staleVersion(
          `No evaluation for ${input.period} of this plan was saved (your version ${input.version} is stale); reload and try again`,
        );
      // Of two concurrent first saves, the unique (plan, period, revision) refuses one: DUPLICATE.
      if (!current) {
        const inserted = await manager.insert(Evaluation, {
          ...values,
          planId,
          period: input.period,
          employeeId: plan.employeeId,
          cycleId: plan.cycleId,
          evaluatorId: plan.evaluatorId!,
          evaluatorCapacity: plan.evaluatorCapacity,
          status: EvaluationStatus.DRAFT,
          revision: 0,
        });
        evaluationId = Number(inserted.identifiers[0].id);
      } else {
        if (current.status !== EvaluationStatus.DRAFT)
          throw conflict(
            'EVALUATION_NOT_DRAFT',
            'A FINAL evaluation changes only through an upheld objection',
            { status: current.status },
          );
        if (input.version === undefined || input.version === null) {
          throw staleVersion(
            `An evaluation for ${input.period} exists already (version ${current.version}); send its version to update it`,
          );
        }
        await this.conditionalUpdate(
          manager,
          current.id,
          input.version,
          [EvaluationStatus.DRAFT],
          values,
        );
        evaluationId = current.id;
      }
      // A new annual draft, or one whose predicate changed, changes the unit's calibration counts
      // (a draft is not in force: the result totals do not count it).
      if (input.period === Period.ANNUAL && current?.predicate !== values.predicate)
        await recountUnitsOfEmployees(manager, [plan.employeeId], plan.cycleId);
      await this.replaceFeedback(manager, evaluationId, input);
      await manager.delete(IndicatorJudgement, { evaluationId });
      if (judged.size)
        await manager.insert(
          IndicatorJudgement,
          [...judged].map(([indicatorId, rating]) => ({ evaluationId, indicatorId, rating })),
        );
      await recordAudit(manager, {
        actor: context.viewer,
        action: current ? 'evaluation.update' : 'evaluation.create',
        entity: 'Evaluation',
        entityId: evaluationId,
        before: current,
        after: {
          ...(await manager.findOneByOrFail(Evaluation, { id: evaluationId })),
          judgements: Object.fromEntries(judged),
        },
      });
      return evaluationId;
    });
    return this.dataSource.getRepository(Evaluation).findOneByOrFail({ id });
  }

  async finalize(
    context: Context,
    id: number,
    version: number,
    reason?: string | null,
  ): Promise<Evaluation> {
    const finalizationReason = textOrNull(reason);
    if (finalizationReason)
      assertNoProblems(textProblems('reason', finalizationReason, { max: 4000 }));
    await runTransaction(this.dataSource, async (manager) => {
      const evaluation = await this.load(manager, id);
      const { plan, actingUnitId } = await this.pejabatPenilai.signer(
        manager,
        await manager.findOneByOrFail(PerformancePlan, { id: evaluation.planId }),
        { now: context.now, actor: context.viewer },
      );
      this.assertEvaluator(context, plan);
      if (evaluation.status !== EvaluationStatus.DRAFT)
        throw conflict('EVALUATION_NOT_DRAFT', `This evaluation is ${evaluation.status} already`, {
          status: evaluation.status,
        });
      const cycle = await heldCycle(manager, evaluation.cycleId);
      assertEvaluationsOpen(cycle);
      assertFinalizable(cycle, evaluation.period, context.now);
      const unusual = unusualFinalization({
        achievement: evaluation.achievement,
        unreportedIndicators: evaluation.unreportedIndicators,
        resultRating: evaluation.resultRating,
        exceedsThreshold: cycle.exceedsThreshold,
        meetsThreshold: cycle.meetsThreshold,
      });
      if (unusual.length > 0 && !finalizationReason)
        assertNoProblems([finalizationReasonRequired(unusual, evaluation)]);
      await this.conditionalUpdate(manager, id, version, [EvaluationStatus.DRAFT], {
        status: EvaluationStatus.FINAL,
        finalizedAt: context.now,
        finalizationReason,
        // Signed by whoever is pejabat penilai now, in the capacity they hold today (and, as
        // Plt/Plh, for whose post: a keberatan goes to that post's pejabat penilai).
        evaluatorId: plan.evaluatorId!,
        evaluatorCapacity: plan.evaluatorCapacity,
        evaluatorActingUnitId: actingUnitId,
      });
      // In force from now: the unit's result totals count it.
      await recountUnitsOfEmployees(manager, [evaluation.employeeId], evaluation.cycleId);
      // Starts the clock: an annual evaluation's notice names the last day for a keberatan.
      await notify(
        manager,
        [
          evaluationFinalNotice({
            evaluationId: id,
            employeeId: evaluation.employeeId,
            period: evaluation.period,
            year: cycle.year,
            finalizedAt: context.now,
          }),
        ],
        context.now,
      );
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'evaluation.finalize',
        entity: 'Evaluation',
        entityId: id,
        before: { status: evaluation.status },
        after: {
          status: EvaluationStatus.FINAL,
          ...(unusual.length > 0 ? { unusual } : {}),
          finalizationReason,
        },
        reason: finalizationReason,
      });
      await refreshTrainingEffects(manager, [evaluation.employeeId]);
      if (evaluation.period === Period.ANNUAL)
        await this.syncCoaching(context, manager, evaluation);
    });
    return this.get(context, id);
  }

  async acknowledge(context: Context, id: number): Promise<Evaluation> {
    await runTransaction(this.dataSource, async (manager) => {
      const evaluation = await this.load(manager, id);
      this.assertOwner(context, evaluation);
      if (evaluation.status !== EvaluationStatus.FINAL)
        throw conflict(
          'EVALUATION_NOT_FINAL',
          `Only a FINAL evaluation can be acknowledged (this one is ${evaluation.status})`,
          { status: evaluation.status },
        );
      await this.conditionalUpdate(manager, id, evaluation.version, [EvaluationStatus.FINAL], {
        status: EvaluationStatus.ACKNOWLEDGED,
        acknowledgedAt: new Date(),
      });
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'evaluation.acknowledge',
        entity: 'Evaluation',
        entityId: id,
      });
    });
    return this.get(context, id);
  }

  async fileObjection(context: Context, evaluationId: number, reason: string): Promise<Objection> {
    const text = reason.trim();
    assertNoProblems(textProblems('reason', text, { min: 10, max: 4000 }));
    return runTransaction(this.dataSource, async (manager) => {
      // One objection per evaluation: two filed at once wait for each other here.
      await lockedRow(manager, Evaluation, evaluationId);
      const evaluation = await this.load(manager, evaluationId);
      this.assertOwner(context, evaluation);
      if (evaluation.period !== Period.ANNUAL)
        throw conflict(
          'OBJECTION_ANNUAL_ONLY',
          'Objections are filed against the annual evaluation only',
        );
      if (
        ![EvaluationStatus.FINAL, EvaluationStatus.ACKNOWLEDGED].includes(evaluation.status) ||
        evaluation.supersededAt
      ) {
        throw conflict(
          'OBJECTION_NOT_IN_FORCE',
          'Objections are filed against a FINAL evaluation in force',
        );
      }
      const deadline = evaluation.finalizedAt!.getTime() + OBJECTION_WINDOW_DAYS * 24 * 3600 * 1000;
      if (context.now.getTime() > deadline) {
        const closedOn = jakartaDate(new Date(deadline));
        throw conflict(
          'OBJECTION_WINDOW_CLOSED',
          `The ${OBJECTION_WINDOW_DAYS}-day window for objections closed on ${closedOn}`,
          { closedOn, days: OBJECTION_WINDOW_DAYS },
        );
      }
      if (await manager.existsBy(Objection, { evaluationId }))
        throw conflict(
          'OBJECTION_EXISTS',
          'An objection against this evaluation was filed already',
        );
      // Its atasan pejabat penilai, by the same rule as the pejabat penilai, for the post signed for.
      const { evaluatorId, evaluatorActingUnitId: actingUnitId } = evaluation;
      const date = jakartaDate(context.now);
      const facts = await this.pejabatPenilai.facts(manager, [evaluatorId], date);
      const inserted = await manager.insert(Objection, {
        evaluationId,
        employeeId: evaluation.employeeId,
        reason: text,
        status: ObjectionStatus.FILED,
        filedAt: context.now,
        atasanId: resolveAtasanPejabatPenilai({ facts, evaluatorId, actingUnitId, date }),
      });
      const id = Number(inserted.identifiers[0].id);
      const employee = await manager.findOneByOrFail(Employee, { id: evaluation.employeeId });
      const cycle = await manager.findOneByOrFail(PerformanceCycle, { id: evaluation.cycleId });
      await notify(
        manager,
        [
          objectionFiledNotice({
            objectionId: id,
            evaluatorId: evaluation.evaluatorId,
            employeeName: employee.name,
            year: cycle.year,
          }),
        ],
        context.now,
      );
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'objection.file',
        entity: 'Objection',
        entityId: id,
        reason: text,
      });
      return manager.findOneByOrFail(Objection, { id });
    });
  }

  /**
   * The objection, its evaluation and the evaluator (the pejabat penilai), in `manager`; a FILED
   * objection's atasan pejabat penilai re-read first (an acting term may have begun or ended).
   */
  private async objectionParties(context: Context, manager: EntityManager, id: number) {
    if (!(await manager.existsBy(Objection, { id }))) throw notFound('Objection', id);
    await this.pejabatPenilai.refreshObjections(manager, {
      now: context.now,
      actor: context.viewer,
      objectionIds: [id],
    });
    const objection = await manager.findOneByOrFail(Objection, { id });
    const evaluation = await this.load(manager, objection.evaluationId);
    const subject = asSubject('Objection', { ...objection, evaluatorId: evaluation.evaluatorId });
    return { objection, evaluation, subject };
  }

  /** The pejabat penilai's response (tanggapan), while the objection waits for its decision. */
  async respondToObjection(
    context: Context,
    id: number,
    response: string,
    version: number,
  ): Promise<Objection> {
    const text = response.trim();
    assertNoProblems(textProblems('response', text, { min: 10, max: 4000 }));
    return runTransaction(this.dataSource, async (manager) => {
      const { objection, evaluation, subject } = await this.objectionParties(context, manager, id);
      if (!context.ability.can('respond', subject))
        throw forbidden(
          'OBJECTION_RESPOND_FORBIDDEN',
          'Only the pejabat penilai who made the evaluation responds to its objection',
        );
      if (objection.status !== ObjectionStatus.FILED) throw alreadyDecided();
      await updateVersioned(manager, Objection, {
        id,
        version,
        changes: { response: text, respondedAt: context.now },
        onlyIf: { sql: 'status = :filed', params: { filed: ObjectionStatus.FILED } },
        message: 'The objection changed since it was read; reload it',
      });
      const recipients = [evaluation.employeeId, objection.atasanId].filter(
        (recipient): recipient is number => recipient !== null,
      );
      await notify(
        manager,
        recipients.map((recipientId) => ({
          recipientId,
          kind: 'objection.responded',
          message: responseNoticeMessage(text),
          params: { response: text },
          entity: 'Objection',
          entityId: id,
          dedupeKey: `objection.responded:${id}:${recipientId}`,
        })),
        context.now,
      );
      await recordAudit(manager, {
        actor: context.viewer,
        action: 'objection.respond',
        entity: 'Objection',
        entityId: id,
        before: { response: objection.response },
        after: { response: text },
      });
      return manager.findOneByOrFail(Objection, { id });
    });
  }

  /** The atasan pejabat penilai's decision. `version`, when given, must be the objection's. */
  async resolveObjection(
    context: Context,
    id: number,
    decision: ObjectionDecision,
    reason: string,
    ratings: { resultRating?: Rating | null; behaviorRating?: Rating | null },
    version?: number | null,
  ): Promise<Objection> {
    const text = decisionProblems(decision, reason, ratings, []);
    return runTransaction(this.dataSource, async (manager) => {
      const parties = await this.objectionParties(context, manager, id);
      if (!context.ability.can('resolve', parties.subject)) {
        throw parties.objection.atasanId === null
          ? forbidden(
              'OBJECTION_DECIDED_OUTSIDE',
              'The atasan pejabat penilai is outside the kecamatan: HR records their decision',
            )
          : forbidden(
              'OBJECTION_DECIDE_FORBIDDEN',
              'Only the atasan pejabat penilai (the evaluator’s own pejabat penilai, or a Plt/Plh in term) decides this objection',
            );
      }
      return this.decide(context, manager, parties, decision, text, ratings, version ?? undefined, {
        deciderId: context.viewer!.employeeId,
      });
    });
  }

  /** HR records the decision of an atasan pejabat penilai outside the kecamatan (the Camat's superior). */
  async recordExternalObjectionDecision(
    context: Context,
    id: number,
    input: ExternalObjectionDecisionInput,
    version: number,
  ): Promise<Objection> {
    const decidedBy = input.decidedBy.trim();
    const referenceNumber = input.referenceNumber.trim();
    const decisionDate = input.decisionDate.trim();
    const problems: FieldProblem[] = [];
    problems.push(...textProblems('decidedBy', decidedBy, { min: 1, max: 200 }));
    problems.push(...textProblems('referenceNumber', referenceNumber, { min: 1, max: 100 }));
    const text = decisionProblems(input.decision, input.reason, input, problems);
    return runTransaction(this.dataSource, async (manager) => {
      const parties = await this.objectionParties(context, manager, id);
      if (!context.ability.can('recordExternal', parties.subject)) {
        throw parties.objection.atasanId === null
          ? forbidden(
              'OBJECTION_RECORD_FORBIDDEN',
              'Only HR records a decision taken outside the kecamatan',
            )
          : forbidden(
              'OBJECTION_DECIDED_INSIDE',
              'The atasan pejabat penilai is in the system and decides this objection',
            );
      }
      const dateProblem = externalDecisionDateProblem(
        decisionDate,
        parties.objection.filedAt,
        context.now,
      );
      if (dateProblem) assertNoProblems([dateProblem]);
      return this.decide(
        context,
        manager,
        parties,
        input.decision,
        text,
        input,
        version,
        {
          deciderId: null,
          externalDecider: decidedBy,
          externalReferenceNumber: referenceNumber,
          externalDecisionDate: decisionDate,
          recordedByAccountId: context.viewer!.accountId,
        },
        decisionDate,
      );
    });
  }

  /** A decision (by the atasan or recorded by HR): the objection decided once, the revision when upheld. */
  private async decide(
    context: Context,
    manager: EntityManager,
    { objection, evaluation }: { objection: Objection; evaluation: Evaluation },
    decision: ObjectionDecision,
    text: string,
    ratings: { resultRating?: Rating | null; behaviorRating?: Rating | null },
    version: number | undefined,
    decider: Partial<Objection>,
    decidedOn: string = jakartaDate(context.now),
  ): Promise<Objection> {
    const id = objection.id;
    const refusal = decisionRefusal(objection, context.now, decidedOn);
    if (refusal === 'ALREADY_DECIDED') throw alreadyDecided();
    if (version !== undefined && version !== objection.version)
      throw staleVersion('The objection changed since it was read; reload it');
    if (refusal === 'AWAITING_RESPONSE') {
      const from = canDecideFrom(objection.filedAt, objection.respondedAt);
      throw conflict(
        'AWAITING_RESPONSE',
        `The pejabat penilai's response is awaited; without it the objection may be decided from ${jakartaDate(from)}`,
        { decidableFrom: jakartaDate(from) },
      );
    }
    if (refusal === 'DECISION_WINDOW_CLOSED') {
      const last = decideBy(objection.filedAt, objection.respondedAt);
      throw conflict(
        'DECISION_WINDOW_CLOSED',
        `The objection had to be decided by ${last} (${DECISION_DAYS} days after the response or the wait for it)`,
        { decideBy: last },
      );
    }
    await updateVersioned(manager, Objection, {
      id,
      version: objection.version,
      changes: {
        status:
          decision === ObjectionDecision.UPHELD ? ObjectionStatus.UPHELD : ObjectionStatus.REJECTED,
        decisionReason: text,
        decidedAt: context.now,
        ...decider,
      },
      onlyIf: { sql: 'status = :filed', params: { filed: ObjectionStatus.FILED } },
      message: 'The objection changed since it was read; reload it',
    });
    let revisedEvaluationId: number | null = null;
    if (decision === ObjectionDecision.UPHELD) {
      const now = context.now;
      await this.conditionalUpdate(
        manager,
        evaluation.id,
        evaluation.version,
        [EvaluationStatus.FINAL, EvaluationStatus.ACKNOWLEDGED],
        { supersededAt: now },
      );
      const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = evaluation;
      const revised = {
        resultRating: ratings.resultRating!,
        behaviorRating: ratings.behaviorRating!,
      };
      const inserted = await manager.insert(Evaluation, {
        ...copy,
        ...revised,
        ...computePredicate(revised),
        differsFromSuggestion:
          evaluation.suggestedResultRating !== null &&
          evaluation.suggestedResultRating !== revised.resultRating,
        status: EvaluationStatus.FINAL,
        finalizedAt: now,
        acknowledgedAt: null,
        supersededAt: null,
        revision: evaluation.revision + 1,
        revisionOfId: evaluation.id,
        version: 1,
      });
      revisedEvaluationId = Number(inserted.identifiers[0].id);
      // The revision supersedes the evaluation: its predicate may differ.
      await recountUnitsOfEmployees(manager, [evaluation.employeeId], evaluation.cycleId);
      const feedback = await manager.findBy(EvaluationFeedback, { evaluationId: evaluation.id });
      if (feedback.length)
        await manager.insert(
          EvaluationFeedback,
          feedback.map(({ id: _f, ...item }) => ({
            ...item,
            evaluationId: revisedEvaluationId!,
          })),
        );
      const judgements = await manager.findBy(IndicatorJudgement, {
        evaluationId: evaluation.id,
      });
      if (judgements.length)
        await manager.insert(
          IndicatorJudgement,
          judgements.map(({ id: _j, ...item }) => ({
            ...item,
            evaluationId: revisedEvaluationId!,
          })),
        );
      await manager.update(Objection, id, { revisedEvaluationId });
      await refreshTrainingEffects(manager, [evaluation.employeeId]);
      await this.syncCoaching(context, manager, evaluation);
    }
    const upheld = decision === ObjectionDecision.UPHELD;
    await notify(
      manager,
      [
        {
          recipientId: objection.employeeId,
          kind: upheld ? 'objection.upheld' : 'objection.rejected',
          message: decisionNoticeMessage(upheld, text, true),
          params: { audience: 'EMPLOYEE', reason: text },
          entity: 'Objection',
          entityId: id,
          dedupeKey: `objection.decided:${id}:${objection.employeeId}`,
        },
        {
          recipientId: evaluation.evaluatorId,
          kind: upheld ? 'objection.upheld' : 'objection.rejected',
          message: decisionNoticeMessage(upheld, text, false),
          params: { audience: 'EVALUATOR', reason: text },
          entity: 'Objection',
          entityId: id,
          dedupeKey: `objection.decided:${id}:${evaluation.evaluatorId}`,
        },
      ],
      context.now,
    );
    await recordAudit(manager, {
      actor: context.viewer,
      action: decision === ObjectionDecision.UPHELD ? 'objection.uphold' : 'objection.reject',
      entity: 'Objection',
      entityId: id,
      after: {
        revisedEvaluationId,
        resultRating: ratings.resultRating ?? null,
        behaviorRating: ratings.behaviorRating ?? null,
        ...decider,
      },
      reason: text,
    });
    return manager.findOneByOrFail(Objection, { id });
  }

  /**
   * FILED objections the viewer acts on, oldest first: `decide` — as the atasan pejabat penilai, or
   * (HR) recording an external decision; `respond` — as the pejabat penilai. Filtered in SQL by the
   * viewer's CASL rules.
   */
  async objectionsWaiting(
    context: Context,
    role: 'decide' | 'respond',
    page: PageArgs,
  ): Promise<Connection<Objection>> {
    // The atasan follows acting terms by date: re-read before listing what waits for a decision.
    if (role === 'decide')
      await runTransaction(this.dataSource, (manager) =>
        this.pejabatPenilai.refreshObjections(manager, {
          now: context.now,
          actor: context.viewer,
        }),
      );
    const fields = objectionSqlFields('evaluation', 'objection');
    const gates =
      role === 'decide'
        ? [
            rulesToSql(context.ability, 'resolve', 'Objection', undefined, fields),
            rulesToSql(context.ability, 'recordExternal', 'Objection', undefined, fields),
          ]
        : [rulesToSql(context.ability, 'respond', 'Objection', undefined, fields)];
    return this.objections.list(context.ability, page, {
      narrow: (query) =>
        query.andWhere('objection.status = :filed', { filed: ObjectionStatus.FILED }).andWhere(
          `(${gates.map((gate) => `(${gate.sql})`).join(' OR ')})`,
          gates.reduce<Record<string, unknown>>((all, gate) => ({ ...all, ...gate.params }), {}),
        ),
    });
  }

  /** Decided objections (upheld or rejected) the viewer may read, the latest filed first. */
  objectionsDecided(context: Context, page: PageArgs): Promise<Connection<Objection>> {
    return this.objections.list(context.ability, page, {
      narrow: (query) =>
        query.andWhere('objection.status <> :filed', { filed: ObjectionStatus.FILED }),
      order: newestFirst('objection'),
    });
  }

  /** One objection the viewer may read. */
  getObjection(context: Context, id: number): Promise<Objection> {
    return this.objections.get(context.ability, id);
  }

  /** The evaluations that make up a plan's current state for a period (revisions in force only). */
  async currentFor(loaders: Loaders, planId: number, period: Period): Promise<Evaluation | null> {
    const all = await loaders.manyBy(Evaluation, 'planId', { revision: 'DESC' }).load(planId);
    return (
      all.find((evaluation) => evaluation.period === period && evaluation.supersededAt === null) ??
      null
    );
  }

  // ---- shared steps ---------------------------------------------------------------------------

  /**
   * The suggested result rating (utils/suggestion.util.ts): the period's evidence; for ANNUAL also
   * the final triwulan ratings in force, or for a unit head the unit's organisation predicate.
   */
  private async suggestionFor(
    plan: PerformancePlan,
    cycle: PerformanceCycle,
    period: Period,
    evidence: { achievement: number | null; reportedNumeric: number; judgements: Rating[] },
  ) {
    let quarterRatings: Rating[] = [];
    let headedUnitPredicate: OrganizationPredicateValue | null = null;
    if (period === Period.ANNUAL) {
      const quarters = await this.dataSource.getRepository(Evaluation).find({
        select: { resultRating: true },
        // Every SKP of the cycle: after a mutasi the quarters are spread over both.
        where: {
          employeeId: plan.employeeId,
          cycleId: plan.cycleId,
          period: In(QUARTER_PERIODS),
          status: In([...IN_FORCE_STATUSES]),
          supersededAt: IsNull(),
        },
      });
      quarterRatings = quarters.map((quarter) => quarter.resultRating);
      const headed = await this.dataSource
        .getRepository(OrganizationPredicate)
        .createQueryBuilder('recorded')
        .innerJoin(OrgUnit, 'unit', 'unit.id = recorded.unitId')
        .where('unit.headId = :employeeId AND recorded.cycleId = :cycleId', {
          employeeId: plan.employeeId,
          cycleId: cycle.id,
        })
        .orderBy('unit.depth', 'ASC')
        .getOne();
      headedUnitPredicate = headed?.predicate ?? null;
    }
    return suggestEvaluation({
      period,
      ...evidence,
      exceedsThreshold: cycle.exceedsThreshold,
      meetsThreshold: cycle.meetsThreshold,
      quarterRatings,
      headedUnitPredicate,
    });
  }

  /** A final annual predicate decides the required pembinaan of the next development plan. */
  private async syncCoaching(context: Context, manager: EntityManager, evaluation: Evaluation) {
    const cycle = await manager.findOneByOrFail(PerformanceCycle, { id: evaluation.cycleId });
    await syncRequiredCoaching(manager, {
      employeeId: evaluation.employeeId,
      year: cycle.year,
      actor: context.viewer,
    });
  }

  private assertEvaluator(context: Context, plan: PerformancePlan) {
    if (
      !context.ability.can(
        'evaluate',
        asSubject('PerformancePlan', { ...plan, ownerId: plan.employeeId }),
      )
    ) {
      throw forbidden(
        'NOT_EVALUATOR',
        'Only the employee’s direct supervisor (the plan’s pejabat penilai) evaluates',
      );
    }
  }

  private assertOwner(context: Context, evaluation: Evaluation) {
    if (context.viewer?.employeeId !== evaluation.employeeId)
      throw forbidden('NOT_EVALUATED_EMPLOYEE', 'Only the evaluated employee may do this');
  }

  private async load(manager: EntityManager, id: number): Promise<Evaluation> {
    const evaluation = await manager.findOneBy(Evaluation, { id });
    if (!evaluation) throw notFound('Evaluation', id);
    return evaluation;
  }

  /** UPDATE … WHERE version = ? AND status IN (…): a stale version changes nothing and is a CONFLICT. */
  private async conditionalUpdate(
    manager: EntityManager,
    id: number,
    version: number,
    statuses: EvaluationStatus[],
    changes: Partial<Evaluation>,
  ) {
    await updateVersioned(manager, Evaluation, {
      id,
      version,
      changes,
      onlyIf: { sql: 'status IN (:...statuses)', params: { statuses } },
      message: `Evaluation ${id} was changed by someone else (your version ${version} is stale); reload and try again`,
    });
  }

  private async feedbackProblems(
    input: SaveEvaluationInput,
    plan: PerformancePlan,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const targetIds = (input.targetFeedback ?? []).map((item, index) => ({
      index,
      id: Number(item.workTargetId),
    }));
    const targets = targetIds.length
      ? await this.dataSource
          .getRepository(WorkTarget)
          .findBy({ id: In(targetIds.map((t) => t.id).filter(Number.isSafeInteger)) })
      : [];
    for (const { index, id } of targetIds) {
      if (!targets.some((target) => target.id === id && target.planId === plan.id))
        problems.push({
          field: `targetFeedback[${index}].workTargetId`,
          reason: 'NOT_PLAN_WORK_TARGET',
          message: 'is not a work target of this plan',
        });
    }
    const seen = new Set<string>();
    (input.valueFeedback ?? []).forEach((item, index) => {
      if (seen.has(item.coreValue))
        problems.push({
          field: `valueFeedback[${index}].coreValue`,
          reason: 'REPEATED',
          message: 'appears twice',
        });
      seen.add(item.coreValue);
    });
    [
      ...(input.targetFeedback ?? []).map((f, i) => [`targetFeedback[${i}].text`, f.text] as const),
      ...(input.valueFeedback ?? []).map((f, i) => [`valueFeedback[${i}].text`, f.text] as const),
    ].forEach(([field, text]) => {
      problems.push(
        ...(text.trim().length === 0
          ? [lengthProblem(field, { min: 1, max: 2000 })]
          : textProblems(field, text, { max: 2000 })),
      );
    });
    return problems;
  }

  private async replaceFeedback(
    manager: EntityManager,
    evaluationId: number,
    input: SaveEvaluationInput,
  ) {
    await manager.delete(EvaluationFeedback, { evaluationId });
    const rows = [
      ...(input.targetFeedback ?? []).map((item) => ({
        evaluationId,
        workTargetId: Number(item.workTargetId),
        coreValue: null,
        rating: null,
        text: item.text.trim(),
      })),
      ...(input.valueFeedback ?? []).map((item) => ({
        evaluationId,
        workTargetId: null,
        coreValue: item.coreValue,
        rating: item.rating ?? null,
        text: item.text.trim(),
      })),
    ];
    if (rows.length) await manager.insert(EvaluationFeedback, rows);
  }
}
