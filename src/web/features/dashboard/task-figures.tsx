import type { TaskStatus } from '../../../shared/task-status.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { ChangeNote } from './change-note.tsx';
import type { Dashboard, TaskCounts } from './dashboard.api.ts';
import { taskListPath } from './dashboard-links.ts';
import { changeOf, type Polarity } from './dashboard-math.ts';
import { dashboardText } from './dashboard.i18n.ts';

type Figure = {
  key: 'total' | 'completedOnTime' | 'completedLate' | 'inProgress' | 'overdue' | 'completionRate';
  polarity: Polarity;
  /** The task board's status filter for the list behind the figure; none for all tasks. */
  status?: TaskStatus;
};

const figures: readonly Figure[] = [
  { key: 'total', polarity: 'neutral' },
  { key: 'completedOnTime', polarity: 'higher', status: 'completed_on_time' },
  // Completed late is better than not completed, worse than on time: no colour either way.
  { key: 'completedLate', polarity: 'neutral', status: 'completed_late' },
  { key: 'inProgress', polarity: 'neutral', status: 'in_progress' },
  { key: 'overdue', polarity: 'lower', status: 'overdue' },
  // The rate is completed ÷ fallen due; its list is all the unit's tasks.
  { key: 'completionRate', polarity: 'higher' },
];

const valueOf = (counts: TaskCounts, key: Figure['key']) => counts[key];

/**
 * The six headline figures, each with its change since a week and a month before, each a link to the
 * tasks behind it. The label is the link; its click area covers the whole card (CSS).
 */
export function TaskFigures({ dashboard }: { dashboard: Dashboard }) {
  const text = useText(dashboardText);
  const { lang } = useLang();
  const { tasks, tasksWeekAgo, tasksMonthAgo, unit, asOf } = dashboard;
  const n = (value: number) => formatNumber(value, lang);
  return (
    <ul className="dash-figures">
      {figures.map(({ key, polarity, status }) => {
        const isRate = key === 'completionRate';
        const value = valueOf(tasks, key);
        return (
          <li key={key} className={`dash-figure dash-figure--${key}`}>
            <h3 className="dash-figure__label">
              <Link className="dash-figure__link" to={taskListPath({ unit: unit.code, asOf, status })}>
                {text[key]}
                <span className="visually-hidden">, {text.openList}</span>
              </Link>
            </h3>
            <p className="dash-figure__value">{isRate ? formatPercent(value, lang) : n(value ?? 0)}</p>
            {isRate && (
              <p className="dash-figure__detail">
                {tasks.completionRate === null ? text.noneDue : text.rateDetail(n(tasks.completed), n(tasks.due))}
              </p>
            )}
            <ul className="dash-figure__changes">
              <li>
                <ChangeNote
                  change={changeOf(value, valueOf(tasksWeekAgo, key))}
                  since={text.sinceWeek}
                  polarity={polarity}
                  measure={isRate ? text.points : undefined}
                />
              </li>
              <li>
                <ChangeNote
                  change={changeOf(value, valueOf(tasksMonthAgo, key))}
                  since={text.sinceMonth}
                  polarity={polarity}
                  measure={isRate ? text.points : undefined}
                />
              </li>
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
