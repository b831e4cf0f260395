import { type AbilityBuilder, subject as asSubject } from '@casl/ability';
import type { Context } from '../graphql/context';
import type { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import type { AppAbility, SubjectName } from './abilities';

export type Row = Record<string, unknown>;
export type DefineRules = (builder: AbilityBuilder<AppAbility>, viewer: Viewer) => void;

export interface SubjectPolicy {
  /**
   * Every field a rule may name. A subject with fields is a guarded GraphQL object type of the same
   * name: each field resolves only where a read rule names it. A subject without fields is a
   * capability checked per query (a team dashboard, calibration), and its rules name no field.
   */
  fields?: readonly string[];
  /** The derived attributes its rule conditions test, added to a row before an in-memory check. */
  attributes?: (row: Row, context: Context, type: SubjectName) => Promise<Row>;
  /**
   * Attributes that cost a (batched) query, for rules that reach past the reporting line (who
   * decides a keberatan): loaded only when the viewer's read rules test one of `fields` and the
   * cheaper `attributes` did not already allow the read.
   */
  fallback?: {
    fields: readonly string[];
    attributes: (row: Row, context: Context, type: SubjectName) => Promise<Row>;
  };
}

/** A module's permission policy: its subjects and its rules. Kept in `<module>.permissions.ts`. */
export interface Policy {
  subjects: Record<SubjectName, SubjectPolicy>;
  /** Rules of every signed-in user. */
  signedIn?: DefineRules;
  /** Rules per stored role (a role the policy does not name adds nothing). */
  roles?: Partial<Record<Role, DefineRules>>;
}

let registry: { policies: readonly Policy[]; subjects: Map<SubjectName, SubjectPolicy> } | null =
  null;

/**
 * The composition root registers every module's policy before the first request; a new call
 * replaces them.
 */
export function registerPolicies(policies: readonly Policy[]): void {
  const subjects = new Map<SubjectName, SubjectPolicy>();
  for (const policy of policies) {
    for (const [name, subject] of Object.entries(policy.subjects)) {
      if (subjects.has(name)) throw new Error(`Two policies declare the subject ${name}`);
      subjects.set(name, subject);
    }
  }
  registry = { policies, subjects };
}

function registered() {
  if (!registry) throw new Error('No permission policies registered (see registerPolicies)');
  return registry;
}

export const registeredPolicies = (): readonly Policy[] => registered().policies;

/** Every declared subject by name. */
export const registeredSubjects = (): ReadonlyMap<SubjectName, SubjectPolicy> =>
  registered().subjects;

/** The GraphQL object types whose fields are checked against the viewer's `read` rules. */
export const guardedTypes = (): SubjectName[] =>
  [...registered().subjects].filter(([, subject]) => subject.fields).map(([name]) => name);

/** A row with the derived attributes its subject's rule conditions test. */
export async function conditionAttributes(
  type: SubjectName,
  row: Row,
  context: Context,
): Promise<Row> {
  const subject = registered().subjects.get(type);
  if (!subject) throw new Error(`No policy declares the subject ${type}`);
  return subject.attributes ? subject.attributes(row, context, type) : row;
}

/** Per ability (one per request): the condition fields of its read rules on each type. */
const conditionFieldsOf = new WeakMap<AppAbility, Map<SubjectName, ReadonlySet<string>>>();

/** Whether the viewer's read rules on a type test a field, so an attribute is worth loading. */
export function readRulesTest(ability: AppAbility, type: SubjectName, field: string): boolean {
  let byType = conditionFieldsOf.get(ability);
  if (!byType)
    conditionFieldsOf.set(ability, (byType = new Map<SubjectName, ReadonlySet<string>>()));
  let fields = byType.get(type);
  if (!fields) {
    fields = new Set(
      ability
        .possibleRulesFor('read', type)
        .flatMap((rule) => Object.keys((rule.conditions ?? {}) as object)),
    );
    byType.set(type, fields);
  }
  return fields.has(field);
}

/**
 * Whether the viewer may read the row (or one of its fields): on its condition attributes, then,
 * only if they do not allow it and the viewer's rules ask, on its fallback attributes too.
 */
export async function canReadRow(
  context: Context,
  type: SubjectName,
  row: Row,
  field?: string,
): Promise<boolean> {
  const attributes = await conditionAttributes(type, row, context);
  if (context.ability.can('read', asSubject(type, attributes), field)) return true;
  const fallback = registered().subjects.get(type)?.fallback;
  if (!fallback?.fields.some((name) => readRulesTest(context.ability, type, name))) return false;
  const more = await fallback.attributes(attributes, context, type);
  return context.ability.can('read', asSubject(type, { ...attributes, ...more }), field);
}
