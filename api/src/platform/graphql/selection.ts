import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, below the field being resolved, for the field at `path` (response
 * names of the schema's fields, through fragments). Directives are not evaluated: a field under
 * `@include(if: false)` counts as asked, so a service that skips work on `false` only ever does
 * too much, never too little.
 */
export function selectsField(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (selectionSet: SelectionSetNode | undefined, depth: number): boolean =>
    !!selectionSet &&
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD)
        return (
          selection.name.value === path[depth] &&
          (depth === path.length - 1 || within(selection.selectionSet, depth + 1))
        );
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      return within(fragment?.selectionSet, depth);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, 0));
}
