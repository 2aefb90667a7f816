import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { directionOf, toneOf, type Polarity } from './dashboard-math.ts';
import { dashboardText } from './dashboard.i18n.ts';

const arrows = { up: '▲', down: '▼', same: '=' } as const;

type Props = {
  change: number | null;
  /** "since last week", "since last month"; left out where a column header says it. */
  since?: string;
  polarity: Polarity;
  /** Words for the amount, e.g. "1,68 điểm %" for a rate; counts go bare. */
  measure?: (amount: string) => string;
};

/**
 * "▲ Tăng 1 so với tuần trước": the arrow for the eye, the words for everyone (the arrow is hidden from
 * screen readers, which would read it as a shape). Colour says good or bad news, but only in addition.
 */
export function ChangeNote({ change, since, polarity, measure = (amount) => amount }: Props) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  if (change === null) {
    return <span className="dash-change dash-change--none">{since ? text.noComparison : '–'}</span>;
  }
  const direction = directionOf(change);
  const amount = formatNumber(Math.abs(change), lang);
  const sized = measure(amount);
  const words = direction === 'up' ? text.up(sized) : direction === 'down' ? text.down(sized) : text.same;
  return (
    <span className={`dash-change dash-change--${toneOf(change, polarity)}`}>
      <span className="dash-change__arrow" aria-hidden="true">
        {arrows[direction]}
      </span>{' '}
      {since ? `${words} ${since}` : words}
    </span>
  );
}
