import { useState, type FormEvent } from 'react';
import { formatDate } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { UnitCodeField } from '../../lib/ui/unit-code-field.tsx';
import { publish, withdraw, type PublishingBoard } from './publishing.api.ts';
import { publishingText } from './publishing.i18n.ts';
import type { PublishingAction } from './use-publishing-action.ts';
import { WithdrawButton } from './withdraw-button.tsx';

type Props = { board: PublishingBoard; action: PublishingAction };

/** Published units (each gets a portal page) and a field to publish one more by its code. */
export function UnitSection({ board, action }: Props) {
  const text = useText(publishingText);
  const { lang } = useLang();
  const [code, setCode] = useState('');
  const units = board.items.filter((p) => p.kind === 'unit' && !p.withdrawnAt);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const refKey = code.trim();
    if (await action.run('new-unit', () => publish({ kind: 'unit', refKey }), text.publishedNotice(refKey)))
      setCode('');
  }

  return (
    <section className="card" aria-labelledby="pub-units">
      <h2 id="pub-units">{text.unitsTitle}</h2>
      <p className="muted">{text.unitsIntro}</p>
      <ErrorAlert error={action.error} shownFields={['refKey']} />
      <form className="pub-add" onSubmit={(event) => void submit(event)} noValidate>
        <UnitCodeField
          label={text.unitCode}
          hint={text.unitCodeHint}
          value={code}
          onChange={setCode}
          error={action.error?.fieldMessage('refKey')}
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busyKey === 'new-unit' || !code.trim()}
        >
          {text.publishUnit}
        </button>
      </form>
      {units.length === 0 ? (
        <p>{text.unitsNone}</p>
      ) : (
        <ul className="pub-list">
          {units.map((p) => (
            <li key={p.id} className="pub-row">
              <div className="pub-row__what">
                <span className="pub-row__label">
                  {p.label} <span className="pub-row__code">({p.refKey})</span>
                </span>
                <span className="pub-row__hint">
                  {text.publishedOn(formatDate(p.publishedAt, lang), p.publishedBy)}
                </span>
              </div>
              <WithdrawButton
                what={p.label}
                isBusy={action.busyKey === p.refKey}
                onConfirm={() => void action.run(p.refKey, () => withdraw(p.id), text.withdrawnNotice(p.label))}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
