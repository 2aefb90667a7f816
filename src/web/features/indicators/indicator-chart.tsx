import { useId } from 'react';
import type { Point } from '../../../shared/indicator-math.ts';
import { formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { dateDomain, dateTicks, linePath, niceTicks, scales, type Frame } from './chart-geometry.ts';
import { indicatorDetailText } from './indicator-detail.i18n.ts';
import { formatAmount, formatMeasure } from './indicator-format.ts';
import type { ProgressSeries } from './progress-series.ts';
import { useWidth } from './use-width.ts';

type Props = { code: string; unitOfMeasure: string; series: ProgressSeries };

const monthYear = (on: string) => `${Number(on.slice(5, 7))}/${on.slice(0, 4)}`;

/**
 * Approved values over time against the plan: the straight path from baseline to target, the trend
 * carried to the target date, and the target. Drawn at the width of its box; the caption and the history
 * table below say in words and numbers what the lines show.
 */
export function IndicatorChart({ code, unitOfMeasure, series }: Props) {
  const text = useText(indicatorDetailText);
  const { lang } = useLang();
  const captionId = useId();
  const { ref, width } = useWidth<HTMLDivElement>(640);
  const { points, baseline, target, trend } = series;
  const plan = baseline && target ? [baseline, target] : null;
  const everything = [...points, ...(baseline ? [baseline] : []), ...(target ? [target] : []), ...(trend ?? [])];
  const frame: Frame = { width, height: width < 480 ? 240 : 300, left: 64, right: 16, top: 16, bottom: 32 };
  const ticks = niceTicks(Math.min(...everything.map((p) => p.value)), Math.max(...everything.map((p) => p.value)));
  const dates = dateDomain(everything);
  const { x, y } = scales(frame, dates, { min: ticks[0]!, max: ticks.at(-1)! });
  const measure = (value: number) => formatMeasure(value, unitOfMeasure, lang);
  const dot = (p: Point, className: string, r = 4) => (
    <circle key={`${className}-${p.on}`} className={className} cx={x(p.on)} cy={y(p.value)} r={r}>
      <title>{text.pointTitle(formatDay(p.on, lang), measure(p.value))}</title>
    </circle>
  );
  const isDrawn = points.length > 0 || plan !== null;
  const first = points[0];
  const last = points.at(-1);

  return (
    <figure className="ind-chart">
      <div ref={ref} className="ind-chart__box">
        {isDrawn && (
          <svg
            width={frame.width}
            height={frame.height}
            viewBox={`0 0 ${frame.width} ${frame.height}`}
            role="img"
            aria-label={text.chartLabel(code)}
            aria-describedby={captionId}
          >
            <g className="ind-chart__grid">
              {ticks.map((tick) => (
                <g key={tick}>
                  <line x1={frame.left} x2={frame.width - frame.right} y1={y(tick)} y2={y(tick)} />
                  <text x={frame.left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
                    {formatAmount(tick, lang)}
                  </text>
                </g>
              ))}
              {dateTicks(dates.from, dates.to, width < 480 ? 4 : 8).map((on) => (
                <text key={on} x={x(on)} y={frame.height - 8} textAnchor="middle">
                  {monthYear(on)}
                </text>
              ))}
            </g>
            {target && (
              <line
                className="ind-chart__target-line"
                x1={frame.left}
                x2={frame.width - frame.right}
                y1={y(target.value)}
                y2={y(target.value)}
              />
            )}
            {plan && <path className="ind-chart__plan" d={linePath(plan, x, y)} />}
            {trend && <path className="ind-chart__trend" d={linePath(trend, x, y)} />}
            {points.length > 1 && <path className="ind-chart__values" d={linePath(points, x, y)} />}
            {points.map((p) => dot(p, 'ind-chart__dot'))}
            {baseline && (
              <rect
                className="ind-chart__baseline"
                x={x(baseline.on) - 4}
                y={y(baseline.value) - 4}
                width={8}
                height={8}
              >
                <title>{text.pointTitle(formatDay(baseline.on, lang), measure(baseline.value))}</title>
              </rect>
            )}
            {target && (
              <path className="ind-chart__target" d={`M${x(target.on)} ${y(target.value) - 6}l6 6-6 6-6-6Z`}>
                <title>{text.targetIs(measure(target.value), String(target.year))}</title>
              </path>
            )}
          </svg>
        )}
      </div>
      <figcaption id={captionId} className="ind-chart__caption">
        {first && last
          ? text.chartSummary(formatNumber(points.length, lang), measure(first.value), measure(last.value))
          : text.chartEmpty}{' '}
        {target && text.targetIs(measure(target.value), String(target.year))}
      </figcaption>
      {isDrawn && (
        <ChartLegend
          has={{
            values: points.length > 0,
            baseline: baseline !== null,
            plan: plan !== null,
            trend: trend !== null,
            target: target !== null,
          }}
        />
      )}
      {isDrawn && <p className="field__hint">{text.chartAssumption}</p>}
    </figure>
  );
}

function ChartLegend({ has }: { has: Record<'values' | 'baseline' | 'plan' | 'trend' | 'target', boolean> }) {
  const text = useText(indicatorDetailText);
  const item = (className: string, label: string, mark: 'line' | 'square' | 'diamond' = 'line') => (
    <li key={className}>
      <svg className="ind-legend__mark" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
        {mark === 'line' && <path className={className} d="M1 6h26" />}
        {mark === 'square' && <rect className={className} x={10} y={2} width={8} height={8} />}
        {mark === 'diamond' && <path className={className} d="M14 0l6 6-6 6-6-6Z" />}
      </svg>
      {label}
    </li>
  );
  return (
    <ul className="ind-legend">
      {has.values && item('ind-chart__values', text.legendValues)}
      {has.baseline && item('ind-chart__baseline', text.legendBaseline, 'square')}
      {has.plan && item('ind-chart__plan', text.legendPlan)}
      {has.trend && item('ind-chart__trend', text.legendTrend)}
      {has.target && item('ind-chart__target', text.legendTarget, 'diamond')}
    </ul>
  );
}
