import type { PlanStatus, WorkTargetKind } from '../../api/generated/graphql';
import type { CascadePlan } from '../types';

export interface CascadeNode {
  id: string;
  kind: WorkTargetKind | null;
  description: string | null;
  owner: CascadePlan['employee'];
  planId: string;
  planStatus: PlanStatus | null;
  children: CascadeNode[];
}

/**
 * Nests the RHK of the cascade's plans by `parentTarget`: a target whose parent is missing from the
 * set (or has none) is a root. Plan order, then target order, is kept; a cycle in the data
 * (which the API forbids) cannot loop forever because each target is placed once.
 */
export function buildCascadeTree({ plans }: { plans: readonly CascadePlan[] }): CascadeNode[] {
  const nodes = new Map<string, CascadeNode>();
  const parentOf = new Map<string, string | null>();
  for (const plan of plans) {
    for (const target of plan.workTargets ?? []) {
      if (nodes.has(target.id)) continue;
      nodes.set(target.id, {
        id: target.id,
        kind: target.kind,
        description: target.description,
        owner: plan.employee,
        planId: plan.id,
        planStatus: plan.status,
        children: [],
      });
      parentOf.set(target.id, target.parentTarget?.id ?? null);
    }
  }
  const roots: CascadeNode[] = [];
  for (const [id, node] of nodes) {
    const parentId = parentOf.get(id) ?? null;
    const parent = parentId !== null && parentId !== id ? nodes.get(parentId) : undefined;
    if (parent && !isAncestor({ nodes, parentOf, ancestorId: id, of: parentId! })) {
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  return roots;
}

// True when `ancestorId` is already above `of` (attaching would close a loop).
function isAncestor({
  nodes,
  parentOf,
  ancestorId,
  of,
}: {
  nodes: Map<string, CascadeNode>;
  parentOf: Map<string, string | null>;
  ancestorId: string;
  of: string;
}): boolean {
  const seen = new Set<string>();
  let current: string | null = of;
  while (current !== null && nodes.has(current) && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** Every node id of the tree, depth first (for expand-all). */
export function allNodeIds(nodes: readonly CascadeNode[]): string[] {
  return nodes.flatMap((node) => [node.id, ...allNodeIds(node.children)]);
}
