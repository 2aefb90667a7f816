import { taskStatusLabels, type TaskStatus } from '../../../shared/task-status.ts';
import { formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { tasksText } from './tasks.i18n.ts';

/** One icon per status, so the status never rests on colour alone (the text label is always there too). */
const icons: Record<TaskStatus, string> = {
  not_started: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11Z', // empty circle
  in_progress: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM8 2.5v5.5h5.5', // clock
  near_deadline: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM8 5v3.5l2.5 1.5', // clock hand moving
  overdue: 'M8 1.75 14.5 13.5h-13ZM8 6v3.5M8 11.5v.25', // warning triangle
  completed_on_time: 'M3 8.5 6.5 12 13 4.5', // check
  completed_late: 'M2 8.5 5 11.5 11 4.5M12 9v3h2', // check with a late mark
};

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const { lang } = useLang();
  return (
    <span className={`status status--${status}`}>
      <svg className="status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={icons[status]} />
      </svg>
      {taskStatusLabels[status][lang]}
    </span>
  );
}

/** The bar is decoration; the percent is written next to it, so it is read out and visible in any colour mode. */
export function TaskProgress({ percent }: { percent: number }) {
  const { lang } = useLang();
  const value = Math.max(0, Math.min(100, percent));
  return (
    <span className="progress">
      <span className="progress__track" aria-hidden="true">
        <span className="progress__bar" style={{ width: `${value}%` }} />
      </span>
      <span className="progress__text">{formatPercent(value, lang, 0)}</span>
    </span>
  );
}

export function SampleTag() {
  const text = useText(tasksText);
  return <span className="tag tag--sample">{text.sample}</span>;
}
