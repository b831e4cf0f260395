import type { FieldProblem } from '../../../platform/graphql/errors';
import { textProblems } from '../../../platform/graphql/text';
import type { Period } from '../../cycle/cycle.enums';
import {
  IndicatorAggregation,
  IndicatorAspect,
  IndicatorDirection,
  IndicatorKind,
} from '../plan.enums';
import {
  defaultAggregation,
  defaultQuarterTargets,
  isQuarter,
  QUARTERS,
  quarterTargetProblems,
} from './period-target.util';

export interface PeriodTargetDraft {
  period: Period;
  /** Required for a KUANTITATIF indicator; ignored for a KUALITATIF one. */
  target?: number | null;
  actionPlan?: string | null;
}

export interface IndicatorDraft {
  /** Absent: KUANTITATIF. */
  kind?: IndicatorKind | null;
  aspect: IndicatorAspect;
  description: string;
  /** KUANTITATIF only (required there). */
  target?: number | null;
  /** KUALITATIF only (required there). */
  narrativeTarget?: string | null;
  /** KUANTITATIF only (required there). */
  unit?: string | null;
  direction?: IndicatorDirection | null;
  aggregation?: IndicatorAggregation | null;
  periodTargets?: PeriodTargetDraft[] | null;
}

export const ACTION_PLAN_MAX = 1000;
export const NARRATIVE_MAX = 2000;
const MAX_INDICATORS = 20;

export const isQualitative = (indicator: { kind?: IndicatorKind | null }) =>
  indicator.kind === IndicatorKind.KUALITATIF;

/** An IKI's year in quarters: the aggregation and TW1–TW4 targets and action plans, defaults filled in. */
export function resolveQuarterPlan(indicator: IndicatorDraft): {
  aggregation: IndicatorAggregation;
  quarterTargets: number[];
  actionPlans: (string | null)[];
} {
  const given = new Map((indicator.periodTargets ?? []).map((entry) => [entry.period, entry]));
  const actionPlans = QUARTERS.map((quarter) => given.get(quarter)?.actionPlan?.trim() || null);
  // A narrative indicator has no numbers: only its rencana aksi per quarter.
  if (isQualitative(indicator))
    return { aggregation: IndicatorAggregation.LAST, quarterTargets: [0, 0, 0, 0], actionPlans };
  const target = indicator.target ?? NaN;
  const aggregation =
    indicator.aggregation ?? defaultAggregation({ ...indicator, unit: indicator.unit ?? '' });
  // A quarter named without a number is no target (refused); a quarter left out plans 0.
  const quarterTargets = indicator.periodTargets?.length
    ? QUARTERS.map((quarter) => {
        const entry = given.get(quarter);
        return entry ? (entry.target ?? NaN) : 0;
      })
    : defaultQuarterTargets({ target, aggregation });
  return { aggregation, quarterTargets, actionPlans };
}

/**
 * What an IKI stores: a KUALITATIF one keeps its narrative target and rencana aksi, with the
 * numeric columns at 0, '' and LAST; a KUANTITATIF one keeps no narrative target.
 */
export function resolveIndicator(indicator: IndicatorDraft) {
  const qualitative = isQualitative(indicator);
  return {
    kind: qualitative ? IndicatorKind.KUALITATIF : IndicatorKind.KUANTITATIF,
    target: qualitative ? 0 : (indicator.target ?? 0),
    unit: qualitative ? '' : (indicator.unit ?? '').trim(),
    narrativeTarget: qualitative ? (indicator.narrativeTarget ?? '').trim() : null,
    direction: indicator.direction ?? defaultDirection(indicator.aspect),
    ...resolveQuarterPlan(indicator),
  };
}

/** Narrative text (a KUALITATIF target or realisation): 1 to 2000 characters once trimmed. */
export function validateNarrative({
  field,
  text,
}: {
  field: string;
  text: string | null | undefined;
}): FieldProblem[] {
  return textProblems(field, text?.trim() ?? '', { min: 1, max: NARRATIVE_MAX });
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
    entry.actionPlan
      ? textProblems(`${field}[${index}].actionPlan`, entry.actionPlan.trim(), {
          max: ACTION_PLAN_MAX,
        })
      : [],
  );
  if (entries.length === 0) return problems;
  const periods = entries.map((entry) => entry.period);
  if (isQualitative(indicator)) {
    // Only rencana aksi: any of TW1–TW4, each at most once.
    return !periods.every(isQuarter) || new Set(periods).size !== periods.length
      ? [
          ...problems,
          {
            field,
            reason: 'QUARTERS_ONCE',
            message: 'name each of TW1, TW2, TW3 and TW4 at most once',
          },
        ]
      : problems;
  }
  if (entries.length !== 4 || !periods.every(isQuarter) || new Set(periods).size !== 4) {
    return [
      ...problems,
      {
        field,
        reason: 'QUARTER_TARGETS_EACH',
        message: 'give one target for each of TW1, TW2, TW3 and TW4',
      },
    ];
  }
  const { aggregation, quarterTargets } = resolveQuarterPlan(indicator);
  return [
    ...problems,
    ...quarterTargetProblems({
      field,
      target: indicator.target ?? NaN,
      aggregation,
      quarterTargets,
    }),
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
  return textProblems(field, text.trim(), { min, max });
}

/**
 * Checks a target's indicator list: at least one, each KUANTITATIF with a positive target and a
 * unit, each KUALITATIF with a narrative target.
 */
export function validateIndicators({
  field,
  indicators,
}: {
  field: string;
  indicators: IndicatorDraft[];
}): FieldProblem[] {
  if (indicators.length === 0)
    return [{ field, reason: 'INDICATOR_REQUIRED', message: 'needs at least one indicator' }];
  if (indicators.length > MAX_INDICATORS)
    return [
      {
        field,
        reason: 'TOO_MANY_INDICATORS',
        message: `may have at most ${MAX_INDICATORS} indicators`,
        params: { max: MAX_INDICATORS },
      },
    ];
  return indicators.flatMap((indicator, index) => [
    ...validateDescription({
      field: `${field}[${index}].description`,
      text: indicator.description,
      min: 3,
      max: 500,
    }),
    ...(isQualitative(indicator)
      ? validateNarrative({
          field: `${field}[${index}].narrativeTarget`,
          text: indicator.narrativeTarget,
        })
      : numericTargetProblems({ field: `${field}[${index}]`, indicator })),
    ...validatePeriodTargets({ field: `${field}[${index}].periodTargets`, indicator }),
  ]);
}

function numericTargetProblems({
  field,
  indicator,
}: {
  field: string;
  indicator: IndicatorDraft;
}): FieldProblem[] {
  const target = indicator.target ?? NaN;
  const unit = (indicator.unit ?? '').trim();
  const problems: FieldProblem[] = [];
  if (!(Number.isFinite(target) && target > 0 && target < 1e12))
    problems.push({
      field: `${field}.target`,
      reason: 'POSITIVE_NUMBER',
      message: 'must be a positive number',
    });
  problems.push(...textProblems(`${field}.unit`, unit, { min: 1, max: 40 }));
  return problems;
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
        reason: 'INVALID_URL',
        message: 'must be an http or https link of at most 500 characters',
        params: { max: 500 },
      });
    }
  }
  if (note !== null) problems.push(...textProblems('note', note, { max: 2000 }));
  if (evidenceUrl === null && note === null) {
    const message = 'give a link to the evidence or a note';
    problems.push(
      { field: 'evidenceUrl', reason: 'EVIDENCE_OR_NOTE', message },
      { field: 'note', reason: 'EVIDENCE_OR_NOTE', message },
    );
  }
  return problems;
}
