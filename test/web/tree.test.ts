import { describe, expect, it } from "vitest";
import { branchIds, branchIdsToDepth, buildTree, countItems } from "../../web/src/tree.ts";

const n = (id: number, parentId: number | null) => ({ id, parentId, name: `n${id}` });

describe("tree (web)", () => {
  it("nests nodes under their parents, keeping the order of siblings", () => {
    const tree = buildTree([n(1, null), n(2, 1), n(3, 1), n(4, 2), n(5, null)]);
    expect(tree.map((i) => i.node.id)).toEqual([1, 5]);
    expect(tree[0]?.children.map((i) => i.node.id)).toEqual([2, 3]);
    expect(tree[0]?.children[0]?.children.map((i) => [i.node.id, i.depth])).toEqual([[4, 2]]);
    expect(countItems(tree)).toBe(5);
  });

  it("accepts children listed before their parents", () => {
    const tree = buildTree([n(3, 2), n(2, 1), n(1, null)]);
    expect(tree.map((i) => i.node.id)).toEqual([1]);
    expect(countItems(tree)).toBe(3);
  });

  it("keeps orphans and cycles as roots, so nothing is lost", () => {
    const tree = buildTree([n(1, 99), n(2, 3), n(3, 2)]);
    expect(countItems(tree)).toBe(3);
    expect(tree.map((i) => i.node.id)).toContain(1);
  });

  it("lists the branches to open", () => {
    const tree = buildTree([n(1, null), n(2, 1), n(3, 2), n(4, null)]);
    expect(branchIds(tree)).toEqual([1, 2]);
    expect(branchIdsToDepth(tree, 1)).toEqual([1]);
    expect(branchIdsToDepth(tree, 0)).toEqual([]);
  });
});
