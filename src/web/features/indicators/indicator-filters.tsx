import { pillarLabels, pillars } from '../../../shared/pillars.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { SelectField } from '../../lib/ui/field.tsx';
import { bandLabels, bands, tierLabels, tiers } from './indicator-labels.ts';
import { indicatorsText } from './indicators.i18n.ts';

export type IndicatorFilterValues = { pillar: string; tier: string; status: string };

type Props = { value: IndicatorFilterValues; onChange: (next: IndicatorFilterValues) => void };

export function IndicatorFilters({ value, onChange }: Props) {
  const text = useText(indicatorsText);
  const { lang } = useLang();
  return (
    <search className="filters" aria-label={text.filters}>
      <SelectField
        label={text.pillar}
        value={value.pillar}
        onChange={(event) => onChange({ ...value, pillar: event.target.value })}
      >
        <option value="">{text.allPillars}</option>
        {pillars.map((pillar) => (
          <option key={pillar} value={pillar}>
            {pillarLabels[pillar][lang]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={text.tier}
        value={value.tier}
        onChange={(event) => onChange({ ...value, tier: event.target.value })}
      >
        <option value="">{text.allTiers}</option>
        {tiers.map((tier) => (
          <option key={tier} value={tier}>
            {tierLabels[tier][lang]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={text.status}
        value={value.status}
        onChange={(event) => onChange({ ...value, status: event.target.value })}
      >
        <option value="">{text.allStatuses}</option>
        {bands.map((band) => (
          <option key={band} value={band}>
            {bandLabels[band][lang]}
          </option>
        ))}
      </SelectField>
    </search>
  );
}
