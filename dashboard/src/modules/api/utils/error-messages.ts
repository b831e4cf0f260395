import type { GraphQLFormattedError } from 'graphql';
import { isMessageKey, type Translate } from '../../i18n';
import type { MessageParams } from '../../i18n/utils/translate';
import { formatDay } from '../../ui/utils/dates';
import { classifyLoadError, errorCodeOf, graphQLErrorsOf } from './graphql-errors';

// The one place the API's refusals become text: `extensions.reason` (and each field problem's
// `reason`) → `reason.<REASON>` in the dictionaries, with the values the API sent beside it;
// a reason this dashboard does not know yet → `error.code.<CODE>`. The English `message` is for
// API users and is never shown.

/** Field path (`description`, `indicators[0].target`, …) → what is wrong with it, translated. */
export type FieldErrors = Record<string, string>;

// Reasons a reload cures: someone else saved the same thing, or changed what it refers to, first.
const RELOAD_REASONS = ['STALE_VERSION', 'DUPLICATE', 'REFERENCE_CHANGED'];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The values a reason's text names; days as the user's calendar date. */
function paramsOf(t: Translate, values: Record<string, unknown>): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'number') params[name] = value;
    else if (typeof value === 'string')
      params[name] = ISO_DAY.test(value) ? formatDay(value, t('error.locale')) : value;
  }
  return params;
}

/** The text of a reason, or null when there is none (no reason, or one newer than this dashboard). */
function reasonText(t: Translate, reason: unknown, values: Record<string, unknown>): string | null {
  const key = `reason.${String(reason)}`;
  return typeof reason === 'string' && isMessageKey(key) ? t(key, paramsOf(t, values)) : null;
}

/** The reason of a GraphQL error, when it has one. */
const errorReasonOf = (error: GraphQLFormattedError): string | undefined => {
  const reason = error.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
};

/** One sentence for a failed request: its first error's reason, else its code, else the transport. */
export function errorMessage(t: Translate, error: unknown): string {
  const first = graphQLErrorsOf(error)[0];
  if (!first)
    return classifyLoadError(error) === 'network'
      ? t('common.errorNetwork')
      : t('common.errorServer');
  const { code: _code, reason, fields: _fields, ...values } = first.extensions ?? {};
  const text = reasonText(t, reason, values);
  if (text) return text;
  const codeKey = `error.code.${errorCodeOf(first)}`;
  return isMessageKey(codeKey) ? t(codeKey) : t('common.errorServer');
}

/** Why a value is refused, as the API says it: also how a form's own checks describe a problem. */
export interface Problem {
  reason: string;
  params?: Record<string, unknown>;
}

/** The text of one field problem. */
export const problemText = (t: Translate, { reason, params = {} }: Problem): string =>
  reasonText(t, reason, params) ?? t('error.field');

interface SentProblem {
  field: string;
  reason?: unknown;
  params?: Record<string, unknown>;
}

const isSentProblem = (value: unknown): value is SentProblem =>
  typeof value === 'object' && value !== null && typeof (value as SentProblem).field === 'string';

/** The field problems (`extensions.fields`) of every BAD_USER_INPUT error, first one per field. */
export function fieldErrorsOf(t: Translate, error: unknown): FieldErrors {
  const result: FieldErrors = {};
  for (const graphQLError of graphQLErrorsOf(error)) {
    if (errorCodeOf(graphQLError) !== 'BAD_USER_INPUT') continue;
    const fields: unknown = graphQLError.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const problem of fields) {
      if (!isSentProblem(problem) || problem.field in result) continue;
      result[problem.field] =
        reasonText(t, problem.reason, problem.params ?? {}) ?? t('error.field');
    }
  }
  return result;
}

/** A CONFLICT a reload resolves: someone else saved first (STALE_VERSION, DUPLICATE, REFERENCE_CHANGED). */
export const isStaleVersion = (error: unknown): boolean =>
  graphQLErrorsOf(error).some(
    (graphQLError) =>
      errorCodeOf(graphQLError) === 'CONFLICT' &&
      RELOAD_REASONS.includes(errorReasonOf(graphQLError) ?? ''),
  );
