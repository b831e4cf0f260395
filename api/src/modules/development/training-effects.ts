import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { PerformanceCycle } from '../cycle/cycle.entity';
import { type Period } from '../cycle/cycle.enums';
import { Evaluation } from '../evaluation/evaluation.entity';
import { EvaluationFeedback } from '../evaluation/evaluation-feedback.entity';
import { type Rating, IN_FORCE_STATUSES } from '../evaluation/evaluation.enums';
import { DevelopmentActivity } from './development-activity.entity';
import { ActivityStatus } from './development.enums';
import { TrainingEffect } from './training-effect.entity';
import { computeStoredEffects, toEvaluationPoints } from './utils/effect.util';

/** Employees per round: their evaluations and completions fit comfortably in memory. */
const EMPLOYEES_PER_ROUND = 500;
/** Rows per INSERT: 9 columns each, under SQLite's bound-parameter limit. */
const ROWS_PER_INSERT = 1_000;

/**
 * Recomputes the stored effects (`training_effect`) of every completed catalogue programme of
 * these employees, on every rating with a value before and after it, from their evaluations in
 * force: called in the transaction that completes an activity, finalizes or revises an
 * evaluation, and by the seeds after bulk writes. Per employee, so its cost follows the people
 * touched, not the kecamatan.
 */
export async function refreshTrainingEffects(
  manager: EntityManager,
  employeeIds: readonly number[],
): Promise<void> {
  const unique = [...new Set(employeeIds)];
  for (let start = 0; start < unique.length; start += EMPLOYEES_PER_ROUND) {
    await refreshRound(manager, unique.slice(start, start + EMPLOYEES_PER_ROUND));
  }
}

async function refreshRound(manager: EntityManager, employeeIds: number[]) {
  await manager.delete(TrainingEffect, { employeeId: In(employeeIds) });
  // By (employeeId, status) only: a programId condition tempts the optimizer onto the programme
  // index, which scans every completion of the kecamatan.
  const completions = (
    await manager.find(DevelopmentActivity, {
      select: { id: true, employeeId: true, programId: true, completedOn: true },
      where: { employeeId: In(employeeIds), status: ActivityStatus.DONE },
    })
  ).filter((activity) => activity.programId !== null && activity.completedOn !== null);
  if (completions.length === 0) return;
  const trainees = [...new Set(completions.map((activity) => activity.employeeId))];
  const evaluations = await manager
    .getRepository(Evaluation)
    .createQueryBuilder('evaluation')
    .innerJoin(PerformanceCycle, 'cycle', 'cycle.id = evaluation.cycleId')
    .select([
      'evaluation.id AS id',
      'evaluation.employeeId AS employeeId',
      'cycle.year AS cycleYear',
      'evaluation.period AS period',
      'evaluation.resultRating AS resultRating',
    ])
    .where('evaluation.employeeId IN (:...trainees)', { trainees })
    .andWhere('evaluation.supersededAt IS NULL AND evaluation.status IN (:...inForce)', {
      inForce: IN_FORCE_STATUSES,
    })
    .getRawMany<{
      id: number;
      employeeId: number;
      cycleYear: number;
      period: Period;
      resultRating: Rating;
    }>();
  const ratings = evaluations.length
    ? await manager.find(EvaluationFeedback, {
        select: { evaluationId: true, coreValue: true, rating: true },
        where: {
          evaluationId: In(evaluations.map((evaluation) => Number(evaluation.id))),
          coreValue: Not(IsNull()),
          rating: Not(IsNull()),
        },
      })
    : [];
  const points = toEvaluationPoints(
    evaluations.map((row) => ({ ...row, id: Number(row.id), cycleYear: Number(row.cycleYear) })),
    ratings,
  );
  const pointsOf = new Map<number, typeof points>();
  evaluations.forEach((row, index) => {
    const employeeId = Number(row.employeeId);
    const own = pointsOf.get(employeeId);
    if (own) own.push(points[index]);
    else pointsOf.set(employeeId, [points[index]]);
  });

  const rows = completions.flatMap((activity) =>
    computeStoredEffects({
      completions: [
        {
          activityId: activity.id,
          employeeId: activity.employeeId,
          programId: activity.programId!,
          completedOn: activity.completedOn!,
        },
      ],
      evaluations: pointsOf.get(activity.employeeId) ?? [],
    }),
  );
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await manager.insert(TrainingEffect, rows.slice(start, start + ROWS_PER_INSERT));
  }
}
