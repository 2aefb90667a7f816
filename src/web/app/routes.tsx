import { lazy, Suspense, type ReactNode } from 'react';
import type { Ability } from '../../shared/api/auth.ts';
import { ChangePasswordPage } from '../features/auth/change-password-page.tsx';
import { UnitsPage } from '../features/units/units-page.tsx';
import { UsersPage } from '../features/users/users-page.tsx';
import { matchPath } from '../lib/router.tsx';
import { Loading } from '../lib/ui/loading.tsx';
import { HomePage } from './home-page.tsx';

// The task pages load on first visit, in one chunk, so the login and home pages stay small.
const taskPages = () => import('../features/tasks/task-pages.ts');
const TaskBoardPage = lazy(() => taskPages().then((m) => ({ default: m.TaskBoardPage })));
const MyTasksPage = lazy(() => taskPages().then((m) => ({ default: m.MyTasksPage })));
const TaskAssignPage = lazy(() => taskPages().then((m) => ({ default: m.TaskAssignPage })));
const TaskDetailPage = lazy(() => taskPages().then((m) => ({ default: m.TaskDetailPage })));
const TaskReviewPage = lazy(() => taskPages().then((m) => ({ default: m.TaskReviewPage })));
// So does the notifications page; the header needs only the unread count (features/notifications).
const NotificationsPage = lazy(() =>
  import('../features/notifications/notifications-page.tsx').then((m) => ({ default: m.NotificationsPage })),
);
// The indicator pages too, in their own chunk.
const indicatorPages = () => import('../features/indicators/indicator-pages.ts');
const IndicatorsPage = lazy(() => indicatorPages().then((m) => ({ default: m.IndicatorsPage })));
const IndicatorDetailPage = lazy(() => indicatorPages().then((m) => ({ default: m.IndicatorDetailPage })));
const IndicatorReviewPage = lazy(() => indicatorPages().then((m) => ({ default: m.ReviewPage })));
const MachineTokensPage = lazy(() => indicatorPages().then((m) => ({ default: m.MachineTokensPage })));
// The dashboard too, in its own chunk.
const DashboardPage = lazy(() =>
  import('../features/dashboard/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })),
);
// Reports and publishing, each in its own chunk.
const ReportsPage = lazy(() =>
  import('../features/reports/reports-page.tsx').then((m) => ({ default: m.ReportsPage })),
);
const PublishingPage = lazy(() =>
  import('../features/publishing/publishing-page.tsx').then((m) => ({ default: m.PublishingPage })),
);
const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

type Route = { path: string; ability?: Ability; render: (params: Record<string, string>) => ReactNode };

/** Every signed-in page; `/login` is handled before these, by the app itself. */
export const routes: Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/units', ability: 'units:read', render: () => <UnitsPage /> },
  { path: '/units/:code', ability: 'units:read', render: ({ code }) => <UnitsPage code={code} /> },
  { path: '/users', ability: 'users:read', render: () => <UsersPage /> },
  { path: '/dashboard', ability: 'tasks:read', render: () => later(<DashboardPage />) },
  { path: '/tasks', ability: 'tasks:read', render: () => later(<TaskBoardPage />) },
  { path: '/tasks/mine', ability: 'tasks:read', render: () => later(<MyTasksPage />) },
  { path: '/tasks/new', ability: 'tasks:read', render: () => later(<TaskAssignPage />) },
  { path: '/tasks/review', ability: 'tasks:review', render: () => later(<TaskReviewPage />) },
  { path: '/tasks/:id', ability: 'tasks:read', render: ({ id }) => later(<TaskDetailPage key={id} id={id!} />) },
  { path: '/indicators', ability: 'tasks:read', render: () => later(<IndicatorsPage />) },
  // Before '/indicators/:id', which would take "review" and "tokens" for ids.
  { path: '/indicators/review', ability: 'indicators:review', render: () => later(<IndicatorReviewPage />) },
  { path: '/indicators/tokens', ability: 'users:manage', render: () => later(<MachineTokensPage />) },
  {
    path: '/indicators/:id',
    ability: 'tasks:read',
    render: ({ id }) => later(<IndicatorDetailPage key={id} id={id!} />),
  },
  { path: '/reports', ability: 'tasks:read', render: () => later(<ReportsPage />) },
  { path: '/publishing', ability: 'publishing:manage', render: () => later(<PublishingPage />) },
  { path: '/notifications', render: () => later(<NotificationsPage />) },
  { path: '/account/password', render: () => <ChangePasswordPage /> },
];

export function findRoute(pathname: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return undefined;
}
