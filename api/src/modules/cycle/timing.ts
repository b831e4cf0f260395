import { conflict, type FieldProblem } from '../../platform/graphql/errors';
import type { PerformanceCycle } from './cycle.entity';
import type { Period } from './cycle.enums';
import {
  computeCycleDeadlines,
  type CycleDeadlines,
  canDraftEvaluation,
  canFinalizeEvaluation,
  reportingState,
  scheduleOf,
} from './utils/deadlines.util';
import { jakartaDate } from './utils/periods.util';

/** The effective deadlines of a cycle row (documented defaults for what HR left unset). */
export const deadlinesOf = (cycle: PerformanceCycle): CycleDeadlines =>
  computeCycleDeadlines({
    year: cycle.year,
    skpDueOn: cycle.skpDueOn,
    realizationDueDays: cycle.realizationDueDays,
    reportingWindowDays: cycle.reportingWindowDays,
    evaluationDueDays: cycle.evaluationDueDays,
    annualEvaluationDueOn: cycle.annualEvaluationDueOn,
  });

const entryOf = (cycle: PerformanceCycle, period: Period) => scheduleOf(deadlinesOf(cycle), period);

/** A realisation for `period` on the request's day: a field problem before it opens, CONFLICT once closed. */
export function reportingProblem(
  cycle: PerformanceCycle,
  period: Period,
  now: Date,
): FieldProblem | null {
  const entry = entryOf(cycle, period);
  const state = reportingState(entry, jakartaDate(now));
  if (state === 'CLOSED')
    throw conflict(
      'REPORTING_CLOSED',
      `Reporting for ${period} ${cycle.year} closed on ${entry.reportingClosesOn}`,
      { closedOn: entry.reportingClosesOn },
    );
  return state === 'NOT_OPEN' ? periodNotStarted(period, entry.reportingOpensOn) : null;
}

/** An evaluation draft for `period`: allowed once the period (ANNUAL: from 1 October) has started. */
export function evaluationDraftProblem(
  cycle: PerformanceCycle,
  period: Period,
  now: Date,
): FieldProblem | null {
  const entry = entryOf(cycle, period);
  return canDraftEvaluation(entry, jakartaDate(now))
    ? null
    : periodNotStarted(period, entry.reportingOpensOn);
}

const periodNotStarted = (period: Period, opensOn: string): FieldProblem => ({
  field: 'period',
  reason: 'PERIOD_NOT_STARTED',
  message: `${period} has not started yet (opens ${opensOn})`,
  params: { period, opensOn },
});

/** Finalising an evaluation of `period` before the period ends is a CONFLICT naming the first day it may be. */
export function assertFinalizable(cycle: PerformanceCycle, period: Period, now: Date): void {
  const entry = entryOf(cycle, period);
  if (!canFinalizeEvaluation(entry, jakartaDate(now)))
    throw conflict(
      'PERIOD_NOT_ENDED',
      `${period} ${cycle.year} ends on ${entry.endsOn}: its evaluation may be finalised from ${entry.finalizableFrom}`,
      { finalizableFrom: entry.finalizableFrom },
    );
}
