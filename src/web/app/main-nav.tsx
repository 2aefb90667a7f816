import type { Ability } from '../../shared/api/auth.ts';
import { useText } from '../lib/i18n.ts';
import { Link } from '../lib/router.tsx';
import { appText } from './app.i18n.ts';

type Item = { to: string; label: string; ability?: Ability };

/** Only the sections the caller's abilities open are listed; the server checks again anyway. */
export function MainNav({ abilities, pathname }: { abilities: readonly Ability[]; pathname: string }) {
  const text = useText(appText);
  const items: Item[] = [
    { to: '/', label: text.home },
    { to: '/units', label: text.units, ability: 'units:read' },
    { to: '/users', label: text.users, ability: 'users:read' },
  ];
  const isCurrent = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));
  return (
    <nav className="main-nav" aria-label={text.mainNav}>
      <ul className="main-nav__list">
        {items
          .filter((item) => !item.ability || abilities.includes(item.ability))
          .map((item) => (
            <li key={item.to}>
              <Link to={item.to} className="main-nav__link" aria-current={isCurrent(item.to) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
