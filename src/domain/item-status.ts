// The states of an evaluation item, and how people read them: one list for the server and the pages;
// the states of the cycle (the year) the items belong to.

export const ITEM_STATUSES = ["draft", "submitted", "returned", "approved"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_STATUS_LABELS: Readonly<Record<ItemStatus, string>> = {
  draft: "入力中",
  submitted: "提出済",
  returned: "差戻し",
  approved: "承認済",
};

/** The states of an evaluation cycle (a plan's year): open for entry, or published. */
export const CYCLE_STATUSES = ["open", "published"] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export const CYCLE_STATUS_LABELS: Readonly<Record<CycleStatus, string>> = {
  open: "作業中",
  published: "公表済",
};
