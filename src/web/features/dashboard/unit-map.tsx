import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import type { RankingRow } from './dashboard.api.ts';
import { dashboardPath } from './dashboard-links.ts';
import { dashboardText } from './dashboard.i18n.ts';
import { projectBoundaries, type UnitBoundaries } from './map-geometry.ts';
import { useWidth } from './use-width.ts';

type Props = {
  /** Boundaries of the units below, as GeoJSON with `properties.code`; nothing is drawn without them. */
  boundaries?: UnitBoundaries | null;
  ranking: readonly RankingRow[];
  asOf: string;
  plan?: string;
};

/**
 * The ranking on a map: each unit shaded by grade on a one-hue light-to-dark scale (readable with any
 * colour vision, and in grey print), with the grade letter written on it. Every area is a link to that
 * unit's dashboard and is named in words; the ranking table stays the full, accessible version.
 */
export function UnitMap({ boundaries, ranking, asOf, plan }: Props) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const { ref, width } = useWidth<HTMLDivElement>(480);
  if (!boundaries) return null;
  const { height, areas } = projectBoundaries(boundaries, width);
  if (areas.length === 0) return null;
  const byCode = new Map(ranking.map((row) => [row.unit.code, row]));
  return (
    <figure className="dash-map">
      <div ref={ref} className="dash-map__box">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={text.mapLabel}>
          {areas.map((area) => {
            const row = byCode.get(area.code);
            const name = row?.unit.fullName ?? area.name ?? area.code;
            const grade = row?.grade ?? null;
            const score = row?.score === null || row?.score === undefined ? '–' : formatNumber(row.score, lang);
            const label = `${name}: ${text.grade} ${grade ?? text.notRanked}, ${text.score} ${score}`;
            return (
              <Link key={area.code} to={dashboardPath({ unit: area.code, asOf, plan })} aria-label={label}>
                <path className={`dash-map__area dash-map__area--${grade ?? 'none'}`} d={area.path}>
                  <title>{label}</title>
                </path>
                {grade && (
                  <text className="dash-map__grade" x={area.label.x} y={area.label.y} dy="0.35em" textAnchor="middle">
                    {grade}
                  </text>
                )}
              </Link>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
