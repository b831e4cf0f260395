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

/** A stored code by the text the dictionary keeps under `prefix` + code; one it does not name, as stored. */
function named(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** A record type in the reader's language; a type this dashboard does not know yet, as stored. */
export const entityName = (t: Translate, entity: string): string =>
  named(t, 'audit.entityName.', entity);

/** An action in the reader's language; an action this dashboard does not know yet, as stored. */
export const actionName = (t: Translate, action: string): string => named(t, ACTION_KEY, action);

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
 * Whether a field changed is decided on the stored values; `text` only says them (`valueText`).
 */
export function changeRows(
  before: unknown,
  after: unknown,
  text: (value: unknown, field: string) => string = show,
): ChangeRow[] {
  const old = asRecord(before) ?? {};
  const now = asRecord(after) ?? {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  const rows = fields.map((field) => ({
    field,
    before: text(old[field], field),
    after: text(now[field], field),
    changed: show(old[field]) !== show(now[field]),
  }));
  return [...rows.filter((row) => row.changed), ...rows.filter((row) => !row.changed)];
}

/** A record's field in the reader's language; a field this dashboard does not know yet, as stored. */
export const fieldName = (t: Translate, field: string): string =>
  named(t, 'audit.fieldName.', field);

/** A moment as the API stores it (ISO 8601 in UTC): a date alone stays as written. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Fields whose values are codes the dictionary names, by the dictionary's prefix for them. */
const CODES_OF_FIELD: Record<string, string> = {
  gender: 'gender',
  predicate: 'predicate',
  resultRating: 'rating',
  behaviorRating: 'rating',
  suggestedResultRating: 'rating',
  approach: 'approach',
  period: 'period',
  coreValue: 'coreValue',
  coreValues: 'coreValue',
  reasonCoreValue: 'coreValue',
  aspects: 'aspect',
  reasonAspect: 'aspect',
  roles: 'role',
};

/** Fields whose codes differ by record type (a plan's status is not a cycle's). */
const CODES_OF_RECORD: Record<string, Record<string, string>> = {
  PerformancePlan: { status: 'planStatus' },
  Evaluation: { status: 'evaluationStatus' },
  Cycle: { status: 'cycleStatus' },
  Objection: { status: 'objectionStatus' },
  Feedback: { kind: 'feedbackKind' },
  OrganizationPredicate: { predicate: 'organizationPredicate' },
};

/** The names the API gives the ids in before/after (`AuditLog.references`), by field and id. */
export const referenceNames = (
  references: readonly { field: string; recordId: string; name: string }[] | null | undefined,
): ReadonlyMap<string, string> =>
  new Map((references ?? []).map(({ field, recordId, name }) => [`${field}:${recordId}`, name]));

/**
 * A stored value as the reader says it: yes/no, "(empty)" for null, a code by its name (a plan's
 * APPROVED as "Disetujui", BAIK as "Baik") where the field's codes are named, an id by the name of
 * its record where the API gave one ("Budi Santoso (#7)"), a moment in the reader's format (as the
 * record's own time), a list comma-separated; anything else as stored.
 */
export function valueText(
  t: Translate,
  moment: Intl.DateTimeFormat,
  entity = '',
  names: ReadonlyMap<string, string> = new Map(),
) {
  const code = (value: string, field: string) => {
    const prefix = CODES_OF_RECORD[entity]?.[field] ?? CODES_OF_FIELD[field];
    return prefix ? named(t, `${prefix}.`, value) : value;
  };
  const text = (value: unknown, field = ''): string => {
    if (value === undefined) return '';
    if (value === null) return t('audit.value.null');
    if (value === true) return t('audit.value.true');
    if (value === false) return t('audit.value.false');
    if (typeof value === 'string')
      return INSTANT.test(value) ? moment.format(new Date(value)) : code(value, field);
    if (typeof value === 'number') {
      const name = names.get(`${field}:${value}`);
      return name === undefined ? String(value) : t('audit.value.named', { name, id: value });
    }
    if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object'))
      return value.map((item) => text(item, field)).join(', ');
    return JSON.stringify(value);
  };
  return text;
}
