import { useEffect, useId, useMemo, useRef } from 'react';
import { useText } from '../../lib/i18n.ts';
import { navigate, useLocation } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import {
  fetchMapValues,
  mapValuesUrl,
  type MapIndicatorChoice,
  type MapQuery,
  type RankingRow,
} from './dashboard.api.ts';
import { dashboardText } from './dashboard.i18n.ts';
import { MapColourSelect } from './map-colour-select.tsx';
import { MapDrawing } from './map-drawing.tsx';
import { projectBoundaries, type UnitBoundaries } from './map-geometry.ts';
import { MapLegend } from './map-legend.tsx';
import { useMapLooks } from './map-looks.ts';
import { MapValueTable } from './map-value-table.tsx';
import { useBoundaries } from './use-boundaries.ts';
import { useNearViewport } from './use-near-viewport.ts';
import { useWidth } from './use-width.ts';
import './dash-map.css';

/** The address keeps the chosen indicator, so "back" from a unit's page shows the same map. */
const MAP_PARAM = 'mapBy';
/** A tall province at full width would run past the screen: it is drawn narrower instead. */
const MAX_HEIGHT = 560;

function fitted(boundaries: UnitBoundaries | undefined, width: number) {
  if (!boundaries) return { height: 0, areas: [], width };
  const first = projectBoundaries(boundaries, width);
  if (first.height <= MAX_HEIGHT) return { ...first, width };
  const narrower = Math.max(160, Math.floor((width * MAX_HEIGHT) / first.height));
  return { ...projectBoundaries(boundaries, narrower), width: narrower };
}

type Props = {
  /** The unit shown: its children are drawn. */
  unit: string;
  ranking: readonly RankingRow[];
  asOf: string;
  /** The plan in the address (kept in the drill-down links), and the plan whose indicators may colour the map. */
  plan?: string;
  indicatorPlan?: string;
};

/**
 * The units below on a map, from the boundaries an admin imported (nothing is drawn without them): shaded
 * by grade, or by a chosen indicator's latest value, on one hue from light to dark with the grade or the
 * value written on the area. Every area links to the figures behind it; the ranking table (or, for an
 * indicator, the table under the map) gives the same figures as text.
 */
export function UnitMap({ unit, ranking, asOf, plan, indicatorPlan }: Props) {
  const text = useText(dashboardText);
  const { search, pathname } = useLocation();
  const { ref, width } = useWidth<HTMLDivElement>(480);
  const ids = useId();
  const boundaries = useBoundaries(unit, useNearViewport(ref));
  const hasAreas = (boundaries.data?.features.length ?? 0) > 0;
  const indicator = (indicatorPlan && search.get(MAP_PARAM)) || undefined;
  const query: MapQuery = { unit, asOf, plan: indicatorPlan, indicator };
  // Without a plan there is nothing but the score, which the ranking already gives: no request then.
  const values = useApi(hasAreas && indicatorPlan ? mapValuesUrl(query) : null, (signal) =>
    fetchMapValues(query, signal),
  );
  // The plan's indicators, kept while another choice loads or fails, so the selector never vanishes.
  const choices = useRef<{ plan?: string; list: MapIndicatorChoice[] }>({ list: [] });
  if (values.data) choices.current = { plan: indicatorPlan, list: values.data.indicators };
  else if (choices.current.plan !== indicatorPlan) choices.current = { plan: indicatorPlan, list: [] };

  // The dashboard reloads its ranking on every live change; an indicator's figures follow it.
  const { reload } = values;
  const isFirst = useRef(true);
  useEffect(() => {
    if (isFirst.current) isFirst.current = false;
    else if (indicator) reload();
  }, [ranking, indicator, reload]);

  const projected = useMemo(() => fitted(boundaries.data, width), [boundaries.data, width]);
  const mode = indicator ? values.data : null;
  const { looks, areas, legend, notes } = useMapLooks(projected.areas, { ranking, asOf, plan, values: mode });

  // The measured box stays mounted whatever loads, so its width is known when the areas arrive.
  if (!hasAreas)
    return (
      <div ref={ref} className="unit-map__frame">
        <ErrorAlert error={boundaries.error} onRetry={boundaries.reload} />
      </div>
    );
  const choose = (code: string) => {
    const next = new URLSearchParams(search);
    if (code) next.set(MAP_PARAM, code);
    else next.delete(MAP_PARAM);
    navigate(`${pathname}?${next}`, { replace: true });
  };
  const chosen = mode?.indicator;
  const noteId = `${ids}-note`;
  return (
    <div ref={ref} className="unit-map__frame">
      <figure className="unit-map" aria-busy={Boolean(indicator) && values.isLoading}>
        {indicatorPlan && <MapColourSelect choices={choices.current.list} value={indicator ?? ''} onChange={choose} />}
        <ErrorAlert error={values.error} onRetry={values.reload} />
        {indicator && values.isLoading && <p className="muted">{text.mapLoading}</p>}
        <div className="unit-map__box">
          <MapDrawing
            areas={areas}
            looks={looks}
            width={projected.width}
            height={projected.height}
            label={chosen ? text.mapIndicatorLabel(`${chosen.code} – ${chosen.name}`) : text.mapLabel}
            describedBy={noteId}
          />
        </div>
        <figcaption className="unit-map__caption">
          <MapLegend entries={legend} notes={chosen ? [...notes, text.mapUnitOf(chosen.unitOfMeasure)] : notes} />
          <p id={noteId} className="unit-map__note dash-screen-only">
            {chosen ? text.mapAltIndicator : text.mapAltScore} {text.mapKeys}
          </p>
        </figcaption>
        {chosen && mode && <MapValueTable items={mode.items} unitOfMeasure={chosen.unitOfMeasure} />}
      </figure>
    </div>
  );
}
