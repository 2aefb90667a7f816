import { useEffect, useState } from 'react';
import { roleLabels } from '../../shared/domain.ts';
import { BellIcon } from '../features/notifications/bell-icon.tsx';
import { useUnreadCount } from '../features/notifications/use-unread-count.ts';
import { formatNumber } from '../lib/format.ts';
import { useLang, useText } from '../lib/i18n.ts';
import { Link, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.ts';
import { appText } from './app.i18n.ts';
import { LangSwitch } from '../lib/ui/lang-switch.tsx';
import { MainNav } from './main-nav.tsx';

/**
 * "Notifications" with the unread count: a badge to the eye, "Thông báo, 3 chưa đọc" to a screen reader.
 * The name comes from the content (not an aria-label) so it always contains the visible text, as speech
 * input users say what they see (WCAG 2.5.3).
 */
function NotificationsLink({ unread = 0, isCurrent, where }: { unread?: number; isCurrent: boolean; where: string }) {
  const text = useText(appText);
  const { lang } = useLang();
  const count = formatNumber(unread, lang);
  return (
    <Link
      to="/notifications"
      className={`header-notif header-notif--${where}`}
      aria-current={isCurrent ? 'page' : undefined}
    >
      <BellIcon className="header-notif__icon" />
      <span className="header-notif__label">{text.notifications}</span>
      {unread > 0 && (
        <span className="header-notif__badge">
          <span className="visually-hidden">, </span>
          {unread > 99 ? '99+' : count}
          <span className="visually-hidden"> {text.unread}</span>
        </span>
      )}
    </Link>
  );
}

/**
 * Brand, the signed-in user's name and role, navigation and tools. The name stays in the bar at every
 * width; on a phone the navigation and tools fold behind the menu button. The notifications link sits
 * with the tools on a wide screen and stays in the bar on a phone; CSS shows one of the two, so each
 * width keeps a focus order that follows the layout.
 */
export function Header() {
  const text = useText(appText);
  const { lang } = useLang();
  const { me, signOut } = useSession();
  const { pathname } = useLocation();
  const [isMenuOpen, setMenuOpen] = useState(false);
  const unread = useUnreadCount(me ? me.user.id : null);
  const isNotifications = pathname === '/notifications';
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
      {me && <NotificationsLink unread={unread} isCurrent={isNotifications} where="bar" />}
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
              <NotificationsLink unread={unread} isCurrent={isNotifications} where="tools" />
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
