import type { ReactNode } from 'react';
import type { ApiState } from '../../lib/use-api.ts';
import { useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { portalPaths } from './portal.api.ts';
import { portalText } from './portal.i18n.ts';

/** Loading, "not published" (404) or a failure with a retry; the page itself once the data is there. */
export function PortalState<T>({ state, children }: { state: ApiState<T>; children: (data: T) => ReactNode }) {
  const text = useText(portalText);
  if (state.data !== undefined) return <>{children(state.data)}</>;
  if (state.error?.status === 404) return <PortalNotFound />;
  if (state.error) {
    return (
      <div className="alert alert--error" role="alert">
        <p className="alert__title">{text.loadFailed}</p>
        <button type="button" className="button button--small" onClick={state.reload}>
          {text.retry}
        </button>
      </div>
    );
  }
  return <Loading label={text.loading} />;
}

export function PortalNotFound() {
  const text = useText(portalText);
  return (
    <>
      <h1>{text.notFoundTitle}</h1>
      <p>{text.notFound}</p>
      <p>
        <Link to={portalPaths.home}>{text.backHome}</Link>
      </p>
    </>
  );
}
