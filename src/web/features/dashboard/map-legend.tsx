import { useText } from '../../lib/i18n.ts';
import { dashboardText } from './dashboard.i18n.ts';
import type { Shade } from './map-scale.ts';

export type LegendEntry = { shade: Shade | null; text: string };

/** The scale in words, best first: each shade's swatch (decoration) beside what it means. */
export function MapLegend({ entries, notes }: { entries: readonly LegendEntry[]; notes: readonly string[] }) {
  const text = useText(dashboardText);
  return (
    <div className="unit-map__legend">
      <p className="unit-map__legend-title">{text.mapLegend}</p>
      <ul className="unit-map__legend-list">
        {entries.map((entry) => (
          <li key={`${entry.shade}-${entry.text}`} className="unit-map__legend-item">
            <span className={`unit-map__swatch unit-map__swatch--${entry.shade ?? 'none'}`} aria-hidden="true" />
            {entry.text}
          </li>
        ))}
      </ul>
      {notes.map((note) => (
        <p key={note} className="unit-map__legend-note">
          {note}
        </p>
      ))}
    </div>
  );
}
