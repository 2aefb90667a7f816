import { useId } from 'react';
import { useLang, useText } from '../../lib/i18n.ts';
import type { MapIndicatorChoice } from './dashboard.api.ts';
import { labelOf, pillarLabels, pillarRank } from './dashboard-labels.ts';
import { dashboardText } from './dashboard.i18n.ts';

type Props = { choices: readonly MapIndicatorChoice[]; value: string; onChange: (code: string) => void };

/**
 * What the map is coloured by: the task score, or one of the plan's indicators grouped by pillar. A code
 * from an old link that the plan does not have stays listed, so the choice can always be changed back.
 */
export function MapColourSelect({ choices, value, onChange }: Props) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const id = useId();
  const pillars = [...new Set(choices.map((c) => c.pillar))].sort((a, b) => pillarRank(a) - pillarRank(b));
  const isListed = value === '' || choices.some((c) => c.code === value);
  return (
    <div className="field unit-map__control dash-screen-only">
      <label className="field__label" htmlFor={id}>
        {text.mapColourBy}
      </label>
      <select id={id} className="input unit-map__select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{text.mapByScore}</option>
        {!isListed && <option value={value}>{value}</option>}
        {pillars.map((pillar) => (
          <optgroup key={pillar} label={labelOf(pillarLabels, pillar, lang)}>
            {choices
              .filter((c) => c.pillar === pillar)
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {`${c.code} – ${c.name} (${c.unitOfMeasure})`}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
