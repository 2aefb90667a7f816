import type { ReactNode } from 'react';

/** A wide table scrolls sideways in its own box; the box takes focus so a keyboard can scroll it too. */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="portal-table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
