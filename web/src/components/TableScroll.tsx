// A wide table's horizontal scroller: a named region that can take focus, so keyboard users can scroll it.
import type { ReactNode } from "react";

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable regions must be focusable
    <div className="table-scroll" role="region" aria-label={`表: ${label}`} tabIndex={0}>
      {children}
    </div>
  );
}
