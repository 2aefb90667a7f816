import { useText } from '../../lib/i18n.ts';
import { notificationsText } from './notifications.i18n.ts';

export const notificationKinds = [
  'deadline_reminder',
  'overdue_notice',
  'escalation',
  'missing_report',
  'explanation_request',
] as const;
export type NotificationKind = (typeof notificationKinds)[number] | 'other';

/** The server sends `kind` as a plain string; one it does not know yet is shown as "other". */
export const kindOf = (kind: string): NotificationKind => notificationKinds.find((known) => known === kind) ?? 'other';

/** One icon per kind, so the kind never rests on colour alone; the text label is always there too. */
const icons: Record<NotificationKind, string> = {
  deadline_reminder: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM8 5v3.5l2.5 1.5', // clock
  overdue_notice: 'M8 1.75 14.5 13.5h-13ZM8 6v3.5M8 11.5v.25', // warning triangle
  escalation: 'M8 14V5M4.5 8.5 8 5l3.5 3.5M3 2h10', // arrow up to a bar
  missing_report: 'M4 1.5h5l3 3v10H4ZM9 1.5v3h3M6.25 8.25l3.5 3.5M9.75 8.25l-3.5 3.5', // page with a cross
  explanation_request: 'M2 2.5h12v8.5H7l-3 2.75V11H2ZM6.5 5.25a1.5 1.5 0 1 1 1.5 1.5v1M8 9.5v.25', // bubble with "?"
  other: 'M4.5 11V7a3.5 3.5 0 0 1 7 0v4l1.5 1.5H3ZM6.75 14.5h2.5', // bell
};

export function useKindLabel(): (kind: NotificationKind) => string {
  const text = useText(notificationsText);
  return (kind) => (kind === 'other' ? text.otherKind : text[kind]);
}

export function NotificationKindBadge({ kind }: { kind: NotificationKind }) {
  const labelOf = useKindLabel();
  return (
    <span className={`notif-kind notif-kind--${kind}`}>
      <svg className="notif-kind__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={icons[kind]} />
      </svg>
      {labelOf(kind)}
    </span>
  );
}
