import { useState } from 'react';
import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useApi, useDebounced } from '../../lib/use-api.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { Pager } from '../../lib/ui/pager.tsx';
import { TaskFilters, type TaskFilterValues } from './task-filters.tsx';
import { TaskList } from './task-list.tsx';
import { fetchTasks, taskListUrl } from './tasks.api.ts';
import { tasksText } from './tasks.i18n.ts';

const PAGE_SIZE = 25;

/** The tasks of one unit's subtree, filtered by status, pillar and text, a page at a time. */
export function TaskListSection({ unit }: { unit: string }) {
  const text = useText(tasksText);
  const { lang } = useLang();
  const [filters, setFilters] = useState<TaskFilterValues>({ q: '', status: '', pillar: '' });
  const q = useDebounced(filters.q.trim());
  const base = { unit, q, status: filters.status, pillar: filters.pillar, limit: PAGE_SIZE };
  // Any change of filter or unit starts again at the first page.
  const filterKey = taskListUrl({ ...base, offset: 0 });
  const [paging, setPaging] = useState({ key: filterKey, offset: 0 });
  const offset = paging.key === filterKey ? paging.offset : 0;
  const query = { ...base, offset };
  const { data, error, isLoading, reload } = useApi(taskListUrl(query), (signal) => fetchTasks(query, signal));

  return (
    <section className="card" aria-labelledby="task-list-title">
      <h2 id="task-list-title">{text.listTitle}</h2>
      <TaskFilters value={filters} onChange={setFilters} />
      <p className="muted">{text.listNote}</p>
      <p className="search-results__count" role="status">
        {data && (data.total === 0 ? text.empty : text.count(formatNumber(data.total, lang)))}
      </p>
      {isLoading && !data && <Loading />}
      {/* An unknown unit answers 404 here and in the overview above; saying it once is enough. */}
      <ErrorAlert error={error?.status === 404 ? undefined : error} onRetry={reload} />
      {data && data.items.length > 0 && <TaskList tasks={data.items} caption={text.tableCaption} />}
      {data && (
        <Pager
          offset={offset}
          limit={PAGE_SIZE}
          total={data.total}
          onChange={(next) => setPaging({ key: filterKey, offset: next })}
        />
      )}
    </section>
  );
}
