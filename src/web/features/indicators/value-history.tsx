import type { IndicatorValue } from '../../../shared/api/indicators.ts';
import { formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { indicatorDetailText } from './indicator-detail.i18n.ts';
import { formatMeasure } from './indicator-format.ts';
import { labelOf, sourceLabels, valueStatusLabels } from './indicator-labels.ts';
import { supersededIds } from './value-series.ts';

type Props = { values: IndicatorValue[]; unitOfMeasure: string };

/** Every version, newest first; a correction says so, and an approved value it replaced is marked. */
export function ValueHistory({ values, unitOfMeasure }: Props) {
  const text = useText(indicatorDetailText);
  const { lang } = useLang();
  const replaced = supersededIds(values);
  if (values.length === 0) return <p className="muted">{text.historyEmpty}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={text.historyCaption}>
      <table className="table ind-history">
        <caption className="visually-hidden">{text.historyCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.periodEnd}</th>
            <th scope="col" className="table__num">
              {text.value}
            </th>
            <th scope="col">{text.version}</th>
            <th scope="col">{text.status}</th>
            <th scope="col">{text.source}</th>
            <th scope="col">{text.submittedOn}</th>
            <th scope="col">{text.reviewedOn}</th>
            <th scope="col">{text.notes}</th>
          </tr>
        </thead>
        <tbody>
          {values.map((value) => (
            <tr key={value.id} className={replaced.has(value.id) ? 'ind-history__replaced' : undefined}>
              <th scope="row">{formatDay(value.periodEnd, lang)}</th>
              <td className="table__num">{formatMeasure(value.value, unitOfMeasure, lang)}</td>
              <td>
                {text.versionN(formatNumber(value.version, lang))}
                {value.version > 1 && <span className="ind-tag">{text.correction}</span>}
              </td>
              <td>
                <span className={`ind-value-status ind-value-status--${value.status}`}>
                  {labelOf(valueStatusLabels, value.status, lang)}
                </span>
                {replaced.has(value.id) && <span className="table__sub">{text.superseded}</span>}
              </td>
              <td>{labelOf(sourceLabels, value.source, lang)}</td>
              <td>{formatDay(value.submittedOn, lang)}</td>
              <td>{formatDay(value.reviewedOn, lang) || '–'}</td>
              <td className="ind-history__notes">
                {value.comment && <p className="ind-pre-line">{value.comment}</p>}
                {value.reviewReason && <p>{text.returnedBecause(value.reviewReason)}</p>}
                {value.warnings.map((warning) => (
                  <p key={warning} className="ind-warning">
                    <strong>{text.warning}:</strong> {warning}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
