import { errorCodeOf, graphQLErrorsOf } from '../../api/utils/graphql-errors';
import type { MessageKey, Translate } from '../../i18n';

/** Field path (`description`, `indicators[0].target`, …) → the API's message for it. */
export type FieldErrors = Record<string, string>;

interface FieldProblem {
  field: string;
  message: string;
}

const isFieldProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldProblem).field === 'string' &&
  typeof (value as FieldProblem).message === 'string';

/** The `extensions.fields` of every BAD_USER_INPUT error, first message per field. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const result: FieldErrors = {};
  for (const graphQLError of graphQLErrorsOf(error)) {
    if (errorCodeOf(graphQLError) !== 'BAD_USER_INPUT') continue;
    const fields: unknown = graphQLError.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const problem of fields) {
      if (isFieldProblem(problem) && !(problem.field in result))
        result[problem.field] = problem.message;
    }
  }
  return result;
}

/**
 * The errors below one prefix, with the prefix removed: `nestedFieldErrors(errors, 'indicators[0]')`
 * turns `indicators[0].target` into `target`; the prefix itself becomes `''`.
 */
export function nestedFieldErrors(errors: FieldErrors, prefix: string): FieldErrors {
  const result: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field === prefix) result[''] = message;
    else if (field.startsWith(`${prefix}.`)) result[field.slice(prefix.length + 1)] = message;
    else if (field.startsWith(`${prefix}[`)) result[field.slice(prefix.length)] = message;
  }
  return result;
}

// The API speaks English; known messages are shown in the user's language, others as they are.
const MESSAGE_PATTERNS: { pattern: RegExp; key: MessageKey; params?: string[] }[] = [
  { pattern: /must be (\d+) to (\d+) characters/, key: 'skp.error.length', params: ['min', 'max'] },
  { pattern: /must be at most (\d+) characters/, key: 'skp.error.maxLength', params: ['max'] },
  { pattern: /must be a positive number/, key: 'skp.error.positive' },
  { pattern: /must be a number of at least 0/, key: 'skp.error.nonNegative' },
  { pattern: /must be an http or https link/, key: 'skp.error.url' },
  { pattern: /give a link to the evidence or a note/, key: 'skp.error.evidenceOrNote' },
  { pattern: /needs at least one UTAMA/, key: 'skp.error.needsUtama' },
  { pattern: /needs at least one indicator/, key: 'skp.error.needsIndicator' },
  { pattern: /at most (\d+) indicators/, key: 'skp.error.tooManyIndicators', params: ['max'] },
  { pattern: /must name the supervisor/, key: 'skp.error.parentRequired' },
  { pattern: /must be a work target of your supervisor/, key: 'skp.error.parentInvalid' },
  { pattern: /intervenes no RHK/, key: 'skp.error.parentNotAllowed' },
  { pattern: /has not started yet/, key: 'skp.error.periodNotStarted' },
  {
    pattern: /quarter targets add up to (-?[\d.]+), not the annual ([\d.]+)/,
    key: 'skp.error.quarterSum',
    params: ['made', 'target'],
  },
  { pattern: /TW4 target must be the annual target/, key: 'target.quarterCheck.LAST' },
  { pattern: /quarter targets average/, key: 'target.quarterCheck.AVERAGE' },
  { pattern: /one target for each of TW1, TW2, TW3 and TW4/, key: 'skp.error.quarterEach' },
  { pattern: /must be left out for a KUALITATIF/, key: 'qualitative.error.noValue' },
  { pattern: /is for KUALITATIF indicators only/, key: 'qualitative.error.noNarrative' },
  { pattern: /must be a KUALITATIF indicator of this plan/, key: 'qualitative.error.notJudgeable' },
  { pattern: /TW1, TW2, TW3 and TW4 at most once/, key: 'qualitative.error.quarterOnce' },
];

export function translateFieldMessage(t: Translate, message: string): string {
  for (const { pattern, key, params } of MESSAGE_PATTERNS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(
      (params ?? []).map((name, index) => [name, match[index + 1]]),
    );
    return t(key, values);
  }
  return message;
}

/** Props that tie an input to its error text (`aria-invalid`, `aria-describedby`). */
export function errorProps(id: string, message: string | undefined) {
  return message ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
}
