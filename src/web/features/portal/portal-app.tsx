import { useEffect, useRef } from 'react';
import { useText } from '../../lib/i18n.ts';
import { Link, matchPath, useLocation } from '../../lib/router.tsx';
import { LangSwitch } from '../../lib/ui/lang-switch.tsx';
import { DatasetPage } from './dataset-page.tsx';
import { OpenDataPage } from './open-data-page.tsx';
import { portalPaths } from './portal.api.ts';
import { portalText } from './portal.i18n.ts';
import { PortalHome } from './portal-home.tsx';
import { PortalNotFound } from './portal-state.tsx';
import { RankingPage } from './ranking-page.tsx';
import { UnitPage } from './unit-page.tsx';
import './portal.css';

function CurrentPage({ pathname }: { pathname: string }) {
  if (pathname === portalPaths.home || pathname === `${portalPaths.home}/`) return <PortalHome />;
  if (pathname === portalPaths.ranking) return <RankingPage />;
  if (pathname === portalPaths.openData) return <OpenDataPage />;
  const unit = matchPath('/portal/units/:code', pathname);
  if (unit) return <UnitPage key={unit.code} code={unit.code!} />;
  const dataset = matchPath('/portal/open-data/:dataset', pathname);
  if (dataset) return <DatasetPage key={dataset.dataset} name={dataset.dataset!} />;
  return <PortalNotFound />;
}

/** Moves focus to the page's main region after navigating, as a full page load would. */
function useFocusOnNavigate(pathname: string) {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('portal-main')?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
}

/** /portal and /portal/*: the public portal, no login, its own frame (no session, no app shell). */
export function PortalApp() {
  const text = useText(portalText);
  const { pathname } = useLocation();
  useFocusOnNavigate(pathname);
  const sections = [
    { to: portalPaths.home, label: text.home },
    { to: portalPaths.ranking, label: text.ranking },
    { to: portalPaths.openData, label: text.openData },
  ];
  // Home is current only on itself; a unit page belongs to no section of the menu.
  const current = sections.find((s) =>
    s.to === portalPaths.home ? pathname === s.to : pathname === s.to || pathname.startsWith(`${s.to}/`),
  );
  return (
    <div className="portal">
      <a className="skip-link" href="#portal-main">
        {text.skipToContent}
      </a>
      <header className="portal-header">
        <div className="portal-header__bar">
          <Link to={portalPaths.home} className="brand">
            <span className="brand__mark" aria-hidden="true">
              57
            </span>
            <span className="portal-brand__text">
              <span className="portal-brand__name">{text.siteName}</span>
              <span className="portal-brand__tagline">{text.siteTagline}</span>
            </span>
          </Link>
          <nav className="portal-nav" aria-label={text.nav}>
            <ul>
              {sections.map((section) => (
                <li key={section.to}>
                  <Link to={section.to} aria-current={current?.to === section.to ? 'page' : undefined}>
                    {section.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="portal-header__tools">
            <LangSwitch />
            <a className="portal-signin" href="/login">
              {text.signIn}
            </a>
          </div>
        </div>
      </header>
      <main id="portal-main" className="main portal-main" tabIndex={-1}>
        <CurrentPage pathname={pathname} />
      </main>
      <footer className="footer">
        <p>{text.footer}</p>
        <p>
          <Link to={portalPaths.openData}>{text.openData}</Link> · <a href="/api/docs">{text.apiDocs}</a>
        </p>
      </footer>
    </div>
  );
}
