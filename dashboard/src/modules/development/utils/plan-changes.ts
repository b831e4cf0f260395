import type { Problem } from '../../api/utils/error-messages';
import type { DevelopmentActivityFieldsFragment } from '../../api/generated/graphql';

/** What the supervisor typed in the plan edit form, as text. */
export interface PlanDraft {
  title: string;
  reason: string;
  jp: string;
  dueDate: string;
}

export interface PlanChanges {
  title?: string;
  reason?: string;
  jp?: number;
  dueDate?: string | null;
}

/** The activity's editable values as the form shows them. */
export const planDraftOf = (activity: DevelopmentActivityFieldsFragment): PlanDraft => ({
  title: activity.title ?? '',
  reason: activity.reason ?? '',
  jp: activity.jp == null ? '' : String(activity.jp),
  dueDate: activity.dueDate?.slice(0, 10) ?? '',
});

/**
 * After a reload brings someone else's version: fields the user left alone take the new values,
 * fields they typed in keep what they typed (so saving again never quietly undoes the other
 * change, and nothing typed is lost).
 */
export function rebaseDraft({
  draft,
  before,
  after,
}: {
  draft: PlanDraft;
  before: PlanDraft;
  after: PlanDraft;
}): PlanDraft {
  const result = { ...draft };
  for (const field of Object.keys(draft) as (keyof PlanDraft)[])
    if (draft[field] === before[field]) result[field] = after[field];
  return result;
}

/** The API's bound on an activity's JP (MAX_ACTIVITY_JP); a JP outside it is its problem too. */
export const MAX_ACTIVITY_JP = 200;
const JP_PROBLEM: Problem = {
  reason: 'WHOLE_NUMBER_RANGE',
  params: { min: 0, max: MAX_ACTIVITY_JP },
};

/**
 * The fields of an `updateDevelopmentActivity` input that differ from the activity as read;
 * only a free-form coaching or mentoring sends its title. A JP that is no whole number in range
 * is a problem here (the API would reject it too); everything else the API checks.
 */
export function planChanges({
  activity,
  draft,
  freeForm,
}: {
  activity: DevelopmentActivityFieldsFragment;
  draft: PlanDraft;
  freeForm: boolean;
}): { changes: PlanChanges } | { problems: Record<string, Problem> } {
  const jpText = draft.jp.trim();
  const jp = Number(jpText);
  const jpUnchanged = jpText === '' && activity.jp === null;
  if (!jpUnchanged && (!/^\d+$/.test(jpText) || jp > MAX_ACTIVITY_JP))
    return { problems: { jp: JP_PROBLEM } };

  const changes: PlanChanges = {};
  const title = draft.title.trim();
  if (freeForm && title !== (activity.title ?? '')) changes.title = title;
  const reason = draft.reason.trim();
  if (reason !== (activity.reason ?? '')) changes.reason = reason;
  if (!jpUnchanged && jp !== activity.jp) changes.jp = jp;
  const dueDate = draft.dueDate.trim();
  if (dueDate !== (activity.dueDate?.slice(0, 10) ?? '')) changes.dueDate = dueDate || null;
  return { changes };
}
