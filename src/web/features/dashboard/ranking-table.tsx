import { useState } from 'react';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { ChangeNote } from './change-note.tsx';
import type { RankingRow } from './dashboard.api.ts';
import { dashboardPath } from './dashboard-links.ts';
import { dashboardText } from './dashboard.i18n.ts';

/** A province has dozens of units below it; the top of the ranking shows first, the rest on request. */
const FIRST_ROWS = 10;

type Props = { ranking: readonly RankingRow[]; asOf: string; plan?: string };

/**
 * Units below, best first. The score cell carries a bar (decoration; the number is beside it), the grade
 * is a letter, the trend an arrow with words. Each name opens that unit's own dashboard.
 */
export function RankingTable({ ranking, asOf, plan }: Props) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const [isAll, setAll] = useState(false);
  if (ranking.length === 0) return <p className="muted">{text.rankingNone}</p>;
  const n = (value: number) => formatNumber(value, lang);
  return (
    <>
      <div className="table-scroll dash-table-box" tabIndex={0} role="region" aria-label={text.rankingCaption}>
        <table className={isAll ? 'table dash-ranking dash-ranking--all' : 'table dash-ranking'}>
          <caption className="visually-hidden">{text.rankingCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="table__num">
                {text.rank}
              </th>
              <th scope="col">{text.unit}</th>
              <th scope="col">{text.score}</th>
              <th scope="col">{text.grade}</th>
              <th scope="col">{text.trend}</th>
              <th scope="col" className="table__num">
                {text.completionRate}
              </th>
              <th scope="col" className="table__num">
                {text.totalShort}
              </th>
              <th scope="col" className="table__num">
                {text.overdueShort}
              </th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((row, index) => (
              <tr key={row.unit.code} className={index >= FIRST_ROWS ? 'dash-extra' : undefined}>
                <td className="table__num">{row.rank === null ? '–' : n(row.rank)}</td>
                <th scope="row" className="dash-ranking__unit">
                  <Link
                    to={dashboardPath({ unit: row.unit.code, asOf, plan })}
                    aria-label={text.drillDown(row.unit.fullName)}
                  >
                    {row.unit.fullName}
                  </Link>
                </th>
                <td>
                  {row.score === null ? (
                    <span className="muted">–</span>
                  ) : (
                    <span className="dash-score">
                      <span className="dash-score__track" aria-hidden="true">
                        <span
                          className="dash-score__bar"
                          style={{ width: `${Math.max(0, Math.min(100, row.score))}%` }}
                        />
                      </span>
                      <span className="dash-score__value">{n(row.score)}</span>
                    </span>
                  )}
                </td>
                <td>
                  {row.grade === null ? (
                    <span className="muted dash-nowrap">{text.notRanked}</span>
                  ) : (
                    <span className={`dash-grade dash-grade--${row.grade}`}>{row.grade}</span>
                  )}
                </td>
                <td className="dash-nowrap">
                  <ChangeNote change={row.trend} polarity="higher" measure={text.scorePoints} />
                </td>
                <td className="table__num">{formatPercent(row.completionRate, lang)}</td>
                <td className="table__num">{n(row.total)}</td>
                <td className="table__num">{n(row.overdue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ranking.length > FIRST_ROWS && (
        <button
          type="button"
          className="button button--small dash-more"
          aria-expanded={isAll}
          onClick={() => setAll(!isAll)}
        >
          {isAll ? text.showFewer : text.showAll(n(ranking.length))}
        </button>
      )}
      <p className="dash-section__note">{text.rankingNote}</p>
    </>
  );
}
