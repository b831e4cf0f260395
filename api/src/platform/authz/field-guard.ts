import { subject as asSubject } from '@casl/ability';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../context';
import { forbidden } from '../graphql/errors';
import type { SubjectName } from './abilities';
import { conditionAttributes } from './subject-attributes';

/** GraphQL object types whose fields are checked against the viewer's `read` rules. */
export const GUARDED_TYPES: ReadonlySet<string> = new Set<SubjectName>([
  'Cycle',
  'PerformancePlan',
  'WorkTarget',
  'Indicator',
  'BehaviorExpectation',
  'Realization',
  'Evaluation',
  'EvaluationFeedback',
  'Objection',
  'OrganizationPredicate',
  'Feedback',
  'Notification',
  'Employee',
  'OrgUnit',
  'Position',
  'User',
  'AuditLog',
  'TrainingProgram',
  'DevelopmentPlan',
  'DevelopmentActivity',
]);

export async function canReadField(
  context: Context,
  type: SubjectName,
  root: Record<string, unknown>,
  field: string,
) {
  const rules = context.ability.rulesFor('read', type, field);
  if (rules.length === 0) return false;
  if (rules.every((rule) => !rule.conditions)) return context.ability.can('read', type, field);
  const attributes = await conditionAttributes(type, root, context);
  return context.ability.can('read', asSubject(type, attributes), field);
}

/** The rows of a list the viewer may read at all (any field), checked with batched condition attributes. */
export async function readableRows<T extends object>(
  context: Context,
  type: SubjectName,
  rows: T[],
): Promise<T[]> {
  const checks = await Promise.all(
    rows.map(async (row) =>
      context.ability.can(
        'read',
        asSubject(type, await conditionAttributes(type, row as Record<string, unknown>, context)),
      ),
    ),
  );
  return rows.filter((_row, index) => checks[index]);
}

/** Global middleware: a field the viewer may not read resolves to null with FORBIDDEN at its path. */
export const fieldGuard: MiddlewareFn<Context> = async ({ root, info, context }, next) => {
  const type = info.parentType.name;
  if (!GUARDED_TYPES.has(type)) return (await next()) as unknown;
  if (
    !(await canReadField(
      context,
      type as SubjectName,
      root as Record<string, unknown>,
      info.fieldName,
    ))
  ) {
    throw forbidden(`You may not read ${type}.${info.fieldName}`, {
      field: `${type}.${info.fieldName}`,
    });
  }
  return (await next()) as unknown;
};
