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
    { to: '/dashboard', label: text.dashboard, ability: 'tasks:read' },
    { to: '/units', label: text.units, ability: 'units:read' },
    { to: '/tasks', label: text.tasks, ability: 'tasks:read' },
    { to: '/tasks/mine', label: text.myTasks, ability: 'tasks:report' },
    { to: '/tasks/review', label: text.taskReview, ability: 'tasks:review' },
    { to: '/indicators', label: text.indicators, ability: 'tasks:read' },
    { to: '/reports', label: text.reports, ability: 'tasks:read' },
    { to: '/publishing', label: text.publishing, ability: 'publishing:manage' },
    { to: '/users', label: text.users, ability: 'users:read' },
  ];
  const visible = items.filter((item) => !item.ability || abilities.includes(item.ability));
  const matches = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));
  // The longest match wins, so /tasks/mine marks "my tasks" and not "tasks" as well.
  const current = visible
    .filter((item) => matches(item.to))
    .reduce<string | undefined>((best, item) => (best && best.length >= item.to.length ? best : item.to), undefined);
  const isCurrent = (to: string) => to === current;
  return (
    <nav className="main-nav" aria-label={text.mainNav}>
      <ul className="main-nav__list">
        {visible.map((item) => (
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
