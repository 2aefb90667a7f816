import { useText } from '../lib/i18n.ts';
import { Link } from '../lib/router.tsx';
import { usePageTitle } from '../lib/use-page-title.ts';
import { appText } from './app.i18n.ts';

function Notice({ title, text }: { title: string; text: string }) {
  const t = useText(appText);
  usePageTitle(title);
  return (
    <section className="page page--narrow">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">{t.backHome}</Link>
      </p>
    </section>
  );
}

export function NotFoundPage() {
  const t = useText(appText);
  return <Notice title={t.notFoundTitle} text={t.notFoundText} />;
}

export function ForbiddenPage() {
  const t = useText(appText);
  return <Notice title={t.forbiddenTitle} text={t.forbiddenText} />;
}
