import { errorCodeOf, graphQLErrorsOf } from '../../api/utils/graphql-errors';
import type { MessageKey, Translate } from '../../i18n';
import { timingConflictMessage } from '../../deadlines/utils/deadlines';
import { mutationErrorMessage } from '../../skp/utils/mutation-error';

// CONFLICT messages the API sends for evaluations, feedback and calibration, in the user's language.
const CONFLICTS: { pattern: RegExp; key: MessageKey }[] = [
  { pattern: /someone else|is stale|exists already.*version/i, key: 'evaluation.conflict.stale' },
  { pattern: /FINAL evaluation changes only/, key: 'evaluation.conflict.final' },
  { pattern: /is (FINAL|ACKNOWLEDGED) already/, key: 'evaluation.conflict.final' },
  { pattern: /Only an approved SKP/, key: 'evaluation.conflict.notApproved' },
  { pattern: /evaluations are closed/, key: 'evaluation.conflict.cycle' },
  { pattern: /Only a FINAL evaluation can be acknowledged/, key: 'evaluation.conflict.notFinal' },
  { pattern: /annual evaluation only/, key: 'objection.conflict.annualOnly' },
  { pattern: /window for objections closed/, key: 'objection.conflict.closed' },
  { pattern: /filed already/, key: 'objection.conflict.filed' },
  { pattern: /FINAL evaluation in force/, key: 'objection.conflict.notInForce' },
  { pattern: /no ACTIVE cycle/, key: 'feedback.conflict.noCycle' },
  { pattern: /cycle changed meanwhile/, key: 'calibration.conflict.stale' },
];

/** True for the CONFLICTs that a reload resolves (someone else saved or finalised first). */
export const isStaleConflict = (error: unknown): boolean =>
  graphQLErrorsOf(error).some((e) => errorCodeOf(e) === 'CONFLICT');

/** One sentence for a failed evaluation/feedback/calibration mutation. */
export function evaluationErrorMessage(t: Translate, error: unknown): string {
  const timing = timingConflictMessage(t, error);
  if (timing) return timing;
  const first = graphQLErrorsOf(error)[0];
  if (first && errorCodeOf(first) === 'CONFLICT') {
    const found = CONFLICTS.find(({ pattern }) => pattern.test(first.message));
    return found ? t(found.key) : first.message;
  }
  if (first && errorCodeOf(first) === 'FORBIDDEN') return first.message;
  return mutationErrorMessage(t, error);
}
