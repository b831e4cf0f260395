import { DomainError, type FieldProblem } from '../../platform/graphql/errors';
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

/** `extensions.reason` of a CONFLICT: the period's evaluation may be finalised only after it ends. */
export const PERIOD_NOT_ENDED = 'PERIOD_NOT_ENDED';
/** `extensions.reason` of a CONFLICT: the period's reporting window has closed. */
export const REPORTING_CLOSED = 'REPORTING_CLOSED';

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
    throw new DomainError(
      'CONFLICT',
      `Reporting for ${period} ${cycle.year} closed on ${entry.reportingClosesOn}`,
      { reason: REPORTING_CLOSED, closedOn: entry.reportingClosesOn },
    );
  return state === 'NOT_OPEN'
    ? {
        field: 'period',
        message: `${period} has not started yet (opens ${entry.reportingOpensOn})`,
      }
    : null;
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
    : {
        field: 'period',
        message: `${period} has not started yet (opens ${entry.reportingOpensOn})`,
      };
}

/** Finalising an evaluation of `period` before the period ends is a CONFLICT naming the first day it may be. */
export function assertFinalizable(cycle: PerformanceCycle, period: Period, now: Date): void {
  const entry = entryOf(cycle, period);
  if (!canFinalizeEvaluation(entry, jakartaDate(now)))
    throw new DomainError(
      'CONFLICT',
      `${period} ${cycle.year} ends on ${entry.endsOn}: its evaluation may be finalised from ${entry.finalizableFrom}`,
      { reason: PERIOD_NOT_ENDED, finalizableFrom: entry.finalizableFrom },
    );
}
