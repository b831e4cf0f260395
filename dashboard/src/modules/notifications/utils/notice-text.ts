import { isMessageKey, type Translate } from '../../i18n';
import type { MessageParams } from '../../i18n/utils/translate';
import { formatDay } from '../../ui/utils/dates';

// Notices are worded here, in the reader's language, from their kind and the values the API
// stored with them (`params`); the API's Indonesian `message` is for API users and never shown.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PERIODS = ['TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL'];
const PREDICATES = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

export interface NoticeContent {
  kind: string | null;
  params?: readonly { name: string; value: string }[] | null;
}

/** The dictionary key of a notice: its kind, with the variant its values name. */
function noticeKey(kind: string, values: Record<string, string>): string {
  if (kind === 'evaluation.final' && values.objectionDeadline)
    return 'notifications.text.evaluation.finalAnnual';
  return values.audience
    ? `notifications.text.${kind}.${values.audience}`
    : `notifications.text.${kind}`;
}

/** Values as the sentence shows them: periods and predicates by name, days as calendar dates. */
function shownParams(t: Translate, values: Record<string, string>): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === 'period' && PERIODS.includes(value))
      params[name] = t(`periodLong.${value as 'TW1'}`);
    else if (name === 'predicate' && PREDICATES.includes(value))
      params[name] = t(`predicate.${value as 'BAIK'}`);
    else params[name] = ISO_DAY.test(value) ? formatDay(value, t('error.locale')) : value;
  }
  return params;
}

/**
 * A notice in the reader's language, or null when this dashboard has no sentence for it (a kind
 * newer than the dashboard) or it lacks a value the sentence names (stored before notices had
 * values): the inbox then shows its kind only, never text in another language.
 */
export function noticeText(t: Translate, { kind, params }: NoticeContent): string | null {
  if (!kind) return null;
  const values = Object.fromEntries((params ?? []).map((param) => [param.name, param.value]));
  const key = noticeKey(kind, values);
  if (!isMessageKey(key)) return null;
  const named = [...t(key).matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  return named.every((name) => name in values) ? t(key, shownParams(t, values)) : null;
}
