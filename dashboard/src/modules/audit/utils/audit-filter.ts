import { isMessageKey, messageKeysStartingWith, type Translate } from '../../i18n';
import type { AuditLogFilter } from '../../api/generated/graphql';

const ACTION_KEY = 'audit.actionName.';

/** The filter form as typed: every field a string, blank meaning "any". */
export interface AuditFilterForm {
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterForm = {
  actor: '',
  entity: '',
  entityId: '',
  action: '',
  from: '',
  to: '',
};

const KEYS = Object.keys(EMPTY_AUDIT_FILTER) as (keyof AuditFilterForm)[];

/**
 * The actions the API writes, offered as suggestions: those the dictionaries name (read from the
 * loaded dictionary, so the audit page does not pull the texts into a chunk of their own).
 */
export const knownActions = (): string[] =>
  messageKeysStartingWith(ACTION_KEY).map((key) => key.slice(ACTION_KEY.length));

/** Record types written to the audit log so far, offered as suggestions (any other may be typed). */
export const KNOWN_ENTITIES = [
  'Employee',
  'User',
  'OrgUnit',
  'Position',
  'Cycle',
  'PerformancePlan',
  'WorkTarget',
  'BehaviorExpectation',
  'Realization',
  'Evaluation',
  'Objection',
  'OrganizationPredicate',
  'Feedback',
  'DevelopmentActivity',
  'TrainingProgram',
  'Recap',
  'AuditLog',
  'ActingAssignment',
  'Kecamatan',
] as const;

/** A record type in the reader's language; a type this dashboard does not know yet, as stored. */
export function entityName(t: Translate, entity: string): string {
  const key = `audit.entityName.${entity}`;
  return isMessageKey(key) ? t(key) : entity;
}

/** An action in the reader's language; an action this dashboard does not know yet, as stored. */
export function actionName(t: Translate, action: string): string {
  const key = `${ACTION_KEY}${action}`;
  return isMessageKey(key) ? t(key) : action;
}

/** The API filter of a form: trimmed, blanks left out (so an empty form reads everything). */
export function toAuditFilter(form: AuditFilterForm): AuditLogFilter {
  const filter: AuditLogFilter = {};
  for (const key of KEYS) {
    const value = form[key].trim();
    if (value) filter[key] = value;
  }
  return filter;
}

/** Whether any filter is set. */
export const isFiltered = (form: AuditFilterForm): boolean =>
  KEYS.some((key) => form[key].trim() !== '');

/** The export of the same filter: the API route takes the filter fields as query parameters. */
export function auditExportHref(filter: AuditLogFilter): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (typeof value === 'string' && value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/exports/audit-log.xlsx?${query}` : '/exports/audit-log.xlsx';
}

export interface ChangeRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

const show = (value: unknown): string =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

/**
 * Before and after side by side, one row per field named in either: the changed ones first (what
 * the reader looks for in a record of twenty fields), then the rest, each in the record's order.
 */
export function changeRows(before: unknown, after: unknown): ChangeRow[] {
  const old = asRecord(before) ?? {};
  const now = asRecord(after) ?? {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  const rows = fields.map((field) => {
    const was = show(old[field]);
    const is = show(now[field]);
    return { field, before: was, after: is, changed: was !== is };
  });
  return [...rows.filter((row) => row.changed), ...rows.filter((row) => !row.changed)];
}
