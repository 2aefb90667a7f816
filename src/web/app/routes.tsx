import type { ReactNode } from 'react';
import type { Ability } from '../../shared/api/auth.ts';
import { ChangePasswordPage } from '../features/auth/change-password-page.tsx';
import { UnitsPage } from '../features/units/units-page.tsx';
import { UsersPage } from '../features/users/users-page.tsx';
import { matchPath } from '../lib/router.tsx';
import { HomePage } from './home-page.tsx';

type Route = { path: string; ability?: Ability; render: (params: Record<string, string>) => ReactNode };

/** Every signed-in page; `/login` is handled before these, by the app itself. */
export const routes: Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/units', ability: 'units:read', render: () => <UnitsPage /> },
  { path: '/units/:code', ability: 'units:read', render: ({ code }) => <UnitsPage code={code} /> },
  { path: '/users', ability: 'users:read', render: () => <UsersPage /> },
  { path: '/account/password', render: () => <ChangePasswordPage /> },
];

export function findRoute(pathname: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return undefined;
}
