import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';
import type { Context } from '../graphql/context';
import { forbidden } from '../graphql/errors';
import type { AppAbility, SubjectName } from './abilities';
import { canReadRow, guardedTypes } from './policy';

/**
 * Per ability (one per request): the answer for a (type, field) that no row can change, or null
 * when the answer depends on the row. Saves a rule lookup on every field of every row.
 */
const unconditionalAnswers = new WeakMap<AppAbility, Map<string, boolean | null>>();

export function unconditionalAnswer(
  ability: AppAbility,
  type: SubjectName,
  field: string,
  key = `${type}.${field}`,
) {
  let answers = unconditionalAnswers.get(ability);
  if (!answers) unconditionalAnswers.set(ability, (answers = new Map<string, boolean | null>()));
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = answerWithoutRow(ability.rulesFor('read', type, field));
    answers.set(key, answer);
  }
  return answer;
}

/**
 * CASL lets the first matching rule (in priority order) decide. A rule without conditions matches
 * every row, so it decides unless a conditional rule before it could deny: conditional grants
 * before an unconditional grant change nothing (the Camat reads every NIP, not only their line's).
 */
function answerWithoutRow(rules: ReturnType<AppAbility['rulesFor']>): boolean | null {
  let grantsBefore = false;
  for (const rule of rules) {
    if (!rule.conditions) return rule.inverted ? (grantsBefore ? null : false) : true;
    if (rule.inverted) return null;
    grantsBefore = true;
  }
  return grantsBefore ? null : false;
}

export async function canReadField(
  context: Context,
  type: SubjectName,
  root: Record<string, unknown>,
  field: string,
) {
  const answer = unconditionalAnswer(context.ability, type, field);
  if (answer !== null) return answer;
  return canReadRow(context, type, root, field);
}

/** The rows of a list the viewer may read at all (any field), checked with batched condition attributes. */
export async function readableRows<T extends object>(
  context: Context,
  type: SubjectName,
  rows: T[],
): Promise<T[]> {
  const checks = await Promise.all(
    rows.map((row) => canReadRow(context, type, row as Record<string, unknown>)),
  );
  return rows.filter((_row, index) => checks[index]);
}

/**
 * Wraps the resolver of every field of the guarded types (the registered policies' subjects with
 * fields): a field the viewer may not read resolves to null with FORBIDDEN at its path. Decisions
 * that need no row are answered without a promise, so fields of unguarded types and
 * unconditionally readable fields stay synchronous.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  for (const typeName of guardedTypes()) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      // Built once per field, not on every value the field resolves.
      const key = `${typeName}.${field.name}`;
      const denied = () =>
        forbidden('FIELD_FORBIDDEN', `You may not read ${typeName}.${field.name}`, {
          field: `${typeName}.${field.name}`,
        });
      const guarded: GraphQLFieldResolver<unknown, Context> = (root, args, context, info) => {
        const answer = unconditionalAnswer(context.ability, typeName, field.name, key);
        if (answer === true) return resolve(root, args, context, info);
        if (answer === false) throw denied();
        return canReadField(context, typeName, root as Record<string, unknown>, field.name).then(
          (allowed) => {
            if (!allowed) throw denied();
            return resolve(root, args, context, info);
          },
        );
      };
      field.resolve = guarded;
    }
  }
  return schema;
}
