// The plan's tree as nested lists. Each branch has a disclosure button (aria-expanded, aria-controls)
// that opens and closes its children; buttons and links are the only stops for the keyboard, so Tab,
// Enter and Space do everything. Each node shows its grade distribution, 総合判定 and budget.
import { Button, Group } from "@mantine/core";
import { useMemo, useState } from "react";
import type { TreeNode } from "../api/types.ts";
import { formatAmount } from "../format.ts";
import { gradeDistribution } from "../grades.ts";
import { type TreeItem, branchIds, branchIdsToDepth, buildTree } from "../tree.ts";
import { useYears } from "../year-style.tsx";
import { AppLink, paths } from "./AppLink.tsx";
import { Distribution } from "./Distribution.tsx";
import { JudgementBadge } from "./JudgementBadge.tsx";
import { ProvisionalMark } from "./Provisional.tsx";

export function PlanTree({
  nodes,
  gradeLabels,
  label,
}: {
  nodes: TreeNode[];
  gradeLabels: string[];
  label: string;
}) {
  const tree = useMemo(() => buildTree(nodes), [nodes]);
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set(branchIdsToDepth(tree, 1)));
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div>
      <Group gap="sm" mb="sm">
        <Button variant="outline" size="xs" onClick={() => setOpen(new Set(branchIds(tree)))}>
          すべて開く
        </Button>
        <Button variant="outline" size="xs" onClick={() => setOpen(new Set())}>
          すべて閉じる
        </Button>
      </Group>
      <ul className="plan-tree" aria-label={label}>
        {tree.map((item) => (
          <Branch key={item.node.id} item={item} open={open} toggle={toggle} gradeLabels={gradeLabels} />
        ))}
      </ul>
    </div>
  );
}

function Branch({
  item,
  open,
  toggle,
  gradeLabels,
}: {
  item: TreeItem<TreeNode>;
  open: ReadonlySet<number>;
  toggle: (id: number) => void;
  gradeLabels: string[];
}) {
  const { node, children } = item;
  const expanded = open.has(node.id);
  const childListId = `tree-children-${node.id}`;
  const title = `${node.code ? `${node.code} ` : ""}${node.name}`;
  return (
    <li>
      <div className="tree-row">
        {children.length > 0 ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={expanded}
            aria-controls={childListId}
            onClick={() => toggle(node.id)}
          >
            <span className="chevron" aria-hidden="true">
              ▶
            </span>
            <span className="visually-hidden">
              {title}の下位{children.length}件を{expanded ? "閉じる" : "開く"}
            </span>
          </button>
        ) : (
          <span className="tree-leaf-mark" aria-hidden="true">
            ・
          </span>
        )}
        <NodeSummary node={node} gradeLabels={gradeLabels} title={title} />
      </div>
      {children.length > 0 ? (
        <ul id={childListId} hidden={!expanded}>
          {expanded
            ? children.map((c) => (
                <Branch key={c.node.id} item={c} open={open} toggle={toggle} gradeLabels={gradeLabels} />
              ))
            : null}
        </ul>
      ) : null}
    </li>
  );
}

function NodeSummary({ node, gradeLabels, title }: { node: TreeNode; gradeLabels: string[]; title: string }) {
  const years = useYears();
  return (
    <div>
      <div>
        <span className="tree-level">{node.level}</span> <AppLink to={paths.node(node.id)}>{title}</AppLink>
      </div>
      <div className="tree-meta">
        {node.judgement ? (
          <span>
            総合判定 <JudgementBadge judgement={node.judgement} />
            <ProvisionalMark provisional={node.provisional} />
          </span>
        ) : null}
        {node.budget ? (
          <span>
            {years.fiscal(node.budget.fiscalYear)} {node.budget.kind} {formatAmount(node.budget.amount)}
          </span>
        ) : null}
        {node.programCount > 0 ? <span>事業 {node.programCount}件</span> : null}
      </div>
      {node.indicatorCount > 0 ? (
        <div className="tree-dist">
          <Distribution
            entries={gradeDistribution(node.gradeCounts, gradeLabels)}
            label={`${title}の指標（${node.indicatorCount}件）の判定`}
          />
        </div>
      ) : null}
    </div>
  );
}
