import {
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  parse,
  type SelectionSetNode,
} from 'graphql';

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
 * The resolve info of an operation's first root field, as far as these helpers read it: for code
 * that has the operation but no resolver (the bench, tests).
 */
export function rootFieldInfo(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((node) => node.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD) throw new Error('no root field');
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
      .map((node) => [node.name.value, node]),
  );
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}
