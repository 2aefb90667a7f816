import type { Task } from '../../../shared/api/tasks.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { labelOf, pillarLabels } from './task-labels.ts';
import { taskPath } from './task-links.ts';
import { SampleTag, TaskProgress, TaskStatusBadge } from './task-status-badge.tsx';
import { tasksText } from './tasks.i18n.ts';

/**
 * A task as a card, for phones and for "my tasks". With `myUnitCode` the card says whether that unit leads
 * or coordinates the task; without it, it names the lead unit.
 */
export function TaskCard({ task, myUnitCode }: { task: Task; myUnitCode?: string }) {
  const text = useText(tasksText);
  const { lang } = useLang();
  const isLead = task.leadUnit.code === myUnitCode;
  return (
    <article className="task-card">
      <h3 className="task-card__title">
        <span className="task-card__code">{task.code}</span> <Link to={taskPath(task.id)}>{task.title}</Link>
      </h3>
      <p className="task-card__tags">
        <TaskStatusBadge status={task.status} />
        {myUnitCode && <span className="tag">{isLead ? text.leadRole : text.coordinatingRole}</span>}
        {task.isDailyReport && <span className="tag">{text.dailyReport}</span>}
        {!myUnitCode && <span className="tag">{labelOf(pillarLabels, task.pillar, lang)}</span>}
        {task.isSample && <SampleTag />}
      </p>
      <dl className="task-card__facts">
        <div>
          <dt>{text.deadline}</dt>
          <dd>{task.deadline ? formatDay(task.deadline, lang) : text.recurring}</dd>
        </div>
        <div>
          <dt>{text.progress}</dt>
          <dd>
            <TaskProgress percent={task.progressPercent} />
          </dd>
        </div>
        {!isLead && (
          <div>
            <dt>{text.leadUnit}</dt>
            <dd>{task.leadUnit.fullName}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
