import type { ReactNode } from 'react';
import { useText } from '../lib/i18n.ts';
import { useSession } from '../lib/session.ts';
import { appText } from './app.i18n.ts';
import { Header } from './header.tsx';
import { Loading } from '../lib/ui/loading.tsx';

/** Page frame: skip link, header, demo banner, the main region (focused after navigation), footer. */
export function Shell({ children }: { children: ReactNode }) {
  const text = useText(appText);
  const { me } = useSession();
  // Until the session is known, nothing of the frame is drawn: the header grows a navigation and the
  // demo banner once it is, which would push the page down after first paint (layout shift).
  if (me === undefined) return <Loading label={text.starting} />;
  return (
    <>
      <a className="skip-link" href="#main">
        {text.skipToContent}
      </a>
      <header className="header">
        <Header />
        {me?.isDemo && (
          <p className="demo-banner">
            <strong>{text.demoBanner}</strong> <span>{text.demoBannerDetail}</span>
          </p>
        )}
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <p>{text.appTagline}</p>
      </footer>
    </>
  );
}
