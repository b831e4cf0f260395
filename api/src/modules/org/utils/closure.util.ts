export type ClosureRow = { ancestorId: number; descendantId: number; depth: number };

/**
 * Every (ancestor, descendant, depth) pair of a forest given as child → parent (null for a root),
 * each node paired with itself at depth 0. Fills `org_unit_closure` and `reporting_line` in bulk.
 * Throws on a cycle or on a parent that is not itself a key of the map.
 */
export function computeClosure({
  parentOf,
}: {
  parentOf: Map<number, number | null>;
}): ClosureRow[] {
  // Ancestors of each node, nearest first (self excluded), memoised so each chain is walked once.
  const ancestorsOf = new Map<number, number[]>();

  const resolve = (start: number): number[] => {
    const known = ancestorsOf.get(start);
    if (known) return known;
    const pending: number[] = [];
    const onPath = new Set<number>();
    let node: number | null = start;
    let tail: number[] = [];
    while (node !== null) {
      const memo = ancestorsOf.get(node);
      if (memo) {
        tail = [node, ...memo];
        break;
      }
      if (onPath.has(node)) throw new Error(`Cycle in the tree through node ${node}`);
      onPath.add(node);
      pending.push(node);
      if (!parentOf.has(node))
        throw new Error(`Parent ${node} of node ${pending.at(-2)} is not in the tree`);
      node = parentOf.get(node) ?? null;
    }
    // Unwind from the top so each pending node's list is its parent followed by the parent's list.
    for (let index = pending.length - 1; index >= 0; index -= 1) {
      ancestorsOf.set(pending[index], tail);
      tail = [pending[index], ...tail];
    }
    return ancestorsOf.get(start) ?? [];
  };

  const rows: ClosureRow[] = [];
  for (const descendantId of parentOf.keys()) {
    rows.push({ ancestorId: descendantId, descendantId, depth: 0 });
    resolve(descendantId).forEach((ancestorId, index) =>
      rows.push({ ancestorId, descendantId, depth: index + 1 }),
    );
  }
  return rows;
}
