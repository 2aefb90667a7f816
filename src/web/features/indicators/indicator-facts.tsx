import type { Plan } from '../../../shared/api/plans.ts';
import { pillarLabels } from '../../../shared/pillars.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { BandBadge, TargetBar } from './indicator-badges.tsx';
import { indicatorDetailText } from './indicator-detail.i18n.ts';
import { formatAmount, formatChange, formatMeasure } from './indicator-format.ts';
import { directionLabels, kindLabels, labelOf, periodLabels, tierLabels } from './indicator-labels.ts';
import type { Indicator, IndicatorProgress } from './indicators.api.ts';
import type { ProgressSeries } from './progress-series.ts';

/** What the indicator is: plan, pillar, tier, how it is counted and reported, the valid range. */
export function IndicatorFacts({ indicator, plan, unit }: { indicator: Indicator; plan: Plan; unit: string }) {
  const text = useText(indicatorDetailText);
  const { lang } = useLang();
  const n = (value: number) => formatAmount(value, lang);
  const { minValue: min, maxValue: max } = indicator;
  const range =
    min !== null && max !== null
      ? text.rangeBoth(n(min), n(max))
      : min !== null
        ? text.rangeMin(n(min))
        : max !== null
          ? text.rangeMax(n(max))
          : text.rangeNone;
  const facts: [string, string][] = [
    [text.plan, `${plan.code} – ${plan.title}`],
    [text.unit, unit],
    [text.pillar, labelOf(pillarLabels, indicator.pillar, lang)],
    [text.tier, labelOf(tierLabels, indicator.tier, lang)],
    [text.kind, labelOf(kindLabels, indicator.kind, lang)],
    [text.period, labelOf(periodLabels, indicator.period, lang)],
    [text.unitOfMeasure, indicator.unitOfMeasure],
    [text.direction, labelOf(directionLabels, indicator.direction, lang)],
    [text.range, range],
    ...(indicator.formula ? [[text.formula, indicator.formula] as [string, string]] : []),
  ];
  return (
    <dl className="ind-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The four numbers of the articles (value, change, share of target, warning) and the forecast in words. */
export function IndicatorFigures({ row, series }: { row: IndicatorProgress; series: ProgressSeries }) {
  const text = useText(indicatorDetailText);
  const { lang } = useLang();
  const measure = (value: number) => formatMeasure(value, row.unitOfMeasure, lang);
  const { baseline, target, plannedAtLatest } = series;
  return (
    <>
      <dl className="ind-figures">
        <div className="ind-figure">
          <dt>{text.latest}</dt>
          <dd className="ind-figure__value">{row.value === null ? '–' : measure(row.value)}</dd>
          <dd className="ind-figure__detail">
            {row.valueOn ? text.latestOn(formatDay(row.valueOn, lang)) : text.noValue}
          </dd>
        </div>
        <div className="ind-figure">
          <dt>{text.change}</dt>
          <dd className="ind-figure__value">{formatChange(row.changeSinceBaseline, lang)}</dd>
          <dd className="ind-figure__detail">
            {baseline ? text.baselineWas(measure(baseline.value), formatDay(baseline.on, lang)) : text.noBaseline}
          </dd>
        </div>
        <div className="ind-figure">
          <dt>{text.percentOfTarget}</dt>
          <dd className="ind-figure__value">
            <TargetBar percent={row.percentOfTarget} />
          </dd>
          <dd className="ind-figure__detail">
            {target ? text.targetIs(measure(target.value), String(target.year)) : text.noTarget}
          </dd>
        </div>
        <div className="ind-figure">
          <dt>{text.band}</dt>
          <dd className="ind-figure__value">
            <BandBadge band={row.status} />
          </dd>
        </div>
      </dl>
      <p>
        {plannedAtLatest && text.plannedNow(formatDay(plannedAtLatest.on, lang), measure(plannedAtLatest.value))}{' '}
        {row.forecast && target
          ? row.forecast.reachesOn
            ? text.forecastReaches(
                measure(row.forecast.valueAtTarget),
                formatDay(target.on, lang),
                formatDay(row.forecast.reachesOn, lang),
              )
            : text.forecastMisses(measure(row.forecast.valueAtTarget), formatDay(target.on, lang))
          : text.forecastNone}
      </p>
    </>
  );
}
