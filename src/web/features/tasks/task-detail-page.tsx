import { useEffect, useRef, useState, type RefObject } from 'react';
import type { EvidenceFile } from '../../../shared/api/evidence.ts';
import type { TaskDetail } from '../../../shared/api/tasks.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { useApi, type ApiState } from '../../lib/use-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { Loading } from '../../lib/ui/loading.tsx';
import { evidenceIdsOf, evidenceListUrl, fetchEvidence } from './evidence.api.ts';
import { EvidenceSection } from './evidence-section.tsx';
import { hasReportOn, needsDailyReport } from './my-task-groups.ts';
import { TaskActions } from './task-actions.tsx';
import { taskDetailText } from './task-detail.i18n.ts';
import { TaskFacts } from './task-facts.tsx';
import { clearFlash, peekFlash } from './task-flash.ts';
import { newSubtaskPath, taskPath } from './task-links.ts';
import { SampleTag } from './task-status-badge.tsx';
import { TaskList } from './task-list.tsx';
import { TaskTimeline } from './task-timeline.tsx';
import { fetchTask, taskUrl } from './tasks.api.ts';
import { vietnamToday } from './today.ts';

type Notice = { message: string; count: number };

/** /tasks/:id: the task, what is pending, the actions this caller may take, sub-tasks and the timeline. */
export function TaskDetailPage({ id }: { id: string }) {
  const taskId = Number(id);
  const { data: task, error, isLoading, reload } = useApi(taskUrl(taskId), (signal) => fetchTask(taskId, signal));
  const evidence = useApi(evidenceListUrl(taskId), (signal) => fetchEvidence(taskId, signal));
  const [notice, setNotice] = useState<Notice>(() => ({ message: peekFlash() ?? '', count: 0 }));
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => clearFlash(), []);
  usePageTitle(task ? `${task.code} ${task.title}` : '');

  // Coming from a list inside /tasks keeps focus where it was (see app.tsx); the clicked link is gone
  // now, so bring focus to this page's heading instead of leaving it on <body>.
  useEffect(() => {
    if (task && (document.activeElement === document.body || document.activeElement === null)) {
      headingRef.current?.focus();
    }
  }, [task?.id]);

  // After an action the form that was used may be gone (e.g. a confirmed task has no review form).
  useEffect(() => {
    if (notice.count > 0 && document.activeElement === document.body) noticeRef.current?.focus();
  }, [task, notice.count]);

  const handleDone = (message: string) => {
    setNotice((current) => ({ message, count: current.count + 1 }));
    reload();
    // A report or proposal may have brought new files.
    evidence.reload();
  };

  return (
    <div className="page task-page">
      <p
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className={notice.message ? 'alert alert--success' : 'visually-hidden'}
      >
        {notice.message && <span key={notice.count}>{notice.message}</span>}
      </p>
      {isLoading && !task && <Loading />}
      <ErrorAlert error={error} onRetry={reload} />
      {task && <TaskView task={task} evidence={evidence} headingRef={headingRef} onDone={handleDone} />}
    </div>
  );
}

type ViewProps = {
  task: TaskDetail;
  evidence: ApiState<EvidenceFile[]>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: (message: string) => void;
};

function TaskView({ task, evidence, headingRef, onDone }: ViewProps) {
  const text = useText(taskDetailText);
  const { lang } = useLang();
  const isMissingToday = needsDailyReport(task) && !hasReportOn(task, vietnamToday());
  return (
    <article aria-labelledby="task-title">
      <nav aria-label={text.breadcrumb}>
        <ol className="breadcrumb">
          <li>
            <Link to="/tasks">{text.board}</Link>
          </li>
          {task.parentTaskId !== null && (
            <li>
              <Link to={taskPath(task.parentTaskId)}>{text.parentTask}</Link>
            </li>
          )}
          <li aria-current="page">{task.code}</li>
        </ol>
      </nav>
      <p className="task-head__code">
        {text.code}: <strong>{task.code}</strong> {task.isSample && <SampleTag />}
      </p>
      <h1 id="task-title" ref={headingRef} tabIndex={-1}>
        {task.title}
      </h1>
      {task.isLocked && <p className="alert alert--info">{text.locked}</p>}
      {task.pendingCompletion && (
        <p className="alert alert--warn">
          {text.pendingCompletion(formatDay(task.pendingCompletion.proposedOn, lang))}
        </p>
      )}
      {task.pendingExtension && (
        <p className="alert alert--warn">{text.pendingExtension(formatDay(task.pendingExtension.deadline, lang))}</p>
      )}
      {isMissingToday && <p className="alert alert--warn">{text.notReportedToday}</p>}
      <div className="task-layout">
        <section className="card task-layout__main" aria-labelledby="facts-title">
          <h2 id="facts-title" className="visually-hidden">
            {text.facts}
          </h2>
          <TaskFacts task={task} />
        </section>
        <TaskActions task={task} evidence={evidence.data} onDone={onDone} />
        <section className="card task-layout__main" aria-labelledby="subtasks-title">
          <div className="section-head">
            <h2 id="subtasks-title">{text.subtasks}</h2>
            {task.abilities.canSplit && (
              <Link className="button button--small" to={newSubtaskPath(task.id)}>
                {text.split}
              </Link>
            )}
          </div>
          {task.subtasks.length === 0 ? (
            <p className="muted">{text.noSubtasks}</p>
          ) : (
            <TaskList tasks={task.subtasks} caption={text.subtasksCaption} />
          )}
        </section>
        <EvidenceSection
          files={evidence.data}
          sentIds={new Set(task.timeline.flatMap((event) => evidenceIdsOf(event.payload)))}
          error={evidence.error}
          onRetry={evidence.reload}
        />
        <section className="card task-layout__main" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{text.timeline}</h2>
          <p className="muted">{text.timelineNote}</p>
          <TaskTimeline timeline={task.timeline} evidence={evidence.data} />
        </section>
      </div>
    </article>
  );
}
