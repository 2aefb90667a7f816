import { taskStatuses, taskStatusLabels, type TaskStatus } from '../../../shared/task-status.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { pillarLabels, pillarOptions, type Pillar } from './task-labels.ts';
import { tasksText } from './tasks.i18n.ts';

export type TaskFilterValues = { q: string; status: TaskStatus | ''; pillar: Pillar | '' };

type Props = { value: TaskFilterValues; onChange: (next: TaskFilterValues) => void };

export function TaskFilters({ value, onChange }: Props) {
  const text = useText(tasksText);
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
        label={text.status}
        value={value.status}
        onChange={(event) => onChange({ ...value, status: event.target.value as TaskStatus | '' })}
      >
        <option value="">{text.allStatuses}</option>
        {taskStatuses.map((status) => (
          <option key={status} value={status}>
            {taskStatusLabels[status][lang]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={text.pillar}
        value={value.pillar}
        onChange={(event) => onChange({ ...value, pillar: event.target.value as Pillar | '' })}
      >
        <option value="">{text.allPillars}</option>
        {pillarOptions.map((pillar) => (
          <option key={pillar} value={pillar}>
            {pillarLabels[pillar][lang]}
          </option>
        ))}
      </SelectField>
    </search>
  );
}
