import { formatDay, formatNumber, formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import type { TrendPoint } from './dashboard.api.ts';
import { gappedPath, percentScales, type Frame } from './dashboard-math.ts';
import { dashboardText } from './dashboard.i18n.ts';
import { useWidth } from './use-width.ts';

const TICKS = [0, 25, 50, 75, 100];
/** `2025-07-25` → `25/7`: the year is in the table below and in the page's date. */
const dayMonth = (on: string) => `${Number(on.slice(8, 10))}/${Number(on.slice(5, 7))}`;

/**
 * The completion rate at each point, as a line on a 0–100% scale, drawn at the width of its box so the
 * labels stay readable on a phone. A point with nothing due yet has no rate: the line breaks there.
 * The same figures are in the accessible name and in the table under the chart.
 */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const { ref, width } = useWidth<HTMLDivElement>(480);
  const rates = points.map((p) => p.completionRate);
  if (points.length === 0 || rates.every((rate) => rate === null)) {
    return <p className="muted">{text.trendEmpty}</p>;
  }
  const isNarrow = width < 420;
  const frame: Frame = { width, height: isNarrow ? 170 : 200, left: 44, right: 28, top: 22, bottom: 28 };
  const { x, y } = percentScales(frame, points.length);
  const percent = (value: number | null) => (value === null ? text.trendNone : formatPercent(value, lang));
  const summary = text.trendSummary(
    points.map((p) => `${formatDay(p.on, lang)}: ${percent(p.completionRate)}`).join('; '),
  );
  const lastIndex = rates.findLastIndex((rate) => rate !== null);

  return (
    <figure className="dash-chart">
      <div ref={ref} className="dash-chart__box">
        <svg
          width={frame.width}
          height={frame.height}
          viewBox={`0 0 ${frame.width} ${frame.height}`}
          role="img"
          aria-label={`${text.trendLabel}. ${summary}`}
        >
          <g className="dash-chart__grid">
            {TICKS.map((tick) => (
              <g key={tick}>
                <line x1={frame.left} x2={frame.width - frame.right} y1={y(tick)} y2={y(tick)} />
                <text x={frame.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                  {formatPercent(tick, lang, 0)}
                </text>
              </g>
            ))}
            {points.map((p, index) => (
              <text key={p.on} x={x(index)} y={frame.height - 8} textAnchor="middle">
                {dayMonth(p.on)}
              </text>
            ))}
          </g>
          <path className="dash-chart__line" d={gappedPath(rates, x, y)} />
          {points.map((p, index) =>
            p.completionRate === null ? null : (
              <g key={p.on}>
                <circle className="dash-chart__dot" cx={x(index)} cy={y(p.completionRate)} r={4} />
                {(!isNarrow || index === lastIndex) && (
                  <text
                    className="dash-chart__value"
                    x={x(index)}
                    y={y(p.completionRate) - 9}
                    textAnchor={index === points.length - 1 ? 'end' : 'middle'}
                  >
                    {formatPercent(p.completionRate, lang, 1)}
                  </text>
                )}
              </g>
            ),
          )}
        </svg>
      </div>
      <details className="dash-chart__data">
        <summary>{text.trendTable}</summary>
        <table className="table dash-chart__table">
          <thead>
            <tr>
              <th scope="col">{text.date}</th>
              <th scope="col" className="table__num">
                {text.completionRate}
              </th>
              <th scope="col" className="table__num">
                {text.completedOfTotal}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.on}>
                <th scope="row">{formatDay(p.on, lang)}</th>
                <td className="table__num">{percent(p.completionRate)}</td>
                <td className="table__num">
                  {formatNumber(p.completed, lang)}/{formatNumber(p.total, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
