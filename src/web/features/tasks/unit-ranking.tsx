import { useState } from 'react';
import type { TaskStats } from '../../../shared/api/stats.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { boardPath } from './task-links.ts';
import { tasksText } from './tasks.i18n.ts';

type Props = { stats: TaskStats };

/** A province has dozens of units below it; the top of the ranking shows first, the rest on request. */
const FIRST_ROWS = 10;

/**
 * Units below the chosen one, best first; each name drills down to that unit's own figures. Score and
 * grade come right after the name, so a phone sees them before the table scrolls sideways.
 */
export function UnitRanking({ stats }: Props) {
  const text = useText(tasksText);
  const { lang } = useLang();
  const [isAll, setAll] = useState(false);
  const n = (value: number) => formatNumber(value, lang);
  if (stats.byChildUnit.length === 0) return <p className="muted">{text.noChildren}</p>;
  const rows = isAll ? stats.byChildUnit : stats.byChildUnit.slice(0, FIRST_ROWS);
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={text.rankingCaption}>
        <table className="table table--compact ranking">
          <caption className="visually-hidden">{text.rankingCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="table__num">
                {text.rank}
              </th>
              <th scope="col">{text.unit}</th>
              <th scope="col" className="table__num">
                {text.score}
              </th>
              <th scope="col">{text.grade}</th>
              <th scope="col" className="table__num">
                {text.completionRate}
              </th>
              <th scope="col" className="table__num">
                {text.totalShort}
              </th>
              <th scope="col" className="table__num">
                {text.due}
              </th>
              <th scope="col" className="table__num">
                {text.completedShort}
              </th>
              <th scope="col" className="table__num">
                {text.overdueShort}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit.code}>
                <td className="table__num">{row.rank === null ? '–' : n(row.rank)}</td>
                <th scope="row" className="table__wide">
                  <Link
                    to={boardPath({ unit: row.unit.code, asOf: stats.asOf })}
                    aria-label={text.drillDown(row.unit.fullName)}
                  >
                    {row.unit.fullName}
                  </Link>
                </th>
                <td className="table__num">{row.score === null ? '–' : formatNumber(row.score, lang)}</td>
                <td>
                  {row.grade === null ? (
                    <span className="muted">{text.notRanked}</span>
                  ) : (
                    <span className={`grade grade--${row.grade}`}>{row.grade}</span>
                  )}
                </td>
                <td className="table__num">{formatPercent(row.completionRate, lang)}</td>
                <td className="table__num">{n(row.total)}</td>
                <td className="table__num">{n(row.due)}</td>
                <td className="table__num">{n(row.completed)}</td>
                <td className="table__num">{n(row.overdue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {stats.byChildUnit.length > FIRST_ROWS && (
        <button type="button" className="button button--small table-more" onClick={() => setAll(!isAll)}>
          {isAll ? text.showFewerUnits : text.showAllUnits(n(stats.byChildUnit.length))}
        </button>
      )}
      <p className="table-note">{text.rankingNote}</p>
    </>
  );
}
