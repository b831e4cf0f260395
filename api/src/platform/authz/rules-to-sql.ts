import { CompoundCondition, type Condition, type FieldCondition } from '@ucast/mongo2js';
import { rulesToCondition } from '@casl/ability/extra';
import type { Action, AppAbility, SubjectName } from './abilities';

/** SQL for one condition field: a column expression, or a builder for derived fields. */
export type SqlField =
  string | ((operator: string, value: unknown, param: (value: unknown) => string) => string);
export type SqlFieldMap = Record<string, SqlField>;

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

export const ALLOW_ALL: SqlCondition = { sql: '1=1', params: {} };
export const ALLOW_NONE: SqlCondition = { sql: '1=0', params: {} };

let parameterSequence = 0;

const COMPARISON: Record<string, string> = {
  eq: '=',
  ne: '<>',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
};

/**
 * Translates the viewer's CASL rules for (action, subject, field) into one SQL condition, so lists and
 * counts are filtered in the database by exactly the rules the field guard applies in memory.
 */
export function rulesToSql(
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
  field: string | undefined,
  fields: SqlFieldMap,
): SqlCondition {
  const ast = rulesToCondition(
    ability.rulesFor(action, subject, field),
    (rule): Condition => (rule.inverted ? new CompoundCondition('not', [rule.ast!]) : rule.ast!),
    {
      and: (conditions) => new CompoundCondition('and', conditions),
      or: (conditions) => new CompoundCondition('or', conditions),
      empty: () => new CompoundCondition('and', []),
    },
  );
  if (ast === null) return ALLOW_NONE;
  const params: Record<string, unknown> = {};
  const param = (value: unknown) => {
    const name = `authz_${(parameterSequence = (parameterSequence + 1) % 1_000_000)}`;
    params[name] = value;
    return `:${Array.isArray(value) ? '...' : ''}${name}`;
  };
  return { sql: toSql(ast, fields, param), params };
}

function toSql(
  condition: Condition,
  fields: SqlFieldMap,
  param: (value: unknown) => string,
): string {
  if (condition instanceof CompoundCondition) {
    const parts = (condition.value as Condition[]).map((c) => toSql(c, fields, param));
    switch (condition.operator) {
      case 'and':
        return parts.length === 0 ? '1=1' : `(${parts.join(' AND ')})`;
      case 'or':
        return parts.length === 0 ? '1=0' : `(${parts.join(' OR ')})`;
      case 'not':
        return `NOT (${parts.join(' AND ')})`;
      default:
        throw new Error(`rulesToSql: unsupported compound operator ${condition.operator}`);
    }
  }
  const { field, operator, value } = condition as FieldCondition;
  const mapped = fields[field];
  if (mapped === undefined)
    throw new Error(`rulesToSql: no SQL mapping for condition field "${field}"`);
  if (typeof mapped === 'function') return mapped(operator, value, param);
  if (operator in COMPARISON) {
    if (value === null) return operator === 'eq' ? `${mapped} IS NULL` : `${mapped} IS NOT NULL`;
    return `${mapped} ${COMPARISON[operator]} ${param(value)}`;
  }
  if (operator === 'in' || operator === 'nin') {
    const values = value as unknown[];
    if (values.length === 0) return operator === 'in' ? '1=0' : '1=1';
    return `${mapped} ${operator === 'in' ? 'IN' : 'NOT IN'} (${param(values)})`;
  }
  throw new Error(`rulesToSql: unsupported operator "${operator}" on "${field}"`);
}

/**
 * A translation made once per ability, for a call site whose action, subject, field and SQL
 * mapping never change: abilities are cached per viewer and immutable, so the viewer's next
 * request reuses it (a changed role or account is a new ability, and a new translation).
 */
export function oncePerAbility(
  translate: (ability: AppAbility) => SqlCondition,
): (ability: AppAbility) => SqlCondition {
  const translations = new WeakMap<AppAbility, SqlCondition>();
  return (ability) => {
    let translation = translations.get(ability);
    if (!translation) translations.set(ability, (translation = translate(ability)));
    return translation;
  };
}
