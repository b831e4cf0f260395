import type {
  CoreValue,
  EvaluationFieldsFragment,
  Period,
  Rating,
  SaveEvaluationInput,
} from '../../api/generated/graphql';

export interface ValueFeedbackState {
  rating: Rating | '';
  text: string;
}

/** What the evaluator is typing; initialised from the saved draft, if any. */
export interface EvaluationFormState {
  resultRating: Rating | '';
  behaviorRating: Rating | '';
  summary: string;
  targetFeedback: Record<string, string>;
  valueFeedback: Partial<Record<CoreValue, ValueFeedbackState>>;
  /** The judgement of each KUALITATIF indicator, by indicator id ('' while not judged). */
  judgements: Record<string, Rating | ''>;
}

export function initialFormState(evaluation: EvaluationFieldsFragment | null): EvaluationFormState {
  const targetFeedback: Record<string, string> = {};
  const valueFeedback: Partial<Record<CoreValue, ValueFeedbackState>> = {};
  for (const item of evaluation?.feedback ?? []) {
    if (item.workTarget) targetFeedback[item.workTarget.id] = item.text ?? '';
    else if (item.coreValue)
      valueFeedback[item.coreValue] = { rating: item.rating ?? '', text: item.text ?? '' };
  }
  const judgements: Record<string, Rating | ''> = {};
  for (const judgement of evaluation?.judgements ?? [])
    if (judgement.indicator && judgement.rating)
      judgements[judgement.indicator.id] = judgement.rating;
  return {
    resultRating: evaluation?.resultRating ?? '',
    behaviorRating: evaluation?.behaviorRating ?? '',
    summary: evaluation?.summary ?? '',
    targetFeedback,
    valueFeedback,
    judgements,
  };
}

/**
 * The input for saveEvaluation (feedback without text and indicators not judged are left out;
 * never the predicate).
 */
export function toSaveInput({
  state,
  planId,
  period,
  version,
}: {
  state: EvaluationFormState;
  planId: string;
  period: Period;
  version: number | null;
}): SaveEvaluationInput {
  return {
    planId,
    period,
    resultRating: state.resultRating as Rating,
    behaviorRating: state.behaviorRating as Rating,
    summary: state.summary.trim() || null,
    targetFeedback: Object.entries(state.targetFeedback)
      .filter(([, text]) => text.trim())
      .map(([workTargetId, text]) => ({ workTargetId, text: text.trim() })),
    valueFeedback: (Object.entries(state.valueFeedback) as [CoreValue, ValueFeedbackState][])
      .filter(([, value]) => value.text.trim())
      .map(([coreValue, value]) => ({
        coreValue,
        rating: value.rating || null,
        text: value.text.trim(),
      })),
    judgements: Object.entries(state.judgements).flatMap(([indicatorId, rating]) =>
      rating ? [{ indicatorId, rating }] : [],
    ),
    ...(version !== null ? { version } : {}),
  };
}
