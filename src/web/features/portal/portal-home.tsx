import { unitLevelLabels, unitLevels, type UnitLevel } from '../../../shared/domain.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { fetchUnits, portalPaths, unitsUrl, type PublicUnits } from './portal.api.ts';
import { portalText } from './portal.i18n.ts';
import { PortalState } from './portal-state.tsx';

/** /portal: what the portal is, the published units by level, and the ways in. */
export function PortalHome() {
  const text = useText(portalText);
  const state = useApi(unitsUrl, fetchUnits);
  usePageTitle(text.siteName);
  return (
    <>
      <h1>{text.homeTitle}</h1>
      <p className="portal-lead">{text.homeIntro}</p>
      <p>{text.homeRule}</p>
      <ul className="portal-cards">
        <li className="portal-card">
          <h2 className="portal-card__title">
            <Link to={portalPaths.ranking}>{text.rankingTitle}</Link>
          </h2>
          <p>{text.rankingCard}</p>
        </li>
        <li className="portal-card">
          <h2 className="portal-card__title">
            <Link to={portalPaths.openData}>{text.openDataTitle}</Link>
          </h2>
          <p>{text.openDataCard}</p>
        </li>
      </ul>
      <section className="portal-section" aria-labelledby="portal-units">
        <h2 id="portal-units">{text.unitsTitle}</h2>
        <PortalState state={state}>{(data) => <UnitsByLevel units={data.items} />}</PortalState>
      </section>
    </>
  );
}

function UnitsByLevel({ units }: { units: PublicUnits['items'] }) {
  const text = useText(portalText);
  const { lang } = useLang();
  if (units.length === 0) return <p>{text.unitsNone}</p>;
  return (
    <div className="portal-levels">
      {unitLevels
        .map((level) => [level, units.filter((u) => u.level === level)] as const)
        .filter(([, members]) => members.length > 0)
        .map(([level, members]) => (
          <section key={level} aria-labelledby={`portal-level-${level}`}>
            <h3 id={`portal-level-${level}`}>{unitLevelLabels[level as UnitLevel][lang]}</h3>
            <ul className="portal-unit-list">
              {members.map((unit) => (
                <li key={unit.code}>
                  <Link to={portalPaths.unit(unit.code)}>{unit.fullName}</Link>
                  {unit.parent && level !== 'province' && (
                    <span className="portal-unit-list__sub"> · {text.unitOf(unit.parent.fullName)}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
