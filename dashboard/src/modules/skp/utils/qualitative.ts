import type {
  IndicatorAspect,
  IndicatorDirection,
  IndicatorKind,
  Period,
} from '../../api/generated/graphql';
// KUALITATIF indicators: a narrative target and narrative realisations, judged by the supervisor
// per period (no percentage). The API rules are in api/src/modules/plan/utils/plan-validation.util.ts.
import type { Problem } from '../../api/utils/error-messages';

export const NARRATIVE_MAX = 2000;

export const isQualitative = (indicator: { kind?: IndicatorKind | null }) =>
  indicator.kind === 'KUALITATIF';

export type QualitativeState = 'JUDGED' | 'AWAITING_JUDGEMENT' | 'NOT_REPORTED';

/**
 * What the report page shows instead of a percentage: the supervisor's judgement once the
 * employee can read it, else whether the narrative waits for it or is still missing.
 */
export function qualitativeState({
  narrated,
  judged,
}: {
  narrated: boolean;
  judged: boolean;
}): QualitativeState {
  if (judged) return 'JUDGED';
  return narrated ? 'AWAITING_JUDGEMENT' : 'NOT_REPORTED';
}

/** The judgements of an evaluation by indicator id. */
export function judgementsByIndicator<R extends string>(
  judgements: readonly { indicator: { id: string } | null; rating: R | null }[] | null | undefined,
): Map<string, R> {
  const byIndicator = new Map<string, R>();
  for (const judgement of judgements ?? [])
    if (judgement.indicator && judgement.rating)
      byIndicator.set(judgement.indicator.id, judgement.rating);
  return byIndicator;
}

export interface NarrativeIndicatorDraft {
  aspect: IndicatorAspect;
  description: string;
  narrativeTarget: string;
  direction: IndicatorDirection;
  actionPlans: readonly string[];
}

/** The indicator input of a KUALITATIF IKI: the narrative target and the rencana aksi, no numbers. */
export function narrativeIndicatorInput(
  draft: NarrativeIndicatorDraft,
  quarters: readonly Period[],
) {
  return {
    kind: 'KUALITATIF' as const,
    aspect: draft.aspect,
    description: draft.description,
    narrativeTarget: draft.narrativeTarget,
    direction: draft.direction,
    periodTargets: quarters.flatMap((period, index) => {
      const actionPlan = draft.actionPlans[index]?.trim();
      return actionPlan ? [{ period, actionPlan }] : [];
    }),
  };
}

/** The local check of a narrative before sending (the API checks it too, with the same reason). */
export function narrativeProblem(text: string): Problem | null {
  const length = text.trim().length;
  return length < 1 || length > NARRATIVE_MAX
    ? { reason: 'LENGTH', params: { min: 1, max: NARRATIVE_MAX } }
    : null;
}
