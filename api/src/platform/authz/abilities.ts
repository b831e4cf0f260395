import {
  AbilityBuilder,
  createAliasResolver,
  createMongoAbility,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import type { Viewer } from '../auth/viewer';
import { registeredPolicies } from './policy';

/**
 * Named by the modules' policies (`<module>.permissions.ts`). `aggregate` is the platform's own:
 * counting a row into a de-identified aggregate, allowed to whoever may read the row.
 */
export type Action = string;
/** A subject some module's policy declares (an entity's `modelName`, or a named capability). */
export type SubjectName = string;
export type AppAbility = MongoAbility<
  [Action, SubjectName | { __caslSubjectType__?: SubjectName }]
>;
export type AppRawRule = RawRuleOf<AppAbility>;

/** The viewer's ability: the rules every registered policy gives a signed-in user and their roles. */
export function defineAbilityFor(viewer: Viewer | null): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (viewer) {
    for (const policy of registeredPolicies()) {
      policy.signedIn?.(builder, viewer);
      for (const role of viewer.roles) policy.roles?.[role]?.(builder, viewer);
    }
  }
  // Whoever may read a row may count it into an aggregate.
  return builder.build({ resolveAction: createAliasResolver({ read: 'aggregate' }) });
}
