import type { IndicatorStats } from '../../../shared/api/indicators.ts';
import { pillarLabels } from '../../../shared/pillars.ts';
import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { BandBadge } from './indicator-badges.tsx';
import { bands, labelOf } from './indicator-labels.ts';
import { indicatorsText } from './indicators.i18n.ts';

/** The milestone year the figures are about: the first not before the as-of year, else the last one. */
function milestoneYear(withTarget: Record<string, number>, asOf: string): string | undefined {
  const years = Object.keys(withTarget).sort();
  return years.find((year) => year >= asOf.slice(0, 4)) ?? years.at(-1);
}

/** What the articles report first: how many indicators, how many have a target, how many improved. */
export function IndicatorSummary({ stats }: { stats: IndicatorStats }) {
  const text = useText(indicatorsText);
  const { lang } = useLang();
  const n = (value: number) => formatNumber(value, lang);
  const year = milestoneYear(stats.withTarget, stats.asOf);
  const withTarget = year ? (stats.withTarget[year] ?? 0) : stats.total;
  return (
    <>
      <dl className="ind-figures">
        <div className="ind-figure">
          <dt>{text.total}</dt>
          <dd className="ind-figure__value">{n(stats.total)}</dd>
        </div>
        <div className="ind-figure">
          <dt>{year ? text.withTarget(year) : text.withTargetNone}</dt>
          <dd className="ind-figure__value">{n(withTarget)}</dd>
        </div>
        <div className="ind-figure ind-figure--up">
          <dt>{text.improved}</dt>
          <dd className="ind-figure__value">
            {n(stats.improvedSinceBaseline)}/{n(withTarget)}
          </dd>
          <dd className="ind-figure__detail">{text.improvedDetail(n(stats.improvedSinceBaseline), n(withTarget))}</dd>
        </div>
      </dl>
      <div className="ind-breakdown">
        <section aria-labelledby="ind-by-pillar">
          <h3 id="ind-by-pillar">{text.byPillar}</h3>
          <ul className="ind-counts">
            {Object.entries(stats.byPillar).map(([pillar, count]) => (
              <li key={pillar}>
                <span>{labelOf(pillarLabels, pillar, lang)}</span> <strong>{n(count)}</strong>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="ind-by-status">
          <h3 id="ind-by-status">{text.byStatus}</h3>
          <ul className="ind-counts">
            {bands.map((band) => (
              <li key={band}>
                <BandBadge band={band} /> <strong>{n(stats.byStatus[band] ?? 0)}</strong>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <details className="ind-rule">
        <summary>{text.bandRuleTitle}</summary>
        <p>{text.bandRule}</p>
      </details>
    </>
  );
}
