import { formatDay, formatNumber, formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { IndicatorChart } from './indicator-chart.tsx';
import type { PublicIndicator } from './portal.api.ts';
import { bandLabels, portalText } from './portal.i18n.ts';

/** One published indicator for a unit: its figures in words and numbers, then its chart. */
export function IndicatorCard({ indicator }: { indicator: PublicIndicator }) {
  const text = useText(portalText);
  const { lang } = useLang();
  const headingId = `portal-ind-${indicator.code}`;
  const withUnit = (value: number) =>
    indicator.unitOfMeasure === '%'
      ? formatPercent(value, lang)
      : `${formatNumber(value, lang)} ${indicator.unitOfMeasure}`;
  // A change of a percentage is in points: 20% → 25% is "+5 points", not "+5%".
  const signed = (value: number) => {
    const sign = value > 0 ? '+' : '';
    return indicator.unitOfMeasure === '%'
      ? text.points(`${sign}${formatNumber(value, lang)}`)
      : `${sign}${withUnit(value)}`;
  };
  const facts: [string, string][] = [
    [
      text.value,
      indicator.value === null
        ? text.noValue
        : `${withUnit(indicator.value)}${indicator.valueOn ? ` (${text.valueOn(formatDay(indicator.valueOn, lang))})` : ''}`,
    ],
  ];
  if (indicator.baseline !== null) facts.push([text.baseline, withUnit(indicator.baseline)]);
  if (indicator.changeSinceBaseline !== null) facts.push([text.change, signed(indicator.changeSinceBaseline)]);
  if (indicator.target !== null) {
    const label = indicator.targetYear === null ? text.targetNoYear : text.target(String(indicator.targetYear));
    facts.push([label, withUnit(indicator.target)]);
  }
  if (indicator.percentOfTarget !== null)
    facts.push([text.percentOfTarget, formatPercent(indicator.percentOfTarget, lang)]);
  return (
    <article className="portal-indicator" aria-labelledby={headingId}>
      <h3 id={headingId} className="portal-indicator__title">
        <span className="portal-indicator__code">{indicator.code}</span> {indicator.name}
      </h3>
      <p className="portal-indicator__badges">
        {indicator.status && (
          <span className={`portal-band portal-band--${indicator.status}`}>
            {text.assessment}: {bandLabels[indicator.status][lang]}
          </span>
        )}
        {indicator.isSample && <span className="badge badge--muted">{text.sample}</span>}
      </p>
      <dl className="portal-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {indicator.forecast && <p className="muted">{text.forecast(withUnit(indicator.forecast.valueAtTarget))}</p>}
      <IndicatorChart indicator={indicator} />
    </article>
  );
}
