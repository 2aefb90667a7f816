import type { Task } from '../../../shared/api/tasks.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { TaskCard } from './task-card.tsx';
import { pillarLabels, labelOf } from './task-labels.ts';
import { taskPath } from './task-links.ts';
import { SampleTag, TaskProgress, TaskStatusBadge } from './task-status-badge.tsx';
import { tasksText } from './tasks.i18n.ts';

type Props = { tasks: Task[]; caption: string };

/**
 * A table on wide screens, cards on phones. CSS shows one of the two (display: none also hides the other
 * from screen readers), because a five-column table scrolled sideways at 360 px hides status and progress.
 */
export function TaskList({ tasks, caption }: Props) {
  return (
    <>
      <TaskTable tasks={tasks} caption={caption} />
      <ul className="task-cards task-cards--narrow" aria-label={caption}>
        {tasks.map((task) => (
          <li key={task.id}>
            <TaskCard task={task} />
          </li>
        ))}
      </ul>
    </>
  );
}

function TaskTable({ tasks, caption }: Props) {
  const text = useText(tasksText);
  const { lang } = useLang();
  return (
    <div className="table-scroll task-table-box" tabIndex={0} role="region" aria-label={caption}>
      <table className="table task-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.task}</th>
            <th scope="col">{text.status}</th>
            <th scope="col">{text.progress}</th>
            <th scope="col">{text.deadline}</th>
            <th scope="col">{text.leadUnit}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id}>
              <th scope="row" className="table__primary task-table__title">
                <span className="task-table__code">{task.code}</span>
                <Link to={taskPath(task.id)}>{task.title}</Link>
                <span className="table__sub">
                  {labelOf(pillarLabels, task.pillar, lang)} {task.isSample && <SampleTag />}
                </span>
              </th>
              <td>
                <TaskStatusBadge status={task.status} />
              </td>
              <td>
                <TaskProgress percent={task.progressPercent} />
              </td>
              <td className="task-table__date">{task.deadline ? formatDay(task.deadline, lang) : text.recurring}</td>
              <td className="table__wide">{task.leadUnit.fullName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
