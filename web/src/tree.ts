// The plan's tree, built from the API's flat list of nodes (each with its parentId).

export interface FlatNode {
  id: number;
  parentId: number | null;
}

export interface TreeItem<T extends FlatNode> {
  node: T;
  depth: number;
  children: TreeItem<T>[];
}

/**
 * Nests nodes under their parents, keeping the list's order among siblings. A node whose parent is not
 * in the list (or that would close a cycle) becomes a root, so that nothing is lost.
 */
export function buildTree<T extends FlatNode>(nodes: readonly T[]): TreeItem<T>[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const childrenOf = new Map<number | null, T[]>();
  for (const n of nodes) {
    const parent = n.parentId !== null && byId.has(n.parentId) && !closesCycle(n, byId) ? n.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(n);
    childrenOf.set(parent, list);
  }
  const build = (n: T, depth: number): TreeItem<T> => ({
    node: n,
    depth,
    children: (childrenOf.get(n.id) ?? []).map((c) => build(c, depth + 1)),
  });
  return (childrenOf.get(null) ?? []).map((n) => build(n, 0));
}

function closesCycle<T extends FlatNode>(node: T, byId: ReadonlyMap<number, T>): boolean {
  const seen = new Set<number>([node.id]);
  let parentId = node.parentId;
  while (parentId !== null) {
    if (seen.has(parentId)) return true;
    seen.add(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return false;
}

/** Ids of the items that have children, at any depth: what "すべて開く" opens. */
export function branchIds<T extends FlatNode>(items: readonly TreeItem<T>[]): number[] {
  return items.flatMap((i) => (i.children.length ? [i.node.id, ...branchIds(i.children)] : []));
}

/** Ids of the branches down to (but not including) the given depth: the initially open part. */
export function branchIdsToDepth<T extends FlatNode>(items: readonly TreeItem<T>[], depth: number): number[] {
  return items.flatMap((i) =>
    i.children.length && i.depth < depth ? [i.node.id, ...branchIdsToDepth(i.children, depth)] : [],
  );
}

/** How many items the tree holds. */
export function countItems<T extends FlatNode>(items: readonly TreeItem<T>[]): number {
  return items.reduce((n, i) => n + 1 + countItems(i.children), 0);
}
