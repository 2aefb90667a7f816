import { useEffect, useState } from 'react';
import { roleLabels } from '../../shared/domain.ts';
import { useLang, useText } from '../lib/i18n.ts';
import { Link, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.ts';
import { appText } from './app.i18n.ts';
import { LangSwitch } from './lang-switch.tsx';
import { MainNav } from './main-nav.tsx';

/**
 * Brand, the signed-in user's name and role, navigation and tools. The name stays in the bar at every
 * width; on a phone the navigation and tools fold behind the menu button.
 */
export function Header() {
  const text = useText(appText);
  const { lang } = useLang();
  const { me, signOut } = useSession();
  const { pathname } = useLocation();
  const [isMenuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <div className="header__bar">
      <Link to="/" className={me ? 'brand brand--compact' : 'brand'}>
        <span className="brand__mark" aria-hidden="true">
          57
        </span>
        <span className="brand__name">{text.appName}</span>
      </Link>
      {me && (
        <p className="header__who">
          <span className="header__name">{me.user.displayName}</span>
          <span className="header__role">{roleLabels[me.user.role][lang]}</span>
        </p>
      )}
      {me && (
        <button
          type="button"
          className="button button--ghost header__menu-button"
          aria-expanded={isMenuOpen}
          aria-controls="header-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {text.menu}
        </button>
      )}
      <div
        id="header-menu"
        className={`header__menu${!me ? ' header__menu--bare' : isMenuOpen ? ' header__menu--open' : ''}`}
      >
        {me && <MainNav abilities={me.abilities} pathname={pathname} />}
        <div className="header__tools">
          {me && (
            <>
              <Link to="/account/password">{text.changePassword}</Link>
              <button type="button" className="button button--small button--ghost" onClick={() => void signOut()}>
                {text.signOut}
              </button>
            </>
          )}
          <LangSwitch />
        </div>
      </div>
    </div>
  );
}
