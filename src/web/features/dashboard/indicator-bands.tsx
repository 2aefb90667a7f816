import { formatNumber } from '../../lib/format.ts';
import { useLang, useText, type Lang } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import type { BandCounts, Dashboard } from './dashboard.api.ts';
import { bandLabels, bandOrder, labelOf, pillarLabels, pillarRank } from './dashboard-labels.ts';
import { indicatorListPath } from './dashboard-links.ts';
import { sharesOf } from './dashboard-math.ts';
import { dashboardText } from './dashboard.i18n.ts';
import { StatusIcon } from './status-icon.tsx';

type Group = { pillar?: string; label: string; counts: BandCounts };

/** Known pillars in their usual order, any other after them, then all pillars together. */
function groupsOf(indicators: NonNullable<Dashboard['indicators']>, allLabel: string, lang: Lang): Group[] {
  const pillars = Object.keys(indicators.byPillar).sort((a, b) => pillarRank(a) - pillarRank(b) || a.localeCompare(b));
  return [
    ...pillars.map((pillar) => ({
      pillar,
      label: labelOf(pillarLabels, pillar, lang),
      counts: indicators.byPillar[pillar]!,
    })),
    { label: allLabel, counts: indicators.total },
  ];
}

/**
 * The indicators' early-warning bands by pillar: a stacked bar for the eye (hidden from screen readers),
 * then each band as icon, words and count, each a link to the indicators behind it.
 */
export function IndicatorBands({ dashboard }: { dashboard: Dashboard }) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const { indicators, plan, unit, asOf } = dashboard;
  if (!indicators || !plan) return <p className="muted">{text.noPlan}</p>;
  const n = (value: number) => formatNumber(value, lang);
  const path = (pillar?: string, status?: string) =>
    indicatorListPath({ unit: unit.code, plan: plan.code, asOf, pillar, status });
  return (
    <>
      <p className="dash-section__note">{text.planOf(plan.title)}</p>
      <ul className="dash-bands">
        {groupsOf(indicators, text.allPillars, lang).map(({ pillar, label, counts }) => {
          const { green, orange, red, grey } = counts;
          const shares = sharesOf({ green, orange, red, grey }, counts.total);
          return (
            <li key={pillar ?? ''} className={pillar ? 'dash-pillar' : 'dash-pillar dash-pillar--all'}>
              <h3 className="dash-pillar__title">
                <Link to={path(pillar)}>{label}</Link>{' '}
                <span className="dash-pillar__count">{text.indicatorCount(n(counts.total))}</span>
              </h3>
              <div className="dash-stack" aria-hidden="true">
                {bandOrder.map(
                  (band) =>
                    shares[band] > 0 && (
                      <span
                        key={band}
                        className={`dash-stack__part dash-stack__part--${band}`}
                        style={{ width: `${shares[band]}%` }}
                      />
                    ),
                )}
              </div>
              <ul className="dash-band-list">
                {bandOrder.map((band) => (
                  <li key={band}>
                    <Link className={`dash-band dash-band--${band}`} to={path(pillar, band)}>
                      <StatusIcon kind={band} />
                      <span className="dash-band__label">{bandLabels[band][lang]}</span>
                      <span className="dash-band__count">{n(counts[band])}</span>
                      <span className="visually-hidden">, {text.bandLink(label)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
              <p className="dash-pillar__improved">
                <span aria-hidden="true">▲ </span>
                {text.improved(n(counts.improved))}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
