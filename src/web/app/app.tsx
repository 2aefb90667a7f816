import { lazy, Suspense, useEffect, useRef } from 'react';
import { LoginPage } from '../features/auth/login-page.tsx';
import { useText } from '../lib/i18n.ts';
import { navigate, safeNextPath, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.ts';
import { Loading } from '../lib/ui/loading.tsx';
import { appText } from './app.i18n.ts';
import { LangProvider } from './lang-provider.tsx';
import { ForbiddenPage, NotFoundPage } from './not-found-page.tsx';
import { findRoute } from './routes.tsx';
import { SessionProvider } from './session-provider.tsx';
import { Shell } from './shell.tsx';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

const sectionOf = (pathname: string) => pathname.split('/')[1] ?? '';

/**
 * Moves focus to the main region when the user goes to another section, as a full page load would.
 * Within a section (/units → /units/38) focus stays put, so browsing the tree by keyboard keeps its place.
 */
function useFocusOnNavigate(pathname: string) {
  const previous = useRef(sectionOf(pathname));
  useEffect(() => {
    const section = sectionOf(pathname);
    if (previous.current === section) return;
    previous.current = section;
    document.getElementById('main')?.focus();
  }, [pathname]);
}

function CurrentPage() {
  const { me } = useSession();
  const { pathname, search, href } = useLocation();
  const text = useText(appText);
  useFocusOnNavigate(pathname);

  if (me === undefined) return <Loading label={text.starting} />;
  if (pathname === '/login') {
    return me ? <Redirect to={safeNextPath(search.get('next'))} /> : <LoginPage />;
  }
  if (!me) return <Redirect to={`/login?next=${encodeURIComponent(href)}`} />;
  const found = findRoute(pathname);
  if (!found) return <NotFoundPage />;
  if (found.route.ability && !me.abilities.includes(found.route.ability)) return <ForbiddenPage />;
  return found.route.render(found.params);
}

// The public portal is a separate, signed-out app in its own chunk: no session, no shell.
const PortalApp = lazy(() => import('../features/portal/portal-app.tsx').then((m) => ({ default: m.PortalApp })));
const isPortal = (pathname: string) => pathname === '/portal' || pathname.startsWith('/portal/');

export function App() {
  const { pathname } = useLocation();
  if (isPortal(pathname)) {
    return (
      <LangProvider>
        <Suspense fallback={<Loading />}>
          <PortalApp />
        </Suspense>
      </LangProvider>
    );
  }
  return (
    <LangProvider>
      <SessionProvider>
        <Shell>
          <CurrentPage />
        </Shell>
      </SessionProvider>
    </LangProvider>
  );
}
