import { useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { publish, withdraw, type Figure, type PublishingBoard } from './publishing.api.ts';
import { publishingText } from './publishing.i18n.ts';
import type { PublishingAction } from './use-publishing-action.ts';
import { WithdrawButton } from './withdraw-button.tsx';

type Props = { board: PublishingBoard; action: PublishingAction };

type Text = (typeof publishingText)['vi'];

const figureText = (text: Text, figure: Figure): [string, string] =>
  ({
    task_stats: [text.figure_task_stats, text.figure_task_stats_hint] as [string, string],
    ranking: [text.figure_ranking, text.figure_ranking_hint] as [string, string],
    indicator_stats: [text.figure_indicator_stats, text.figure_indicator_stats_hint] as [string, string],
  })[figure];

/** The three figure sets of the caller's unit, each published or not; sub-units' ones listed below. */
export function FigureSection({ board, action }: Props) {
  const text = useText(publishingText);
  const unit = board.figures[0]?.unit;
  const others = board.items.filter(
    (p) => p.kind === 'figure' && !p.withdrawnAt && !board.figures.some((f) => f.publicationId === p.id),
  );
  return (
    <section className="card" aria-labelledby="pub-figures">
      <h2 id="pub-figures">{text.figuresTitle}</h2>
      {unit && <p className="muted">{text.figuresIntro(unit.fullName)}</p>}
      <ErrorAlert error={action.error} />
      <ul className="pub-list">
        {board.figures.map((item) => {
          const [label, hint] = figureText(text, item.figure);
          const isBusy = action.busyKey === item.refKey;
          return (
            <li key={item.refKey} className="pub-row">
              <div className="pub-row__what">
                <span className="pub-row__label">{label}</span>
                <span className="pub-row__hint">{hint}</span>
              </div>
              <span className={item.publicationId ? 'badge badge--ok' : 'badge badge--muted'}>
                {item.publicationId ? text.published : text.notPublished}
              </span>
              {item.publicationId ? (
                <WithdrawButton
                  what={label}
                  isBusy={isBusy}
                  onConfirm={() =>
                    void action.run(item.refKey, () => withdraw(item.publicationId!), text.withdrawnNotice(label))
                  }
                />
              ) : (
                <button
                  type="button"
                  className="button button--small button--primary"
                  disabled={isBusy}
                  onClick={() =>
                    void action.run(
                      item.refKey,
                      () => publish({ kind: 'figure', refKey: item.refKey }),
                      text.publishedNotice(label),
                    )
                  }
                >
                  {text.publish}
                  <span className="visually-hidden"> {label}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {others.length > 0 && (
        <>
          <h3>{text.otherFigures}</h3>
          <ul className="pub-list">
            {others.map((p) => (
              <li key={p.id} className="pub-row">
                <span className="pub-row__label">{p.label}</span>
                <WithdrawButton
                  what={p.label}
                  isBusy={action.busyKey === p.refKey}
                  onConfirm={() => void action.run(p.refKey, () => withdraw(p.id), text.withdrawnNotice(p.label))}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
