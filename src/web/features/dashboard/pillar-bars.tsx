import { formatNumber, formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import type { Dashboard } from './dashboard.api.ts';
import { labelOf, pillarLabels, pillarRank } from './dashboard-labels.ts';
import { sharesOf } from './dashboard-math.ts';
import { dashboardText } from './dashboard.i18n.ts';

/** Tasks by pillar: the share completed as a bar (decoration) with the counts and the rate in words. */
export function PillarBars({ byPillar }: { byPillar: Dashboard['byPillar'] }) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  if (byPillar.length === 0) return null;
  const n = (value: number) => formatNumber(value, lang);
  return (
    <ul className="dash-pillar-bars">
      {[...byPillar]
        .sort((a, b) => pillarRank(a.pillar) - pillarRank(b.pillar) || a.pillar.localeCompare(b.pillar))
        .map((row) => {
          const shares = sharesOf({ onTime: row.completedOnTime, late: row.completedLate }, row.total);
          return (
            <li key={row.pillar} className="dash-pillar-bar">
              <span className="dash-pillar-bar__label">{labelOf(pillarLabels, row.pillar, lang)}</span>
              <span className="dash-pillar-bar__track" aria-hidden="true">
                <span
                  className="dash-pillar-bar__part dash-pillar-bar__part--on-time"
                  style={{ width: `${shares.onTime}%` }}
                />
                <span
                  className="dash-pillar-bar__part dash-pillar-bar__part--late"
                  style={{ width: `${shares.late}%` }}
                />
              </span>
              <span className="dash-pillar-bar__text">
                {text.pillarLine(n(row.completed), n(row.total), formatPercent(row.completionRate, lang))}
              </span>
            </li>
          );
        })}
    </ul>
  );
}
