import { formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { fetchRanking, portalPaths, rankingUrl } from './portal.api.ts';
import { portalText } from './portal.i18n.ts';
import { PortalState } from './portal-state.tsx';
import { ScrollBox } from './scroll-box.tsx';

/** /portal/ranking: the published units ranked among their parent's sub-units. */
export function RankingPage() {
  const text = useText(portalText);
  const { lang } = useLang();
  const state = useApi(rankingUrl, fetchRanking);
  usePageTitle(text.rankingTitle);
  const n = (value: number) => formatNumber(value, lang);
  return (
    <>
      <h1>{text.rankingTitle}</h1>
      <p className="portal-lead">{text.rankingIntro}</p>
      <PortalState state={state}>
        {({ asOf, groups }) => (
          <>
            <p className="muted">{text.asOf(formatDay(asOf, lang))}</p>
            {groups.length === 0 && <p>{text.rankingNone}</p>}
            {groups.map((group) => {
              const headingId = `portal-rank-${group.parent.code}`;
              return (
                <section key={group.parent.code} className="portal-section" aria-labelledby={headingId}>
                  <h2 id={headingId}>{text.groupTitle(group.parent.fullName)}</h2>
                  <p className="muted">{text.rankedOf(n(group.rankedCount))}</p>
                  <ScrollBox label={text.tableOf(text.groupTitle(group.parent.fullName))}>
                    <table className="portal-table portal-ranking">
                      <caption className="visually-hidden">{text.groupTitle(group.parent.fullName)}</caption>
                      <thead>
                        <tr>
                          <th scope="col" className="portal-table__num">
                            {text.rank}
                          </th>
                          <th scope="col">{text.unit}</th>
                          <th scope="col" className="portal-table__num">
                            {text.score}
                          </th>
                          <th scope="col">{text.grade}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {group.items.map((item) => (
                          <tr key={item.unit.code}>
                            <td className="portal-table__num">
                              {item.rank === null ? text.notRanked : text.rankOf(n(item.rank), n(group.rankedCount))}
                            </td>
                            <th scope="row">
                              <Link to={portalPaths.unit(item.unit.code)}>{item.unit.fullName}</Link>
                            </th>
                            <td className="portal-table__num">{item.score === null ? '–' : n(item.score)}</td>
                            <td>
                              {item.grade && (
                                <span className={`portal-grade portal-grade--${item.grade}`}>{item.grade}</span>
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </ScrollBox>
                </section>
              );
            })}
          </>
        )}
      </PortalState>
    </>
  );
}
