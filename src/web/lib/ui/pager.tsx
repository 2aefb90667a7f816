import { useLang, useText } from '../i18n.ts';
import { formatNumber } from '../format.ts';
import { uiText } from './ui.i18n.ts';

type Props = { offset: number; limit: number; total: number; onChange: (offset: number) => void };

export function Pager({ offset, limit, total, onChange }: Props) {
  const text = useText(uiText);
  const { lang } = useLang();
  if (total <= limit && offset === 0) return null;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={text.pager}>
      <button
        type="button"
        className="button button--small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {text.previous}
      </button>
      <span className="pager__range">
        {text.range(formatNumber(from, lang), formatNumber(to, lang), formatNumber(total, lang))}
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={to >= total}
        onClick={() => onChange(offset + limit)}
      >
        {text.next}
      </button>
    </nav>
  );
}
