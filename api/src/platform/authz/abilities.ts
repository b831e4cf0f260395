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

/**
 * Abilities already built, per set of registered policies, by everything the rules read of the
 * viewer (the whole Viewer, re-read from the database on every request): a change of role, chain
 * or account gives another key, so revocation still takes effect on the next request. Building
 * one cost more than a small read; an ability is immutable once built.
 */
const built = new WeakMap<readonly unknown[], Map<string, AppAbility>>();
const MAX_CACHED_ABILITIES = 1000;

/** The viewer's ability: the rules every registered policy gives a signed-in user and their roles. */
export function defineAbilityFor(viewer: Viewer | null): AppAbility {
  const policies = registeredPolicies();
  let byViewer = built.get(policies);
  if (!byViewer) built.set(policies, (byViewer = new Map<string, AppAbility>()));
  const key = JSON.stringify(viewer);
  const cached = byViewer.get(key);
  if (cached) {
    // Most recently used last, so the oldest is evicted first.
    byViewer.delete(key);
    byViewer.set(key, cached);
    return cached;
  }
  const ability = buildAbility(viewer);
  byViewer.set(key, ability);
  if (byViewer.size > MAX_CACHED_ABILITIES) byViewer.delete(byViewer.keys().next().value!);
  return ability;
}

function buildAbility(viewer: Viewer | null): AppAbility {
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

/**
 * The rules as the dashboard gets them: each rule once. Roles overlap (EMPLOYEE and LEADER grant
 * the same reads), so the raw list repeats rules; the later of two equal rules is kept, because
 * CASL lets the last matching rule decide and an earlier copy can never be that rule. What the
 * rules allow is unchanged; the session answer and the dashboard's ability shrink.
 */
export function distinctRules(rules: readonly AppRawRule[]): AppRawRule[] {
  // Abilities are cached and immutable: their rules are worked through once.
  const cached = distinct.get(rules);
  if (cached) return cached;
  const seen = new Set<string>();
  const kept: AppRawRule[] = [];
  for (let index = rules.length - 1; index >= 0; index -= 1) {
    const key = JSON.stringify(rules[index]);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(rules[index]);
  }
  kept.reverse();
  distinct.set(rules, kept);
  return kept;
}

const distinct = new WeakMap<readonly AppRawRule[], AppRawRule[]>();
