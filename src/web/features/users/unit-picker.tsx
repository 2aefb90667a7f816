import { useId, useState } from 'react';
import type { UnitRef } from '../../../shared/api/auth.ts';
import { useText } from '../../lib/i18n.ts';
import { useApi, useDebounced } from '../../lib/use-api.ts';
import { fetchUnitOptions, unitOptionsUrl } from './users.api.ts';
import { usersText } from './users.i18n.ts';

type Option = Pick<UnitRef, 'code' | 'fullName'>;

type Props = {
  label: string;
  value: string;
  onChange: (code: string) => void;
  /** The unit already chosen, so it shows by name before any search. */
  current?: Option;
  /** Offer an empty choice (filters), labelled with this text. */
  emptyLabel?: string;
  /** Starts the search box with this text, e.g. a unit code taken from the address. */
  initialQuery?: string;
  error?: string;
};

/**
 * There are thousands of units, so a plain select cannot list them all: a search box narrows the
 * choices and a native select (keyboard and screen-reader friendly) picks one.
 */
export function UnitPicker({ label, value, onChange, current, emptyLabel, initialQuery = '', error }: Props) {
  const text = useText(usersText);
  const id = useId();
  const [q, setQ] = useState(initialQuery);
  const debouncedQ = useDebounced(q.trim());
  const { data } = useApi(unitOptionsUrl(debouncedQ), (signal) => fetchUnitOptions(debouncedQ, signal));
  const [picked, setPicked] = useState<Option | undefined>(current);

  const options: Option[] = [...(data?.items ?? [])];
  const selected = picked?.code === value ? picked : current?.code === value ? current : undefined;
  if (selected && !options.some((option) => option.code === selected.code)) options.unshift(selected);

  return (
    <fieldset className={error ? 'field fieldset field--invalid' : 'field fieldset'}>
      <legend className="field__label">{label}</legend>
      <label className="visually-hidden" htmlFor={`${id}-q`}>
        {text.unitSearch}
      </label>
      <input
        id={`${id}-q`}
        className="input"
        type="search"
        placeholder={text.unitSearch}
        autoComplete="off"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <label className="visually-hidden" htmlFor={`${id}-select`}>
        {text.unitChoose}
      </label>
      <select
        id={`${id}-select`}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setPicked(options.find((option) => option.code === event.target.value));
          onChange(event.target.value);
        }}
      >
        {emptyLabel !== undefined ? (
          <option value="">{emptyLabel}</option>
        ) : (
          !selected && <option value="">{text.unitChoose}</option>
        )}
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.fullName} ({option.code})
          </option>
        ))}
        {data && options.length === 0 && <option disabled>{text.unitNoMatch}</option>}
      </select>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
