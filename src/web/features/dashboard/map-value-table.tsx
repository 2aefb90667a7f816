import { formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import type { MapItem } from './dashboard.api.ts';
import { bandLabels } from './dashboard-labels.ts';
import { dashboardText } from './dashboard.i18n.ts';
import { StatusIcon } from './status-icon.tsx';

type Props = { items: readonly MapItem[]; unitOfMeasure: string };

/**
 * The figures behind an indicator map, as a table: the text alternative of the map (the ranking table
 * below plays that part for the score). Each unit links to its page of the indicator; the band is an
 * icon and words, never a colour alone.
 */
export function MapValueTable({ items, unitOfMeasure }: Props) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const title = text.mapValuesTitle(formatNumber(items.length, lang));
  return (
    <details className="unit-map__values">
      <summary>{title}</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{text.unit}</th>
              <th scope="col" className="table__num">
                {text.mapValue} ({unitOfMeasure})
              </th>
              <th scope="col">{text.mapBand}</th>
              <th scope="col">{text.mapValueOn}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.unit.code}>
                <th scope="row">
                  <Link to={item.link}>{item.unit.fullName}</Link>
                </th>
                <td className="table__num">{item.value === null ? '–' : formatNumber(item.value, lang)}</td>
                <td>
                  {item.band && (
                    <span className={`dash-band dash-band--${item.band}`}>
                      <StatusIcon kind={item.band} />
                      <span className="dash-band__label">{bandLabels[item.band][lang]}</span>
                    </span>
                  )}
                </td>
                <td>{item.valueOn ? formatDay(item.valueOn, lang) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
