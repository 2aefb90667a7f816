import { addDays, formatVietnameseDate } from '../../shared/dates.ts';

/** A task as urging sees it on the run date. */
export type UrgingTask = {
  id: number;
  code: string;
  title: string;
  deadline: string | null;
  isDailyReport: boolean;
  startedOn: string | null;
  assignedOn: string;
  lastReportOn: string | null;
};

export type UrgingKind = 'deadline_reminder' | 'overdue_notice' | 'escalation' | 'missing_report';
export type Urge = {
  kind: UrgingKind;
  taskId: number;
  dedupeKey: string;
  title: string;
  body: string;
  dueOn: string | null;
};
export type UrgingSettings = { remindDaysBefore: number; escalateAfterDays: number };

const vnDate = formatVietnameseDate;

/**
 * What urging owes each unfinished task on `today`. Keys tie a notice to the deadline (or day) it is
 * about, so a rerun sends nothing new and an extension earns fresh reminders.
 */
export function urgesFor(task: UrgingTask, today: string, settings: UrgingSettings): Urge[] {
  const urges: Urge[] = [];
  const label = `${task.code} – ${task.title}`;
  const base = { taskId: task.id, dueOn: task.deadline };
  if (task.deadline !== null) {
    if (task.deadline >= today && task.deadline <= addDays(today, settings.remindDaysBefore)) {
      urges.push({
        ...base,
        kind: 'deadline_reminder',
        dedupeKey: task.deadline,
        title: `Sắp đến hạn: ${task.code}`,
        body: `Nhiệm vụ "${label}" đến hạn ngày ${vnDate(task.deadline)}.`,
      });
    }
    if (task.deadline < today) {
      urges.push({
        ...base,
        kind: 'overdue_notice',
        dedupeKey: task.deadline,
        title: `Quá hạn: ${task.code}`,
        body: `Nhiệm vụ "${label}" đã quá hạn từ ngày ${vnDate(task.deadline)} mà chưa hoàn thành.`,
      });
    }
    if (addDays(task.deadline, settings.escalateAfterDays) <= today) {
      urges.push({
        ...base,
        kind: 'escalation',
        dedupeKey: task.deadline,
        title: `Báo cáo người đứng đầu: ${task.code} quá hạn`,
        body: `Nhiệm vụ "${label}" quá hạn từ ngày ${vnDate(task.deadline)}; đề nghị chỉ đạo đơn vị chủ trì hoàn thành.`,
      });
    }
  }
  const yesterday = addDays(today, -1);
  if (
    task.isDailyReport &&
    task.startedOn !== null &&
    task.assignedOn < yesterday &&
    (task.lastReportOn ?? '') < yesterday
  ) {
    urges.push({
      ...base,
      kind: 'missing_report',
      dedupeKey: yesterday,
      title: `Thiếu báo cáo ngày: ${task.code}`,
      body: `Chưa có báo cáo tiến độ ngày ${vnDate(yesterday)} cho nhiệm vụ "${label}".`,
    });
  }
  return urges;
}
