import type { TaskDetail } from '../../../shared/api/tasks.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { labelOf, pillarLabels, reportingCycleLabels } from './task-labels.ts';
import { TaskProgress, TaskStatusBadge } from './task-status-badge.tsx';
import { taskDetailText } from './task-detail.i18n.ts';

/** Every field of the task; the original deadline is shown beside the current one once it was extended. */
export function TaskFacts({ task }: { task: TaskDetail }) {
  const text = useText(taskDetailText);
  const { lang } = useLang();
  const day = (value: string | null) => (value ? formatDay(value, lang) : text.notYet);
  const isExtended = task.deadline !== task.originalDeadline;
  return (
    <dl className="facts">
      <dt>{text.status}</dt>
      <dd>
        <TaskStatusBadge status={task.status} />
      </dd>
      <dt>{text.progress}</dt>
      <dd>
        <TaskProgress percent={task.progressPercent} />
      </dd>
      <dt>{text.plan}</dt>
      <dd>
        {task.plan.code} · {task.plan.title}
      </dd>
      <dt>{text.pillar}</dt>
      <dd>{labelOf(pillarLabels, task.pillar, lang)}</dd>
      <dt>{text.assigningUnit}</dt>
      <dd>{task.assigningUnit.fullName}</dd>
      <dt>{text.leadUnit}</dt>
      <dd>{task.leadUnit.fullName}</dd>
      <dt>{text.coordinatingUnits}</dt>
      <dd>
        {task.coordinatingUnits.length === 0 ? (
          text.none
        ) : (
          <ul className="plain-list">
            {task.coordinatingUnits.map((unit) => (
              <li key={unit.code}>{unit.fullName}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{text.assignedOn}</dt>
      <dd>{formatDay(task.assignedOn, lang)}</dd>
      {task.isRecurring ? (
        <>
          <dt>{text.deadline}</dt>
          <dd>{text.recurring}</dd>
        </>
      ) : (
        <>
          <dt>{text.originalDeadline}</dt>
          <dd>
            {day(task.originalDeadline)}
            {!isExtended && <span className="muted"> ({text.notExtended})</span>}
          </dd>
          {isExtended && (
            <>
              <dt>{text.currentDeadline}</dt>
              <dd>
                <strong>{day(task.deadline)}</strong>
              </dd>
            </>
          )}
        </>
      )}
      <dt>{text.reportingCycle}</dt>
      <dd>
        {task.reportingCycle ? labelOf(reportingCycleLabels, task.reportingCycle, lang) : text.noCycle}
        {task.isDailyReport && ` · ${text.dailyReport}`}
      </dd>
      <dt>{text.requiredOutput}</dt>
      <dd>{task.requiredOutput}</dd>
      {task.description && (
        <>
          <dt>{text.description}</dt>
          <dd className="pre-line">{task.description}</dd>
        </>
      )}
      <dt>{text.startedOn}</dt>
      <dd>{day(task.startedOn)}</dd>
      <dt>{text.completedOn}</dt>
      <dd>{day(task.completedOn)}</dd>
    </dl>
  );
}
