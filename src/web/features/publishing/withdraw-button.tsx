import { useState } from 'react';
import { useText } from '../../lib/i18n.ts';
import { publishingText } from './publishing.i18n.ts';

type Props = { what: string; isBusy: boolean; onConfirm: () => void };

/** Withdrawing also stops open-data versions that hold the item, so it asks once more, in place. */
export function WithdrawButton({ what, isBusy, onConfirm }: Props) {
  const text = useText(publishingText);
  const [isConfirming, setConfirming] = useState(false);
  if (!isConfirming) {
    return (
      <button type="button" className="button button--small" disabled={isBusy} onClick={() => setConfirming(true)}>
        {text.withdraw}
        <span className="visually-hidden"> {what}</span>
      </button>
    );
  }
  return (
    <span className="pub-confirm" role="group" aria-label={text.confirmWithdraw(what)}>
      <span className="pub-confirm__text">{text.confirmWithdraw(what)}</span>
      <button
        type="button"
        className="button button--small button--primary"
        disabled={isBusy}
        onClick={() => {
          setConfirming(false);
          onConfirm();
        }}
      >
        {text.confirm}
      </button>
      <button type="button" className="button button--small" onClick={() => setConfirming(false)} autoFocus>
        {text.cancel}
      </button>
    </span>
  );
}
