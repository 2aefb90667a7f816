import { useId } from 'react';
import { useApi, useDebounced } from '../use-api.ts';
import { TextField } from './field.tsx';
import { fetchUnitOptions, unitOptionsUrl } from '../unit-options.api.ts';

type Props = {
  label: string;
  value: string;
  onChange: (code: string) => void;
  hint?: string;
  error?: string;
  placeholder?: string;
};

/**
 * A unit is entered by its official code; while typing, the browser offers matching units (name and
 * code) from the API as suggestions, so nobody has to know the codes by heart.
 */
export function UnitCodeField({ label, value, onChange, hint, error, placeholder }: Props) {
  const listId = useId();
  const q = useDebounced(value.trim(), 300);
  const { data } = useApi(q.length >= 2 ? unitOptionsUrl(q) : null, (signal) => fetchUnitOptions(q, signal));
  return (
    <>
      <TextField
        label={label}
        hint={hint}
        error={error}
        placeholder={placeholder}
        value={value}
        list={listId}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {data?.items.map((unit) => (
          <option key={unit.code} value={unit.code} label={unit.fullName} />
        ))}
      </datalist>
    </>
  );
}
