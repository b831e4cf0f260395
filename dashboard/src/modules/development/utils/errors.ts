import { errorCodeOf, graphQLErrorsOf } from '../../api/utils/graphql-errors';
import type { MessageKey, Translate } from '../../i18n';
import { translateFieldMessage } from '../../skp/utils/field-errors';
import { mutationErrorMessage } from '../../skp/utils/mutation-error';

// CONFLICT messages of the development API, in the user's language.
const CONFLICTS: { pattern: RegExp; key: MessageKey }[] = [
  { pattern: /Someone else changed/i, key: 'development.conflict.stale' },
  { pattern: /cycle is closed/, key: 'development.conflict.cycleClosed' },
  { pattern: /planned or done already/, key: 'development.conflict.taken' },
  { pattern: /cannot become/, key: 'development.conflict.status' },
  { pattern: /only its outcome and evidence/, key: 'development.conflict.finished' },
  { pattern: /exists already/, key: 'development.conflict.codeTaken' },
  { pattern: /is retired/, key: 'development.conflict.retired' },
];

/** True when someone else saved first (a stale version): reloading shows their change. */
export const isStaleVersion = (error: unknown): boolean =>
  graphQLErrorsOf(error).some(
    (e) => errorCodeOf(e) === 'CONFLICT' && /Someone else changed/i.test(e.message),
  );

/** One sentence for a failed development mutation (field problems are shown beside inputs). */
export function developmentErrorMessage(t: Translate, error: unknown): string {
  const first = graphQLErrorsOf(error)[0];
  if (first && errorCodeOf(first) === 'CONFLICT') {
    const found = CONFLICTS.find(({ pattern }) => pattern.test(first.message));
    return found ? t(found.key) : first.message;
  }
  if (first && errorCodeOf(first) === 'FORBIDDEN') return t('development.error.forbidden');
  return mutationErrorMessage(t, error);
}

const FIELD_MESSAGES: { pattern: RegExp; key: MessageKey; params?: string[] }[] = [
  {
    pattern: /required pembinaan is cancelled only with a reason/,
    key: 'development.error.cancelReason',
  },
  { pattern: /is given only when cancelling/, key: 'development.error.cancelOnly' },
  { pattern: /is required for coaching and mentoring/, key: 'development.error.jpRequired' },
  {
    pattern: /whole number (of JP )?from (\d+) to (\d+)/,
    key: 'development.error.jpRange',
    params: ['', 'min', 'max'],
  },
  { pattern: /must be a date as YYYY-MM-DD/, key: 'development.error.date' },
  {
    pattern: /must be within the (\d{4}) cycle/,
    key: 'development.error.dateOutsideCycle',
    params: ['year'],
  },
  { pattern: /must not contain control characters/, key: 'development.error.controlCharacters' },
  { pattern: /must be an http\(s\) link/, key: 'development.error.url' },
  { pattern: /2–32 capital letters/, key: 'development.error.code' },
  { pattern: /name at least one BerAKHLAK value/, key: 'development.error.competencies' },
  { pattern: /is retired and no longer offered/, key: 'development.conflict.retired' },
];

/** An `extensions.fields` message in the user's language (unknown ones as they are). */
export function developmentFieldMessage(t: Translate, message: string): string {
  for (const { pattern, key, params } of FIELD_MESSAGES) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values: Record<string, string> = {};
    (params ?? []).forEach((name, index) => {
      if (name) values[name] = match[index + 1];
    });
    return t(key, values);
  }
  return translateFieldMessage(t, message);
}
