import type { WarningKind } from './dashboard.api.ts';
import type { Band } from './dashboard-labels.ts';

/**
 * One shape per status, so a warning or a band never rests on colour alone; the words are always beside it.
 * The band shapes match the indicators feature's badges, the task ones its status badges.
 */
const paths: Record<Band | WarningKind, string> = {
  green: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM5 8.25l2 2 4-4.5', // check in a circle
  orange: 'M8 1.75 14.5 13.5h-13ZM8 6v3.5M8 11.5v.25', // warning triangle
  red: 'M5.4 1.75h5.2l3.65 3.65v5.2l-3.65 3.65H5.4L1.75 10.6V5.4ZM6 6l4 4M10 6l-4 4', // stop sign with a cross
  grey: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM5.5 8h5', // circle with a dash
  overdue: 'M8 1.75 14.5 13.5h-13ZM8 6v3.5M8 11.5v.25', // warning triangle
  near_deadline: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM8 5v3.5l2.5 1.5', // clock
  missing_report: 'M4 1.75h5.5l2.5 2.5v10H4ZM6.5 7.5h3M6.5 10h3', // sheet of paper
  red_indicator: 'M5.4 1.75h5.2l3.65 3.65v5.2l-3.65 3.65H5.4L1.75 10.6V5.4ZM6 6l4 4M10 6l-4 4', // stop sign
  explanation_pending: 'M2.5 3h11v7.5H7L4 13v-2.5H2.5ZM8 5v2.5M8 9v.25', // speech bubble with "!"
};

export function StatusIcon({ kind, className = 'dash-icon' }: { kind: Band | WarningKind; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[kind]} />
    </svg>
  );
}
