import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from '../../lib/router.tsx';
import { isMapKey, nextArea } from './map-keys.ts';
import type { ProjectedArea } from './map-geometry.ts';
import type { Shade } from './map-scale.ts';

/** How one area is drawn: its shade (null: no figure), the text written on it, its name and its link. */
export type AreaLook = { shade: Shade | null; text: string | null; label: string; link: string };

type Props = {
  areas: readonly ProjectedArea[];
  looks: ReadonlyMap<string, AreaLook>;
  width: number;
  height: number;
  label: string;
  describedBy: string;
};

/** Whether `text` fits in an area's box at the map's 12 px type (about 7 px a character). */
const fits = (text: string, room: ProjectedArea['room']) => room.width >= text.length * 7 + 6 && room.height >= 16;

/**
 * The areas as links. The map is one tab stop (roving tab index): arrow keys move to the neighbouring
 * area, Home and End to the first and last, Enter follows the link. The focused or hovered area gets an
 * outline drawn on top of its neighbours, so it is never hidden under their edges, and its name and
 * figure are written under the map.
 */
export function MapDrawing({ areas, looks, width, height, label, describedBy }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const hatch = `unit-map-none-${useId().replace(/[^\w-]/g, '')}`;
  const [active, setActive] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const tabStop = areas.some((a) => a.code === active) ? active : (areas[0]?.code ?? null);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!isMapKey(event.key)) return;
    event.preventDefault(); // arrows would scroll the page
    const current = (event.target as Element).getAttribute('data-code');
    const from = Math.max(
      0,
      areas.findIndex((a) => a.code === current),
    );
    const next = nextArea(
      areas.map((a) => a.label),
      from,
      event.key,
    );
    if (next === null) return;
    const code = areas[next]!.code;
    setActive(code);
    svg.current?.querySelector<SVGAElement>(`a[data-code="${CSS.escape(code)}"]`)?.focus();
  };

  const outline = areas.find((a) => a.code === highlighted);
  return (
    <>
      <svg
        ref={svg}
        className="unit-map__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
      >
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect className="unit-map__hatch-ground" width="6" height="6" />
            <line className="unit-map__hatch-line" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        {areas.map((area) => {
          const look = looks.get(area.code);
          if (!look) return null;
          return (
            <Link
              key={area.code}
              to={look.link}
              className="unit-map__link"
              aria-label={look.label}
              data-code={area.code}
              tabIndex={area.code === tabStop ? 0 : -1}
              onFocus={() => {
                setActive(area.code);
                setHighlighted(area.code);
              }}
              onBlur={() => setHighlighted(null)}
              onMouseEnter={() => setHighlighted(area.code)}
              onMouseLeave={() => setHighlighted(null)}
            >
              {/* No <title>: it would add the name to the link's visible text a second time. */}
              <path
                className={`unit-map__area unit-map__area--${look.shade ?? 'none'}`}
                d={area.path}
                fill={look.shade === null ? `url(#${hatch})` : undefined}
              />
              {look.text && fits(look.text, area.room) && (
                <text className="unit-map__text" x={area.label.x} y={area.label.y} dy="0.35em" textAnchor="middle">
                  {look.text}
                </text>
              )}
            </Link>
          );
        })}
        {outline && (
          <g className="unit-map__outline" aria-hidden="true">
            <path className="unit-map__outline-under" d={outline.path} />
            <path className="unit-map__outline-over" d={outline.path} />
          </g>
        )}
      </svg>
      {/* What the pointer or the focus is on, in words, for sighted users (a screen reader has the link's name). */}
      <p className="unit-map__readout dash-screen-only" aria-hidden="true">
        {outline ? looks.get(outline.code)?.label : '\u00a0'}
      </p>
    </>
  );
}
