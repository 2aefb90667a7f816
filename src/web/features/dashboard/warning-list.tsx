import { useState } from 'react';
import { formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import type { Warning, WarningKind } from './dashboard.api.ts';
import { warningLabels } from './dashboard-labels.ts';
import { dashboardText } from './dashboard.i18n.ts';
import { StatusIcon } from './status-icon.tsx';

/** The list can hold a hundred items; the most urgent show first, the rest on request. */
const FIRST_ITEMS = 8;

function KindCounts({ warnings }: { warnings: readonly Warning[] }) {
  const { lang } = useLang();
  const counts = new Map<WarningKind, number>();
  for (const warning of warnings) counts.set(warning.kind, (counts.get(warning.kind) ?? 0) + 1);
  return (
    <ul className="dash-kinds">
      {[...counts].map(([kind, count]) => (
        <li key={kind} className={`dash-kind dash-kind--${kind}`}>
          <StatusIcon kind={kind} />
          {warningLabels[kind][lang]}: <strong>{formatNumber(count, lang)}</strong>
        </li>
      ))}
    </ul>
  );
}

function WarningItem({ warning, isExtra }: { warning: Warning; isExtra: boolean }) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const { kind, title, link, dueOn, unit, head } = warning;
  return (
    <li className={`dash-warning dash-warning--${kind}${isExtra ? ' dash-extra' : ''}`}>
      <span className={`dash-kind dash-kind--${kind}`}>
        <StatusIcon kind={kind} />
        {warningLabels[kind][lang]}
      </span>
      <Link className="dash-warning__title" to={link}>
        {title}
      </Link>
      <dl className="dash-warning__facts">
        {unit && (
          <div>
            <dt>{text.responsible}</dt>
            <dd>{unit.fullName}</dd>
          </div>
        )}
        <div>
          <dt>{text.head}</dt>
          <dd>{head ?? <span className="muted">{text.headUnknown}</span>}</dd>
        </div>
        {dueOn && (
          <div>
            <dt>{kind === 'explanation_pending' ? text.askedOn : text.dueOn}</dt>
            <dd>
              <time dateTime={dueOn}>{formatDay(dueOn, lang)}</time>
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

/** Overdue and near-deadline tasks, indicators at risk, explanations awaited: as the server ordered them. */
export function WarningList({ warnings }: { warnings: readonly Warning[] }) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const [isAll, setAll] = useState(false);
  if (warnings.length === 0) return <p className="muted">{text.warningsNone}</p>;
  return (
    <>
      <p className="dash-section__note">{text.warningsCount(formatNumber(warnings.length, lang))}</p>
      <KindCounts warnings={warnings} />
      {/* Every item is rendered; the extra ones are hidden on screen until asked for, and printed always. */}
      <ol className={isAll ? 'dash-warnings dash-warnings--all' : 'dash-warnings'}>
        {warnings.map((warning, index) => (
          <WarningItem
            key={`${warning.kind} ${warning.link} ${index}`}
            warning={warning}
            isExtra={index >= FIRST_ITEMS}
          />
        ))}
      </ol>
      {warnings.length > FIRST_ITEMS && (
        <button
          type="button"
          className="button button--small dash-more"
          aria-expanded={isAll}
          onClick={() => setAll(!isAll)}
        >
          {isAll ? text.showFewer : text.showAll(formatNumber(warnings.length, lang))}
        </button>
      )}
    </>
  );
}
