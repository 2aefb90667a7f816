import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { TaskCard } from './task-card.tsx';
import { reviewText } from './task-review.i18n.ts';
import { fetchTasks, taskListUrl } from './tasks.api.ts';

type Kind = 'completion' | 'extension';

function ReviewSection({ kind }: { kind: Kind }) {
  const text = useText(reviewText);
  const { lang } = useLang();
  const query = { pending: kind, limit: 200, offset: 0 } as const;
  const { data, error, isLoading, reload } = useApi(taskListUrl(query), (signal) => fetchTasks(query, signal));
  const id = `review-${kind}`;
  return (
    <section className="task-group" aria-labelledby={id}>
      <h2 className="task-group__title" id={id}>
        {text[kind]} {data && <span className="muted">{text.count(formatNumber(data.total, lang))}</span>}
      </h2>
      {isLoading && !data && <Loading />}
      <ErrorAlert error={error} onRetry={reload} />
      {data && data.items.length === 0 && <p className="muted">{text.empty}</p>}
      <div className="task-cards">
        {data?.items.map((task) => (
          <TaskCard key={task.id} task={task} />
        ))}
      </div>
    </section>
  );
}

/** /tasks/review: what the secretariat has to decide, oldest deadlines first. */
export function TaskReviewPage() {
  const text = useText(reviewText);
  usePageTitle(text.title);
  return (
    <div className="page">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <ReviewSection kind="completion" />
      <ReviewSection kind="extension" />
    </div>
  );
}
