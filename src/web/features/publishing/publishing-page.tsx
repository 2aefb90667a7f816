import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { DatasetSection } from './dataset-section.tsx';
import { FigureSection } from './figure-section.tsx';
import { IndicatorSection } from './indicator-section.tsx';
import { boardUrl, fetchBoard, type PublishingBoard } from './publishing.api.ts';
import { publishingText } from './publishing.i18n.ts';
import { UnitSection } from './unit-section.tsx';
import { usePublishingAction } from './use-publishing-action.ts';

/** /publishing: what the secretariat makes public on the portal, and the open-data versions. */
export function PublishingPage() {
  const text = useText(publishingText);
  const { data, error, isLoading, reload } = useApi(boardUrl, fetchBoard);
  const [notice, setNotice] = useState({ message: '', count: 0 });
  const noticeRef = useRef<HTMLParagraphElement>(null);
  usePageTitle(text.title);
  useEffect(() => {
    if (notice.count > 0) noticeRef.current?.focus();
  }, [notice.count]);
  const done = (message: string) => {
    setNotice((current) => ({ message, count: current.count + 1 }));
    reload();
  };
  return (
    <div className="page pub-page">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <p>
        <a href="/portal">{text.openPortal}</a>
      </p>
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
      {data && <Sections board={data} onDone={done} />}
    </div>
  );
}

function Sections({ board, onDone }: { board: PublishingBoard; onDone: (message: string) => void }) {
  const figures = usePublishingAction(onDone);
  const units = usePublishingAction(onDone);
  const indicators = usePublishingAction(onDone);
  const datasets = usePublishingAction(onDone);
  return (
    <>
      <div className="pub-columns">
        <FigureSection board={board} action={figures} />
        <UnitSection board={board} action={units} />
      </div>
      <IndicatorSection board={board} action={indicators} />
      <DatasetSection board={board} action={datasets} />
      <History board={board} />
    </>
  );
}

function History({ board }: { board: PublishingBoard }) {
  const text = useText(publishingText);
  const { lang } = useLang();
  const withdrawn = board.items.filter((p) => p.withdrawnAt);
  if (withdrawn.length === 0) return null;
  return (
    <details className="card pub-history">
      <summary>
        <h2 className="pub-history__title">{text.historyTitle}</h2>
      </summary>
      <ul>
        {withdrawn.map((p) => (
          <li key={p.id}>
            {p.label} ({p.refKey}), {text.withdrawnOn(formatDate(p.withdrawnAt, lang))}
          </li>
        ))}
      </ul>
    </details>
  );
}
