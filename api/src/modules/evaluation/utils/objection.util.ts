import { dateProblem } from '../../../platform/graphql/dates';
import type { FieldProblem } from '../../../platform/graphql/errors';
import { jakartaDate } from '../../cycle/utils/periods.util';

/**
 * The atasan pejabat penilai decides a keberatan after the pejabat penilai's response (tanggapan,
 * DESIGN §2). So that a silent pejabat penilai cannot block the decision, the atasan may also decide
 * once this many days have passed since filing without a response.
 */
export const RESPONSE_WAIT_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;

/** From when the atasan may decide: the response, or RESPONSE_WAIT_DAYS after filing, whichever is first. */
export function canDecideFrom(filedAt: Date, respondedAt: Date | null): Date {
  const waited = new Date(filedAt.getTime() + RESPONSE_WAIT_DAYS * DAY_MS);
  return respondedAt !== null && respondedAt.getTime() < waited.getTime() ? respondedAt : waited;
}

/**
 * The atasan decides within this many calendar days of the file being complete (the response, or
 * the end of the wait for it), as an objection is decided within 14 days of reaching the atasan.
 */
export const DECISION_DAYS = 14;

/** The last day (YYYY-MM-DD, Asia/Jakarta) on which the objection may be decided. */
export function decideBy(filedAt: Date, respondedAt: Date | null): string {
  return jakartaDate(
    new Date(canDecideFrom(filedAt, respondedAt).getTime() + DECISION_DAYS * DAY_MS),
  );
}

/** Calendar days left to decide on `now` (0 on the last day, negative once it has passed). */
export function decisionDaysLeft(filedAt: Date, respondedAt: Date | null, now: Date): number {
  const last = Date.parse(`${decideBy(filedAt, respondedAt)}T00:00:00Z`);
  const today = Date.parse(`${jakartaDate(now)}T00:00:00Z`);
  return Math.round((last - today) / DAY_MS);
}

/**
 * Why a decision cannot be taken (a CONFLICT reason), or null when it can. `now` is the request's
 * instant; `decidedOn` the day of the decision (today, or the date of a decision taken outside and
 * recorded later by HR).
 */
export function decisionRefusal(
  objection: { status: string; filedAt: Date; respondedAt: Date | null },
  now: Date,
  decidedOn: string = jakartaDate(now),
): 'ALREADY_DECIDED' | 'AWAITING_RESPONSE' | 'DECISION_WINDOW_CLOSED' | null {
  if (objection.status !== 'FILED') return 'ALREADY_DECIDED';
  if (now.getTime() < canDecideFrom(objection.filedAt, objection.respondedAt).getTime())
    return 'AWAITING_RESPONSE';
  if (decidedOn > decideBy(objection.filedAt, objection.respondedAt))
    return 'DECISION_WINDOW_CLOSED';
  return null;
}

/** Whole days since an instant (0 on the day it happened, by 24-hour steps). */
export function daysSince(instant: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - instant.getTime()) / DAY_MS));
}

/**
 * What is wrong with the date of an external decision (YYYY-MM-DD, a real calendar day, not before
 * the filing day nor after today, both on the Asia/Jakarta calendar), or null.
 */
export function externalDecisionDateProblem(
  date: string,
  filedAt: Date,
  now: Date,
): FieldProblem | null {
  const field = 'decisionDate';
  const notADate = dateProblem(field, date);
  if (notADate) return notADate;
  if (date > jakartaDate(now))
    return { field, reason: 'DATE_IN_FUTURE', message: 'must not be in the future' };
  const filedOn = jakartaDate(filedAt);
  if (date < filedOn)
    return {
      field,
      reason: 'DECISION_BEFORE_FILING',
      message: 'must not be before the objection was filed',
      params: { filedOn },
    };
  return null;
}

// Inbox messages are stored in the default language (Indonesian), like the other notices.

/** The notice of the pejabat penilai's response, to the employee and the atasan. */
export const responseNoticeMessage = (response: string): string =>
  `Pejabat penilai menanggapi keberatan: ${response}`;

/** The notice of a decision, to the employee (`toEmployee`) or to the pejabat penilai. */
export function decisionNoticeMessage(
  upheld: boolean,
  reason: string,
  toEmployee: boolean,
): string {
  const outcome = upheld ? 'dikabulkan' : 'ditolak';
  return toEmployee
    ? `Keberatan Anda ${outcome}: ${reason}`
    : `Keberatan atas penilaian yang Anda buat ${outcome}: ${reason}`;
}
