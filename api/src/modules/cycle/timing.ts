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

/** Deadlines by their settings: a handful of cycles, asked on nearly every request. */
const computedDeadlines = new Map<string, CycleDeadlines>();
const MAX_COMPUTED_DEADLINES = 64;

/**
 * The effective deadlines of a cycle row (documented defaults for what HR left unset). Computed
 * once per distinct settings (the date arithmetic of five periods costs more than the dashboard's
 * own work between two reads) and shared frozen, so no caller can change another's.
 */
export function deadlinesOf(cycle: PerformanceCycle): CycleDeadlines {
  const settings = {
    year: cycle.year,
    skpDueOn: cycle.skpDueOn,
    realizationDueDays: cycle.realizationDueDays,
    reportingWindowDays: cycle.reportingWindowDays,
    evaluationDueDays: cycle.evaluationDueDays,
    annualEvaluationDueOn: cycle.annualEvaluationDueOn,
  };
  const key = JSON.stringify(settings);
  let deadlines = computedDeadlines.get(key);
  if (!deadlines) {
    deadlines = computeCycleDeadlines(settings);
    for (const entry of deadlines.schedule) Object.freeze(entry);
    Object.freeze(deadlines.schedule);
    Object.freeze(deadlines);
    if (computedDeadlines.size >= MAX_COMPUTED_DEADLINES) computedDeadlines.clear();
    computedDeadlines.set(key, deadlines);
  }
  return deadlines;
}

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
