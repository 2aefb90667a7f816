import { useEffect, useRef, useState } from 'react';
import { useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { useMe } from '../../lib/session.ts';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { IngestGuide } from './ingest-guide.tsx';
import { indicatorsPath } from './indicator-links.ts';
import { fetchMachineTokens, machineTokensUrl } from './machine-tokens.api.ts';
import { tokensText } from './machine-tokens.i18n.ts';
import { TokenIssueForm } from './token-issue-form.tsx';
import { TokenList } from './token-list.tsx';

/** /indicators/tokens: machine tokens for the units in an administrator's scope, and how to use them. */
export function MachineTokensPage() {
  const text = useText(tokensText);
  const me = useMe();
  const { data, error, isLoading, reload } = useApi(machineTokensUrl, fetchMachineTokens);
  const [notice, setNotice] = useState({ message: '', count: 0 });
  const noticeRef = useRef<HTMLParagraphElement>(null);
  usePageTitle(text.title);
  useEffect(() => {
    if (notice.count > 0) noticeRef.current?.focus();
  }, [notice.count]);

  return (
    <div className="page">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <p>
        <Link to={indicatorsPath()}>{text.back}</Link>
      </p>
      <div className="ind-token-layout">
        <section className="card" aria-labelledby="ind-issue-title">
          <h2 id="ind-issue-title">{text.issueTitle}</h2>
          <TokenIssueForm defaultUnit={me.user.unit.code} onIssued={reload} />
        </section>
        <section className="card" aria-labelledby="ind-tokens-title">
          <h2 id="ind-tokens-title">{text.listTitle}</h2>
          <p
            ref={noticeRef}
            tabIndex={-1}
            role="status"
            className={notice.message ? 'alert alert--success' : 'visually-hidden'}
          >
            {notice.message}
          </p>
          {isLoading && !data && <Loading />}
          <ErrorAlert error={error} onRetry={reload} />
          {data && (
            <TokenList
              tokens={data.items}
              onRevoked={(message) => {
                setNotice((current) => ({ message, count: current.count + 1 }));
                reload();
              }}
            />
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="ind-guide-title">
        <h2 id="ind-guide-title">{text.guideTitle}</h2>
        <IngestGuide />
      </section>
    </div>
  );
}
