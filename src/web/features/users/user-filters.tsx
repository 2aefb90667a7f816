import { roleLabels, roles } from '../../../shared/domain.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { UnitPicker } from './unit-picker.tsx';
import { usersText } from './users.i18n.ts';

export type Filters = { q: string; role: string; unit: string };

export function UserFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const text = useText(usersText);
  const { lang } = useLang();
  return (
    <search className="filters" aria-label={text.filters}>
      <TextField
        label={text.search}
        type="search"
        hint={text.searchHint}
        autoComplete="off"
        value={value.q}
        onChange={(event) => onChange({ ...value, q: event.target.value })}
      />
      <SelectField
        label={text.role}
        value={value.role}
        onChange={(event) => onChange({ ...value, role: event.target.value })}
      >
        <option value="">{text.allRoles}</option>
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabels[role][lang]}
          </option>
        ))}
      </SelectField>
      <UnitPicker
        label={text.unit}
        value={value.unit}
        initialQuery={value.unit}
        emptyLabel={text.allUnits}
        onChange={(unit) => onChange({ ...value, unit })}
      />
    </search>
  );
}
