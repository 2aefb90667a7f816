import type { Task } from '../../shared/api/tasks.ts';
import { deriveTaskStatus } from '../../shared/task-status.ts';
import type { JoinedTask } from './task.repository.ts';

type UnitLike = { code: string; fullName: string };
const brief = (unit: UnitLike) => ({ code: unit.code, fullName: unit.fullName });

export function presentTask(row: JoinedTask, coordinators: UnitLike[], today: string, nearDeadlineDays: number): Task {
  const { task } = row;
  return {
    id: task.id,
    code: task.code,
    title: task.title,
    description: task.description,
    pillar: task.pillar,
    plan: row.plan,
    parentTaskId: task.parentTaskId,
    assigningUnit: brief(row.assigning),
    leadUnit: brief(row.lead),
    coordinatingUnits: coordinators.map(brief),
    assignedOn: task.assignedOn,
    originalDeadline: task.originalDeadline,
    deadline: task.deadline,
    isRecurring: task.deadline === null,
    reportingCycle: task.reportingCycle,
    isDailyReport: task.isDailyReport,
    requiredOutput: task.requiredOutput,
    progressPercent: task.progressPercent,
    startedOn: task.startedOn,
    completedOn: task.completedOn,
    isLocked: task.isLocked,
    isSample: task.isSample,
    status: deriveTaskStatus(
      { deadline: task.deadline, isStarted: task.startedOn !== null, completedOn: task.completedOn },
      today,
      nearDeadlineDays,
    ),
  };
}
