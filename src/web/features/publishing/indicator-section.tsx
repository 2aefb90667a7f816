import { useState } from 'react';
import { foldForSearch } from '../../../shared/text.ts';
import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { TextField } from '../../lib/ui/field.tsx';
import { publish, withdraw, type PublishingBoard } from './publishing.api.ts';
import { publishingText } from './publishing.i18n.ts';
import type { PublishingAction } from './use-publishing-action.ts';
import { WithdrawButton } from './withdraw-button.tsx';

type Props = { board: PublishingBoard; action: PublishingAction };

/** The indicators of the plans in scope, one table per plan, each publishable on its own. */
export function IndicatorSection({ board, action }: Props) {
  const text = useText(publishingText);
  const { lang } = useLang();
  const [filter, setFilter] = useState('');
  const [isOnlyPublished, setOnlyPublished] = useState(false);
  const needle = foldForSearch(filter.trim());
  const shown = board.indicators.filter(
    (i) =>
      (!isOnlyPublished || i.publicationId !== null) &&
      (!needle || foldForSearch(`${i.code} ${i.name}`).includes(needle)),
  );
  const plans = [...new Map(shown.map((i) => [i.plan.code, i.plan])).values()];
  const publishedCount = board.indicators.filter((i) => i.publicationId !== null).length;
  return (
    <section className="card" aria-labelledby="pub-indicators">
      <h2 id="pub-indicators">{text.indicatorsTitle}</h2>
      <p className="muted">
        {text.indicatorsIntro}{' '}
        {text.publishedCount(formatNumber(publishedCount, lang), formatNumber(board.indicators.length, lang))}
      </p>
      <search className="pub-filters">
        <TextField label={text.filter} value={filter} onChange={(event) => setFilter(event.target.value)} />
        <label className="pub-check">
          <input
            type="checkbox"
            checked={isOnlyPublished}
            onChange={(event) => setOnlyPublished(event.target.checked)}
          />{' '}
          {text.onlyPublished}
        </label>
      </search>
      <ErrorAlert error={action.error} />
      {shown.length === 0 && <p>{text.indicatorsNone}</p>}
      {plans.map((plan) => (
        <div
          key={plan.code}
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={text.planCaption(plan.code, plan.title)}
        >
          <table className="table pub-table">
            <caption>{text.planCaption(plan.code, plan.title)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.code}</th>
                <th scope="col">{text.name}</th>
                <th scope="col">{text.state}</th>
                <th scope="col">{text.action}</th>
              </tr>
            </thead>
            <tbody>
              {shown
                .filter((i) => i.plan.code === plan.code)
                .map((indicator) => {
                  const what = `${indicator.code} – ${indicator.name}`;
                  const isBusy = action.busyKey === indicator.refKey;
                  return (
                    <tr key={indicator.refKey}>
                      <td>{indicator.code}</td>
                      <td>{indicator.name}</td>
                      <td>
                        <span className={indicator.publicationId ? 'badge badge--ok' : 'badge badge--muted'}>
                          {indicator.publicationId ? text.published : text.notPublished}
                        </span>
                      </td>
                      <td>
                        {indicator.publicationId ? (
                          <WithdrawButton
                            what={what}
                            isBusy={isBusy}
                            onConfirm={() =>
                              void action.run(
                                indicator.refKey,
                                () => withdraw(indicator.publicationId!),
                                text.withdrawnNotice(what),
                              )
                            }
                          />
                        ) : (
                          <button
                            type="button"
                            className="button button--small button--primary"
                            disabled={isBusy}
                            onClick={() =>
                              void action.run(
                                indicator.refKey,
                                () => publish({ kind: 'indicator', refKey: indicator.refKey }),
                                text.publishedNotice(what),
                              )
                            }
                          >
                            {text.publish}
                            <span className="visually-hidden"> {what}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
