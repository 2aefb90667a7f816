import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../lib/api-client.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { TextAreaField } from '../../lib/ui/text-area-field.tsx';

type Props = {
  label: string;
  submitLabel: string;
  busyLabel: string;
  isBusy: boolean;
  error: ApiError | undefined;
  /** Resolves true when the request went through, so the text can be cleared. */
  onSubmit: (reason: string) => Promise<boolean>;
  field?: string;
  hint?: string;
  /** More fields between the text and the button (the proposal's evidence files). */
  children?: ReactNode;
  /** Fields whose errors `children` show themselves, left out of the alert. */
  childFields?: readonly string[];
};

/** One text and one button: returning a proposal, refusing an extension, reopening, proposing completion. */
export function ReasonForm(props: Props) {
  const { label, submitLabel, busyLabel, isBusy, error, onSubmit, field = 'reason', hint, children } = props;
  const [value, setValue] = useState('');
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await onSubmit(value)) setValue('');
  }
  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorAlert error={error} shownFields={[field, ...(props.childFields ?? [])]} />
      <TextAreaField
        label={label}
        hint={hint}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={error?.fieldMessage(field)}
        required
      />
      {children}
      <button type="submit" className="button" disabled={isBusy}>
        {isBusy ? busyLabel : submitLabel}
      </button>
    </form>
  );
}
