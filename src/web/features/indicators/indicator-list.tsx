import { pillarLabels } from '../../../shared/pillars.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { BandBadge, SampleTag, TargetBar } from './indicator-badges.tsx';
import { formatChange, formatMeasure } from './indicator-format.ts';
import { labelOf } from './indicator-labels.ts';
import type { IndicatorProgress } from './indicators.api.ts';
import { indicatorsText } from './indicators.i18n.ts';
import { Sparkline } from './sparkline.tsx';

/** A statistics row with the catalogue id its link and sparkline need (null if the catalogue lacks it). */
export type IndicatorRow = IndicatorProgress & { isDerived: boolean };
type Props = { rows: IndicatorRow[]; unit: string; asOf: string; hrefOf: (id: number) => string };

/**
 * A table on wide screens, cards on phones; CSS shows one of the two (display: none also hides the other
 * from screen readers and keeps its sparklines from loading).
 */
export function IndicatorList(props: Props) {
  const text = useText(indicatorsText);
  return (
    <>
      <IndicatorTable {...props} />
      <ul className="ind-cards" aria-label={text.tableCaption}>
        {props.rows.map((row) => (
          <li key={row.code}>
            <IndicatorCard row={row} {...props} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Name({ row, hrefOf }: { row: IndicatorRow; hrefOf: Props['hrefOf'] }) {
  return <Link to={hrefOf(row.id)}>{row.name}</Link>;
}

function Value({ row }: { row: IndicatorRow }) {
  const text = useText(indicatorsText);
  const { lang } = useLang();
  if (row.value === null) return <span className="muted">{text.noValue}</span>;
  return (
    <>
      <span className="ind-value">{formatMeasure(row.value, row.unitOfMeasure, lang)}</span>
      {row.valueOn && <span className="table__sub">{text.valueOn(formatDay(row.valueOn, lang))}</span>}
    </>
  );
}

function Trend({ row, unit, asOf }: { row: IndicatorRow; unit: string; asOf: string }) {
  // Rows without an approved value have nothing to draw, and derived ones no values of their own.
  if (row.value === null || row.isDerived) return <span className="muted">–</span>;
  return <Sparkline indicatorId={row.id} unit={unit} asOf={asOf} unitOfMeasure={row.unitOfMeasure} />;
}

function TargetNote({ row }: { row: IndicatorRow }) {
  const text = useText(indicatorsText);
  const { lang } = useLang();
  if (row.target === null || row.targetYear === null) return <span className="table__sub">{text.noTarget}</span>;
  return (
    <span className="table__sub">
      {text.target(formatMeasure(row.target, row.unitOfMeasure, lang), String(row.targetYear))}
    </span>
  );
}

function IndicatorTable({ rows, unit, asOf, hrefOf }: Props) {
  const text = useText(indicatorsText);
  const { lang } = useLang();
  return (
    <div className="table-scroll ind-table-box" tabIndex={0} role="region" aria-label={text.tableCaption}>
      <table className="table ind-table">
        <caption className="visually-hidden">{text.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.indicator}</th>
            <th scope="col">{text.trend}</th>
            <th scope="col" className="table__num">
              {text.value}
            </th>
            <th scope="col" className="table__num">
              {text.change}
            </th>
            <th scope="col">{text.percentOfTarget}</th>
            <th scope="col">{text.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className="table__primary ind-table__name">
                <span className="ind-code">{row.code}</span>
                <Name row={row} hrefOf={hrefOf} />
                <span className="table__sub">
                  {labelOf(pillarLabels, row.pillar, lang)} {row.isSample && <SampleTag />}
                </span>
              </th>
              <td>
                <Trend row={row} unit={unit} asOf={asOf} />
              </td>
              <td className="table__num">
                <Value row={row} />
              </td>
              <td className="table__num">{formatChange(row.changeSinceBaseline, lang)}</td>
              <td>
                <TargetBar percent={row.percentOfTarget} />
                <TargetNote row={row} />
              </td>
              <td>
                <BandBadge band={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function IndicatorCard({ row, unit, asOf, hrefOf }: Props & { row: IndicatorRow }) {
  const text = useText(indicatorsText);
  const { lang } = useLang();
  return (
    <article className="ind-card">
      <h3 className="ind-card__title">
        <span className="ind-code">{row.code}</span> <Name row={row} hrefOf={hrefOf} />
      </h3>
      <p className="ind-card__tags">
        <BandBadge band={row.status} />
        <span className="ind-tag">{labelOf(pillarLabels, row.pillar, lang)}</span>
        {row.isSample && <SampleTag />}
      </p>
      <dl className="ind-card__facts">
        <div>
          <dt>{text.value}</dt>
          <dd>
            <Value row={row} />
          </dd>
        </div>
        <div>
          <dt>{text.change}</dt>
          <dd>{formatChange(row.changeSinceBaseline, lang)}</dd>
        </div>
        <div>
          <dt>{text.percentOfTarget}</dt>
          <dd>
            <TargetBar percent={row.percentOfTarget} />
            <TargetNote row={row} />
          </dd>
        </div>
        <div>
          <dt>{text.trend}</dt>
          <dd>
            <Trend row={row} unit={unit} asOf={asOf} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
