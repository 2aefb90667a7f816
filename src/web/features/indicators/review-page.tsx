import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { indicatorsPath } from './indicator-links.ts';
import { reviewText } from './indicator-review.i18n.ts';
import { fetchPending, pendingUrl } from './indicator-values.api.ts';
import { ReviewItem } from './review-item.tsx';

/** /indicators/review: the values waiting for a decision, for secretariats and administrators. */
export function ReviewPage() {
  const text = useText(reviewText);
  const { lang } = useLang();
  const { data, error, isLoading, reload } = useApi(pendingUrl, fetchPending);
  const [notice, setNotice] = useState({ message: '', count: 0 });
  const noticeRef = useRef<HTMLParagraphElement>(null);
  usePageTitle(text.title);

  // The decided item leaves the list with its buttons; keep the keyboard on the announcement instead.
  useEffect(() => {
    if (notice.count > 0) noticeRef.current?.focus();
  }, [notice.count]);

  const handleDone = (message: string) => {
    setNotice((current) => ({ message, count: current.count + 1 }));
    reload();
  };

  return (
    <div className="page">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <p>
        <Link to={indicatorsPath()}>{text.back}</Link>
      </p>
      <p
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className={notice.message ? 'alert alert--success' : 'visually-hidden'}
      >
        {notice.message && <span key={notice.count}>{notice.message}</span>}
      </p>
      {isLoading && !data && <Loading />}
      <ErrorAlert error={error} onRetry={reload} />
      {data &&
        (data.items.length === 0 ? (
          <p className="card">{text.empty}</p>
        ) : (
          <>
            <p className="muted">{text.count(formatNumber(data.items.length, lang))}</p>
            <ul className="ind-review-list" aria-label={text.listLabel}>
              {data.items.map((item) => (
                <li key={item.id}>
                  <ReviewItem item={item} onDone={handleDone} />
                </li>
              ))}
            </ul>
          </>
        ))}
    </div>
  );
}
