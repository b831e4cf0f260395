import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields the operation asks at `path` (names of the schema's fields, not aliases)
 * below the field being resolved, through fragments, wherever that path is asked; empty when it is
 * not. A field asked under an alias counts by its own name. Directives are not evaluated: a field
 * under `@include(if: false)` counts as asked, so a service that skips work for fields not asked
 * only ever does too much, never too little.
 */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, depth: number): void => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (depth === path.length) names.add(selection.name.value);
        else if (selection.name.value === path[depth]) visit(selection.selectionSet, depth + 1);
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection
            : info.fragments[selection.name.value];
        visit(fragment?.selectionSet, depth);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return names;
}

/** Whether the operation asks, below the field being resolved, for the field at `path` (see `fieldsAt`). */
export function selectsField(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return fieldsAt(info, path.slice(0, -1)).has(path[path.length - 1]);
}

/**
 * Whether the operation asks at `path` nothing but `fields` (and `__typename`): whether a partial
 * object that answers those is enough there.
 */
export function asksOnly(
  info: GraphQLResolveInfo,
  path: readonly string[],
  fields: ReadonlySet<string>,
): boolean {
  for (const field of fieldsAt(info, path))
    if (field !== '__typename' && !fields.has(field)) return false;
  return true;
}
