import type { FieldProblem } from '../../../platform/graphql/errors';
import type { Period } from '../../cycle/cycle.enums';
import { type IndicatorAggregation, IndicatorAspect, IndicatorDirection } from '../plan.enums';
import {
  defaultAggregation,
  defaultQuarterTargets,
  isQuarter,
  QUARTERS,
  quarterTargetProblems,
} from './period-target.util';

export interface PeriodTargetDraft {
  period: Period;
  target: number;
  actionPlan?: string | null;
}

export interface IndicatorDraft {
  aspect: IndicatorAspect;
  description: string;
  target: number;
  unit: string;
  direction?: IndicatorDirection | null;
  aggregation?: IndicatorAggregation | null;
  periodTargets?: PeriodTargetDraft[] | null;
}

export const ACTION_PLAN_MAX = 1000;

/** An IKI's year in quarters: the aggregation and TW1–TW4 targets and action plans, defaults filled in. */
export function resolveQuarterPlan(indicator: IndicatorDraft): {
  aggregation: IndicatorAggregation;
  quarterTargets: number[];
  actionPlans: (string | null)[];
} {
  const aggregation = indicator.aggregation ?? defaultAggregation(indicator);
  const given = new Map((indicator.periodTargets ?? []).map((entry) => [entry.period, entry]));
  const quarterTargets = indicator.periodTargets?.length
    ? QUARTERS.map((quarter) => given.get(quarter)?.target ?? 0)
    : defaultQuarterTargets({ target: indicator.target, aggregation });
  const actionPlans = QUARTERS.map((quarter) => given.get(quarter)?.actionPlan?.trim() || null);
  return { aggregation, quarterTargets, actionPlans };
}

/** Quarter targets, when given, name each of TW1–TW4 once and make the annual target by the aggregation. */
export function validatePeriodTargets({
  field,
  indicator,
}: {
  field: string;
  indicator: IndicatorDraft;
}): FieldProblem[] {
  const entries = indicator.periodTargets ?? [];
  const problems: FieldProblem[] = entries.flatMap((entry, index) =>
    entry.actionPlan && entry.actionPlan.trim().length > ACTION_PLAN_MAX
      ? [
          {
            field: `${field}[${index}].actionPlan`,
            message: `must be at most ${ACTION_PLAN_MAX} characters`,
          },
        ]
      : [],
  );
  if (entries.length === 0) return problems;
  const periods = entries.map((entry) => entry.period);
  if (entries.length !== 4 || !periods.every(isQuarter) || new Set(periods).size !== 4) {
    return [...problems, { field, message: 'give one target for each of TW1, TW2, TW3 and TW4' }];
  }
  const { aggregation, quarterTargets } = resolveQuarterPlan(indicator);
  return [
    ...problems,
    ...quarterTargetProblems({ field, target: indicator.target, aggregation, quarterTargets }),
  ];
}

/** Time and cost indicators are usually better when lower. */
export function defaultDirection(aspect: IndicatorAspect): IndicatorDirection {
  return aspect === IndicatorAspect.WAKTU || aspect === IndicatorAspect.BIAYA
    ? IndicatorDirection.LOWER_IS_BETTER
    : IndicatorDirection.HIGHER_IS_BETTER;
}

export function validateDescription({
  field,
  text,
  min = 5,
  max = 1000,
}: {
  field: string;
  text: string;
  min?: number;
  max?: number;
}): FieldProblem[] {
  const length = text.trim().length;
  return length < min || length > max
    ? [{ field, message: `must be ${min} to ${max} characters` }]
    : [];
}

/** Checks a target's indicator list: at least one, each with a positive target and a unit. */
export function validateIndicators({
  field,
  indicators,
}: {
  field: string;
  indicators: IndicatorDraft[];
}): FieldProblem[] {
  if (indicators.length === 0) return [{ field, message: 'needs at least one indicator' }];
  if (indicators.length > 20) return [{ field, message: 'may have at most 20 indicators' }];
  return indicators.flatMap((indicator, index) => [
    ...validateDescription({
      field: `${field}[${index}].description`,
      text: indicator.description,
      min: 3,
      max: 500,
    }),
    ...(Number.isFinite(indicator.target) && indicator.target > 0 && indicator.target < 1e12
      ? []
      : [{ field: `${field}[${index}].target`, message: 'must be a positive number' }]),
    ...(indicator.unit.trim().length >= 1 && indicator.unit.trim().length <= 40
      ? []
      : [{ field: `${field}[${index}].unit`, message: 'must be 1 to 40 characters' }]),
    ...validatePeriodTargets({ field: `${field}[${index}].periodTargets`, indicator }),
  ]);
}

/** Evidence must be an http(s) link, or a note must explain it. */
export function validateEvidence({
  evidenceUrl,
  note,
}: {
  evidenceUrl: string | null;
  note: string | null;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (evidenceUrl !== null) {
    let url: URL | null = null;
    try {
      url = new URL(evidenceUrl);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || evidenceUrl.length > 500) {
      problems.push({
        field: 'evidenceUrl',
        message: 'must be an http or https link of at most 500 characters',
      });
    }
  }
  if (note !== null && note.length > 2000)
    problems.push({ field: 'note', message: 'must be at most 2000 characters' });
  if (evidenceUrl === null && note === null) {
    problems.push(
      { field: 'evidenceUrl', message: 'give a link to the evidence or a note' },
      { field: 'note', message: 'give a link to the evidence or a note' },
    );
  }
  return problems;
}
