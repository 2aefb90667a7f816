import { useText } from '../i18n.ts';
import { uiText } from './ui.i18n.ts';

/** A polite status line; screen readers hear it without losing their place. */
export function Loading({ label }: { label?: string }) {
  const text = useText(uiText);
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label ?? text.loading}
    </p>
  );
}
