import type { ReactNode } from 'react';

/** A folded action: the summary names it, the form opens under it. Native <details>, so keyboard works as is. */
export function ActionPanel({ title, children, isOpen }: { title: string; children: ReactNode; isOpen?: boolean }) {
  return (
    <details className="action-panel" open={isOpen}>
      <summary className="action-panel__summary">{title}</summary>
      <div className="action-panel__body">{children}</div>
    </details>
  );
}
