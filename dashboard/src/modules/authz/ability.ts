import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';

// Subjects are the GraphQL type names the API's rules use ('Employee', 'OrgUnit', …).
export type AppAbility = MongoAbility<[string, string]>;
export type AppRawRule = RawRuleOf<AppAbility>;

const isRawRule = (value: unknown): value is AppRawRule =>
  typeof value === 'object' && value !== null && 'action' in value;

/** Builds the viewer's ability from `me.abilityRules`; anything malformed grants nothing. */
export function createAppAbility(rules: unknown): AppAbility {
  const rawRules = Array.isArray(rules) ? rules.filter(isRawRule) : [];
  return createMongoAbility<AppAbility>(rawRules);
}
