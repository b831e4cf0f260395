import type { Rating } from '../../api/generated/graphql';
import type { MessageKey } from '../../i18n';

export const TEXT_MIN = 10;
export const TEXT_MAX = 4000;

export type WaitingRole = 'respond' | 'decide' | 'recordExternal';

/** One row per objection (to respond to, to decide, or to record), the longest waiting first. */
export function waitingRows<
  Objection extends { id: string; daysWaiting?: number | null; decidedOutside?: boolean | null },
>(
  toDecide: readonly Objection[],
  toRespond: readonly Objection[],
): { objection: Objection; role: WaitingRole }[] {
  const rows = new Map<string, { objection: Objection; role: WaitingRole }>();
  for (const objection of toRespond) rows.set(objection.id, { objection, role: 'respond' });
  for (const objection of toDecide)
    if (!rows.has(objection.id))
      rows.set(objection.id, {
        objection,
        role: objection.decidedOutside ? 'recordExternal' : 'decide',
      });
  return [...rows.values()].sort(
    (a, b) =>
      (b.objection.daysWaiting ?? 0) - (a.objection.daysWaiting ?? 0) ||
      Number(a.objection.id) - Number(b.objection.id),
  );
}

/** Whether the decision may be taken now (the response is in, or 7 days passed). */
export const decidableNow = (canDecideFrom: string | null | undefined, now: Date): boolean =>
  !canDecideFrom || Date.parse(canDecideFrom) <= now.getTime();

export interface DecisionForm {
  decision: 'UPHELD' | 'REJECTED' | '';
  reason: string;
  resultRating: Rating | '';
  behaviorRating: Rating | '';
}

export interface ExternalForm extends DecisionForm {
  decidedBy: string;
  referenceNumber: string;
  decisionDate: string;
}

export type FormProblems = Partial<Record<keyof ExternalForm, MessageKey>>;

/** What is missing in a decision before it is sent (the API checks the same). */
export function decisionFormProblems(form: DecisionForm): FormProblems {
  const problems: FormProblems = {};
  if (!form.decision) problems.decision = 'objections.problem.decision';
  const length = form.reason.trim().length;
  if (length < TEXT_MIN || length > TEXT_MAX) problems.reason = 'objections.problem.text';
  if (form.decision === 'UPHELD') {
    if (!form.resultRating) problems.resultRating = 'objections.problem.rating';
    if (!form.behaviorRating) problems.behaviorRating = 'objections.problem.rating';
  }
  return problems;
}

/** The external decision adds who decided, the reference and its date (today at the latest). */
export function externalFormProblems(form: ExternalForm, today: string): FormProblems {
  const problems = decisionFormProblems(form);
  const by = form.decidedBy.trim().length;
  if (by < 1 || by > 200) problems.decidedBy = 'objections.problem.decidedBy';
  const reference = form.referenceNumber.trim().length;
  if (reference < 1 || reference > 100) problems.referenceNumber = 'objections.problem.reference';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.decisionDate))
    problems.decisionDate = 'objections.problem.date';
  else if (form.decisionDate > today) problems.decisionDate = 'objections.problem.future';
  return problems;
}

/** The decision deadline as the list and the decision view say it, or null once decided. */
export function decisionDeadline(objection: {
  decideBy?: string | null;
  decisionDaysLeft?: number | null;
}): { key: MessageKey; days: number } | null {
  const left = objection.decisionDaysLeft;
  if (left === null || left === undefined || !objection.decideBy) return null;
  if (left < 0) return { key: 'objections.deadline.passed', days: -left };
  if (left === 0) return { key: 'objections.deadline.today', days: 0 };
  return { key: 'objections.deadline.left', days: left };
}
