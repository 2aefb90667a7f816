import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { SelectField } from '../../lib/ui/field.tsx';
import { kindOf, notificationKinds, useKindLabel, type NotificationKind } from './notification-kind.tsx';
import type { Notification } from './notifications.api.ts';
import { notificationsText } from './notifications.i18n.ts';

export type Filter = { kind: NotificationKind | ''; isUnreadOnly: boolean };

/** Kind (only the kinds present, with their counts) and "unread only". */
export function NotificationFilters({
  items,
  filter,
  onChange,
}: {
  items: readonly Notification[];
  filter: Filter;
  onChange: (filter: Filter) => void;
}) {
  const text = useText(notificationsText);
  const { lang } = useLang();
  const labelOf = useKindLabel();
  const counts = new Map<NotificationKind, number>();
  for (const item of items) counts.set(kindOf(item.kind), (counts.get(kindOf(item.kind)) ?? 0) + 1);
  const kinds = [...notificationKinds, 'other' as const].filter((kind) => counts.has(kind));

  return (
    <search className="notif-filters" aria-label={text.filters}>
      <SelectField
        label={text.kindFilter}
        value={filter.kind}
        onChange={(event) => onChange({ ...filter, kind: event.target.value as Filter['kind'] })}
      >
        <option value="">{text.allKinds}</option>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {text.kindOption(labelOf(kind), formatNumber(counts.get(kind) ?? 0, lang))}
          </option>
        ))}
      </SelectField>
      <label className="checkbox notif-filters__unread">
        <input
          type="checkbox"
          checked={filter.isUnreadOnly}
          onChange={(event) => onChange({ ...filter, isUnreadOnly: event.target.checked })}
        />
        {text.unreadOnly}
      </label>
    </search>
  );
}
