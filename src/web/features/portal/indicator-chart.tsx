import { useId } from 'react';
import { formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { layoutChart } from './chart-geometry.ts';
import type { PublicIndicator } from './portal.api.ts';
import { portalText } from './portal.i18n.ts';

const box = { width: 360, height: 170, left: 64, right: 12, top: 14, bottom: 30 };

/**
 * The approved values over time as a small SVG line (with the target as a dashed line), named and
 * summed up for screen readers, and the same figures as a table for anyone who prefers one.
 */
export function IndicatorChart({ indicator }: { indicator: PublicIndicator }) {
  const text = useText(portalText);
  const { lang } = useLang();
  const id = useId();
  const { series, target } = indicator;
  if (series.length === 0) return null;
  const number = (value: number) => formatNumber(value, lang);
  const chart = layoutChart(series, target, box);
  const summary = text.chartSummary(
    series.map((p) => `${formatDay(p.on, lang)}: ${number(p.value)}`).join('; '),
    target === null ? '' : text.chartTarget(number(target)),
  );
  const first = chart.points[0]!;
  const last = chart.points.at(-1)!;
  return (
    <figure className="portal-chart">
      {series.length > 1 ? (
        <svg
          className="portal-chart__svg"
          viewBox={`0 0 ${box.width} ${box.height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>{text.chartLabel(indicator.name)}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          {chart.ticks.map((tick) => (
            <g key={tick.value} className="portal-chart__tick">
              <line x1={box.left} x2={box.width - box.right} y1={tick.y} y2={tick.y} />
              <text x={box.left - 6} y={tick.y} dy="0.32em" textAnchor="end">
                {number(tick.value)}
              </text>
            </g>
          ))}
          {chart.targetY !== null && (
            <line
              className="portal-chart__target"
              x1={box.left}
              x2={box.width - box.right}
              y1={chart.targetY}
              y2={chart.targetY}
            />
          )}
          <polyline className="portal-chart__line" points={chart.points.map((p) => `${p.x},${p.y}`).join(' ')} />
          {chart.points.map((p) => (
            <circle key={p.on} className="portal-chart__dot" cx={p.x} cy={p.y} r={3.5} />
          ))}
          <text className="portal-chart__date" x={first.x} y={box.height - 8} textAnchor="start">
            {formatDay(first.on, lang)}
          </text>
          <text className="portal-chart__date" x={last.x} y={box.height - 8} textAnchor="end">
            {formatDay(last.on, lang)}
          </text>
        </svg>
      ) : (
        <p className="muted">{text.chartOne}</p>
      )}
      <details className="portal-chart__table">
        <summary>{text.chartTable}</summary>
        <table className="portal-table">
          <caption className="visually-hidden">{text.chartLabel(indicator.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{text.periodEnd}</th>
              <th scope="col" className="portal-table__num">
                {text.chartValue} ({indicator.unitOfMeasure})
              </th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.on}>
                <td>{formatDay(p.on, lang)}</td>
                <td className="portal-table__num">{number(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
