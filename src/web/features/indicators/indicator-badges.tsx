import { formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { bandLabels } from './indicator-labels.ts';
import type { Band } from './indicators.api.ts';
import { indicatorsText } from './indicators.i18n.ts';

/** One shape per warning level, so the level never rests on colour alone (the text is always there too). */
const icons: Record<Band, string> = {
  green: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM5 8.25l2 2 4-4.5', // check in a circle
  orange: 'M8 1.75 14.5 13.5h-13ZM8 6v3.5M8 11.5v.25', // warning triangle
  red: 'M5.4 1.75h5.2l3.65 3.65v5.2l-3.65 3.65H5.4L1.75 10.6V5.4ZM6 6l4 4M10 6l-4 4', // stop sign with a cross
  grey: 'M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM5.5 8h5', // circle with a dash
};

export function BandBadge({ band }: { band: Band }) {
  const { lang } = useLang();
  return (
    <span className={`band band--${band}`}>
      <svg className="band__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={icons[band]} />
      </svg>
      {bandLabels[band][lang]}
    </span>
  );
}

/** The bar is decoration (capped at 100%); the exact percent is written beside it. */
export function TargetBar({ percent }: { percent: number | null }) {
  const { lang } = useLang();
  if (percent === null) return <span className="muted">–</span>;
  const width = Math.max(0, Math.min(100, percent));
  return (
    <span className="target-bar">
      <span className="target-bar__track" aria-hidden="true">
        <span className="target-bar__fill" style={{ width: `${width}%` }} />
      </span>
      <span className="target-bar__text">{formatPercent(percent, lang)}</span>
    </span>
  );
}

export function SampleTag() {
  const text = useText(indicatorsText);
  return <span className="ind-tag ind-tag--sample">{text.sample}</span>;
}
