import type { DataSource } from 'typeorm';
import { entitiesById } from '../../platform/database/entity-rows';
import { queryNamed } from '../../platform/database/named-sql';
import type { Context } from '../../platform/graphql/context';
import { forbidden } from '../../platform/graphql/errors';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { Evaluation } from '../evaluation/evaluation.entity';
import { EvaluationFeedback } from '../evaluation/evaluation-feedback.entity';
import { IN_FORCE_STATUSES, type Rating } from '../evaluation/evaluation.enums';
import type { CoreValue } from '../plan/plan.enums';
import type { DevelopmentActivity } from './development-activity.entity';
import { ActivityStatus, EffectChange, EffectMeasure } from './development.enums';
import type { ActivityEffect, ProgramEffect } from './development.types';
import { TrainingProgram } from './training-program.entity';
import {
  type EffectTarget,
  measureEffect,
  summarizeEffects,
  toEvaluationPoints,
} from './utils/effect.util';

/** What a completed activity is measured on: its programme's values (and the result rating for aspects). */
export function effectTargets(
  program: TrainingProgram | null,
  reasonCoreValue: CoreValue | null,
): EffectTarget[] {
  if (program) {
    return [
      ...program.coreValues.map((coreValue) => ({ measure: EffectMeasure.CORE_VALUE, coreValue })),
      ...(program.aspects.length ? [{ measure: EffectMeasure.RESULT, coreValue: null }] : []),
    ];
  }
  return reasonCoreValue
    ? [{ measure: EffectMeasure.CORE_VALUE, coreValue: reasonCoreValue }]
    : [{ measure: EffectMeasure.RESULT, coreValue: null }];
}

function toActivityEffect(effect: ReturnType<typeof measureEffect>): ActivityEffect {
  return {
    measure: effect.measure,
    coreValue: effect.coreValue,
    beforeEvaluationId: effect.before?.evaluationId ?? null,
    beforeCycleYear: effect.before?.cycleYear ?? null,
    beforePeriod: effect.before?.period ?? null,
    beforeRating: effect.beforeRating,
    afterEvaluationId: effect.after?.evaluationId ?? null,
    afterCycleYear: effect.after?.cycleYear ?? null,
    afterPeriod: effect.after?.period ?? null,
    afterRating: effect.afterRating,
    change: effect.change,
  };
}

/** Completed catalogue activities per programme (DONE ones always have their completion date). */
const completionsSql = (
  oneProgram: boolean,
) => `SELECT activity.programId AS programId, COUNT(*) AS count
  FROM development_activity activity
  WHERE activity.programId IS NOT NULL AND activity.status = :done
    ${oneProgram ? 'AND activity.programId = :programId' : ''}
  GROUP BY activity.programId`;

/** The stored effects counted per programme, rating and change (`change` is reserved in MySQL). */
const outcomesSql = (change: string, oneProgram: boolean) => `SELECT effect.programId AS programId,
    effect.measure AS measure, effect.coreValue AS coreValue, effect.${change} AS ${change},
    effect.beforeRating AS beforeRating, effect.afterRating AS afterRating, COUNT(*) AS count
  FROM training_effect effect
  ${oneProgram ? 'WHERE effect.programId = :programId' : ''}
  GROUP BY effect.programId, effect.measure, effect.coreValue, effect.${change},
    effect.beforeRating, effect.afterRating`;

/** Whether training helped: a completed activity's effect, and each programme's effects over everyone who completed it. */
export class TrainingEffectService {
  constructor(private readonly dataSource: DataSource) {}

  /** A completed activity's effect on the ratings it aims at (batched through the loaders). */
  async ofActivity(context: Context, activity: DevelopmentActivity): Promise<ActivityEffect[]> {
    if (activity.status !== ActivityStatus.DONE || !activity.completedOn) return [];
    const program =
      activity.programId === null
        ? null
        : await context.loaders.byId(TrainingProgram).load(activity.programId);
    const all = await context.loaders.manyBy(Evaluation, 'employeeId').load(activity.employeeId);
    const inForce = all.filter(
      (e) => e.supersededAt === null && IN_FORCE_STATUSES.includes(e.status),
    );
    const [cycles, ratings] = await Promise.all([
      Promise.all(inForce.map((e) => context.loaders.byId(PerformanceCycle).load(e.cycleId))),
      Promise.all(
        inForce.map((e) => context.loaders.manyBy(EvaluationFeedback, 'evaluationId').load(e.id)),
      ),
    ]);
    const points = toEvaluationPoints(
      inForce.map((e, index) => ({ ...e, cycleYear: cycles[index]!.year })),
      ratings.flat(),
    );
    return effectTargets(program, activity.reasonCoreValue).map((target) =>
      toActivityEffect(
        measureEffect({ completedOn: activity.completedOn!, target, evaluations: points }),
      ),
    );
  }

  /** Per programme and rating: how those who completed it moved, with too-little-data marked. */
  async ofProgram(context: Context, programId: number | null): Promise<ProgramEffect[]> {
    if (!context.ability.can('read', 'TrainingEffect'))
      throw forbidden(
        'TRAINING_EFFECT_FORBIDDEN',
        'The effect of training is for HR and the Camat',
      );
    // Written once as SQL (no query builder on this read): the completions per programme, and
    // the stored outcomes grouped by programme, rating and change.
    const params = { done: ActivityStatus.DONE, programId };
    const [completions, outcomes] = await Promise.all([
      queryNamed<{ programId: number; count: number | string }>(
        this.dataSource,
        completionsSql(programId !== null),
        params,
      ),
      queryNamed<{
        programId: number;
        measure: EffectMeasure;
        coreValue: CoreValue | null;
        change: EffectChange;
        beforeRating: Rating | null;
        afterRating: Rating | null;
        count: number | string;
      }>(
        this.dataSource,
        outcomesSql(this.dataSource.driver.escape('change'), programId !== null),
        params,
      ),
    ]);
    if (completions.length === 0) return [];
    const completionsOf = new Map(
      completions.map((row) => [Number(row.programId), Number(row.count)]),
    );
    const programs = await entitiesById(this.dataSource, TrainingProgram, [
      ...completionsOf.keys(),
    ]);
    // The outcome rows of each programme and rating, gathered in one pass (not filtered again
    // for every programme and rating: thousands of rows times every target).
    const keyOf = (programId: number, measure: EffectMeasure, coreValue: CoreValue | null) =>
      `${programId}|${measure}|${coreValue ?? ''}`;
    const outcomesOf = new Map<string, (typeof outcomes)[number][]>();
    for (const row of outcomes) {
      const key = keyOf(Number(row.programId), row.measure, row.coreValue ?? null);
      const rows = outcomesOf.get(key);
      if (rows) rows.push(row);
      else outcomesOf.set(key, [row]);
    }
    // Each programme shows the ratings it strengthens today (every measured rating is stored);
    // completions without a rating before and after are the rest of its completions.
    return programs
      .sort((a, b) => a.code.localeCompare(b.code))
      .flatMap((program) =>
        effectTargets(program, null).map((target) => {
          const measured = (
            outcomesOf.get(keyOf(program.id, target.measure, target.coreValue)) ?? []
          ).map((row) => ({ ...row, count: Number(row.count) }));
          const unmeasured =
            completionsOf.get(program.id)! - measured.reduce((sum, row) => sum + row.count, 0);
          return {
            program,
            measure: target.measure,
            coreValue: target.coreValue,
            ...summarizeEffects([
              ...measured,
              {
                change: EffectChange.NO_DATA,
                beforeRating: null,
                afterRating: null,
                count: unmeasured,
              },
            ]),
          };
        }),
      );
  }
}
