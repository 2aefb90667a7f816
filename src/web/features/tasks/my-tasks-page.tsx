import { useMemo } from 'react';
import type { Task } from '../../../shared/api/tasks.ts';
import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useMe } from '../../lib/session.ts';
import { useApi } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { groupMyTasks, hasReportOn, needsDailyReport, type TaskGroup } from './my-task-groups.ts';
import { TaskCard } from './task-card.tsx';
import { fetchTask, fetchTasks, taskListUrl } from './tasks.api.ts';
import { tasksText } from './tasks.i18n.ts';
import { vietnamToday } from './today.ts';

const query = { mine: true, limit: 500, offset: 0 };
/** Details are fetched one by one to see today's report; a unit has only a handful of daily-report tasks. */
const MAX_DAILY_CHECKS = 20;

function useNotReportedToday(tasks: Task[] | undefined): ReadonlySet<number> {
  const ids = (tasks ?? [])
    .filter(needsDailyReport)
    .map((task) => task.id)
    .slice(0, MAX_DAILY_CHECKS);
  const today = vietnamToday();
  const { data } = useApi(ids.length ? `daily-check:${today}:${ids.join(',')}` : null, (signal) =>
    Promise.all(ids.map((id) => fetchTask(id, signal))),
  );
  return useMemo(
    () => new Set((data ?? []).filter((detail) => !hasReportOn(detail, today)).map((detail) => detail.id)),
    [data, today],
  );
}

/** /tasks/mine: the tasks of the officer's unit, grouped by what needs doing first. */
export function MyTasksPage() {
  const text = useText(tasksText);
  const me = useMe();
  const { data, error, isLoading, reload } = useApi(taskListUrl(query), (signal) => fetchTasks(query, signal));
  const notReported = useNotReportedToday(data?.items);
  const groups = data ? groupMyTasks(data.items, notReported) : [];
  usePageTitle(text.myTitle);
  return (
    <div className="page">
      <h1>{text.myTitle}</h1>
      <p className="lead">{text.myIntro}</p>
      {isLoading && !data && <Loading />}
      <ErrorAlert error={error} onRetry={reload} />
      {data && data.items.length === 0 && <p>{text.myEmpty}</p>}
      {groups.map((group) => (
        <MyTaskGroup key={group.name} group={group} myUnitCode={me.user.unit.code} />
      ))}
    </div>
  );
}

function MyTaskGroup({ group, myUnitCode }: { group: TaskGroup; myUnitCode: string }) {
  const text = useText(tasksText);
  const { lang } = useLang();
  const titles = {
    notReported: text.groupNotReported,
    overdue: text.groupOverdue,
    nearDeadline: text.groupNearDeadline,
    inProgress: text.groupInProgress,
    notStarted: text.groupNotStarted,
    completed: text.groupCompleted,
  };
  const heading = (
    <>
      {titles[group.name]} <span className="muted">{text.groupCount(formatNumber(group.tasks.length, lang))}</span>
    </>
  );
  const cards = (
    <div className="task-cards">
      {group.tasks.map((task) => (
        <TaskCard key={task.id} task={task} myUnitCode={myUnitCode} />
      ))}
    </div>
  );
  // Finished work is kept out of the way; it opens on demand.
  if (group.name === 'completed') {
    return (
      <details className="task-group task-group--completed">
        <summary>
          <h2 className="task-group__title">{heading}</h2>
        </summary>
        {cards}
      </details>
    );
  }
  const id = `group-${group.name}`;
  return (
    <section className={`task-group task-group--${group.name}`} aria-labelledby={id}>
      <h2 className="task-group__title" id={id}>
        {heading}
      </h2>
      {group.name === 'notReported' && <p className="muted">{text.groupNotReportedHint}</p>}
      {cards}
    </section>
  );
}
